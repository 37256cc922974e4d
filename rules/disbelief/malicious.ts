import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'malicious',
  category: 'disbelief',
  severity: 'error',
  target: 'term',
  phrases: ['malicious', 'maliciously', 'vindictive(ly)', 'out of spite', 'spiteful(ly)'],
  unless: [
    {
      followedBy: [
        'communications|communication|wounding|damage|software|code|email|emails|link|links|wounding',
      ],
    },
  ],
  message: "`{actual}` attributes bad motives to the child's account",
  suggestions: ['[record what was said and what has been found]'],
  note: 'Labelling an account malicious leads to missed harm; case reviews show children were disbelieved this way. Record the facts and any discrepancies neutrally.',
  sources: ['NSPCC-MAL', 'SEFTON-CRED', 'NRM-FORM'],
  examples: {
    incorrect: [
      {
        text: 'The school feels the report was [[malicious]] and made to get a move.',
        suggestions: ['[record what was said and what has been found]'],
      },
      'Kyle is being [[vindictive]] towards his former carer.',
      'Jade rang the police [[out of spite]] after the argument with her mum.',
      'The home felt Amira had acted [[maliciously]] when she called the police.',
      'Staff described the text as [[spiteful]] towards the man.',
    ],
    correct: [
      'The men were charged with malicious wounding after the attack on Kyle.',
      "Jade's account is not malicious; the hotel records support it.",
      'Avoid labels such as "malicious" for a child\'s account.',
    ],
    knownFalsePositives: ["Deano sent malicious messages to Jade's mother."],
  },
} satisfies RuleSpec
