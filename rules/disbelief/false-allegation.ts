import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'false-allegation',
  category: 'disbelief',
  severity: 'error',
  target: 'term',
  phrases: [
    'false|untrue|unfounded|malicious|fabricated allegation(s)|accusation(s)|report(s)|claim(s)|disclosure(s)',
    'made up allegation(s)|accusation(s)|claim(s)',
    'falsely alleged|alleging|alleges|accused|accusing|claimed|claiming|reported|reporting',
    'allegation(s)|accusation(s)|claim(s) {be} unfounded|false|untrue|baseless|malicious|fabricated|made-up',
    // A note's verdict without a verb: "- allegations unfounded", "Allegation: malicious".
    'allegation(s)|accusation(s)|claim(s) unfounded|false|untrue|baseless|malicious|fabricated|made-up|spurious',
  ],
  message: "`{actual}` declares the child's account false",
  suggestions: [
    'account that [describe what is known and not known]',
    'account that has not been corroborated',
  ],
  note: "Labelling a child's account false or malicious can close down protection for a child who is being exploited; later disclosures are often fuller. Record what was said and what has or has not been found.",
  sources: ['NSPCC-MAL', 'SEFTON-CRED', 'NRM-FORM'],
  examples: {
    incorrect: [
      {
        text: 'Police recorded it as a [[false allegation]] and closed the case.',
        suggestions: [
          'account that [describe what is known and not known]',
          'account that has not been corroborated',
        ],
      },
      'Jade has made [[untrue allegations]] before, the home said.',
      'Kyle [[falsely claimed]] that the elders had threatened his mother.',
      "She [[falsely accused]] her mum's partner of touching her in 2023.",
      'Police decided the [[allegation was unfounded]] and closed the case.',
      'The carer sees them as [[made-up claims]] to get a move.',
      '- [[allegations unfounded]]',
      'Outcome: [[allegation malicious]], NFA',
      'YP’s [[claims spurious]] per OIC',
    ],
    correct: [
      '- allegations against YP unfounded, no further action',
      '- no allegation made by YP, disclosure to ISVA only',
      'The school treated it as a malicious report by Amira.',
      'Jade has not made a false allegation; the CCTV supports her.',
      'Avoid terms such as "false allegation" in a referral.',
      'Kyle told officers that the elders had threatened his mother.',
    ],
  },
} satisfies RuleSpec
