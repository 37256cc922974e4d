import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'needed-no-persuading',
  category: 'consent',
  severity: 'error',
  // The words are about the child whoever is the subject: "they didn't need to do much persuading".
  target: 'term',
  phrases: [
    // A persuasion that was not needed (`@choice-persuasion`).
    '{need}|{take}|{require} no|little|hardly-any|zero @choice-persuasion',
    'did|does|do|would not need|take|require much|any|a-lot-of|a-great-deal-of|too-much? @choice-persuasion',
    'did|does|do|would not need to do|use much|any|a-lot-of|too-much? @choice-persuasion',
    'did|does|do|would not need to be @degree? persuaded|convinced|encouraged|pushed|asked|coaxed|talked-round|pressured|told-twice',
    'without much|any @choice-persuasion',
    'with little|no @choice-persuasion',
    'no @choice-persuasion @be needed|required|necessary',
  ],
  unless: [
    'choice-rebutted-after',
    'choice-others-case',
    'choice-generic-subject',
    // "needed no persuading to go to the police", "took little encouragement to attend the session".
    'choice-good-complement',
    {
      followedBy: [
        'to speak|talk|tell|disclose|report|attend|engage|accept|come-forward|give|ask|get-help|seek',
        'to go|come|get|run|turn|return to|into|back-to the|a|$poss? police|station|school|college|home|hospital|clinic|session|appointment|worker|staff|refuge|placement',
        'to go|come|get|run|return home|back-home',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` treats the child’s readiness as agreement to their own exploitation',
  suggestions: ['was groomed by [adult] with [gifts / attention / debt]', 'did what [adult] asked'],
  note: 'Grooming makes persuasion unnecessary: gifts, attention, debt and fear have done the work before the adult asks. Say what the adults had done before and what they asked for.',
  adult: {
    message: '`{actual}` treats the person’s readiness as agreement to their own exploitation',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['ZT', 'DFE-CSE', 'CCE-DEF', 'MSA-S1-2'],
  examples: {
    incorrect: [
      {
        text: 'YP [[needed no persuading]] to go back to the address.',
        suggestions: ['was groomed by [adult] with [gifts / attention / debt]', 'did what [adult] asked'],
      },
      'Kayla [[didn’t take much convincing]] to go with the men.',
      'To be fair to the lads, they [[didn’t need to do much persuading]].',
      'She went with them [[without much encouragement]], the log says.',
      'Kyle [[took little persuading]] to hold the bag.',
      'Kyle [[did not need to be persuaded]] to carry for them.',
      'She got into the car [[with little persuasion]], the driver said.',
      '[[No persuading was needed]], according to the driver.',
    ],
    correct: [
      'YP needed no persuading to go to the police.',
      'She took little encouragement to attend the session with her ISVA.',
      'The men spent weeks persuading her with gifts and lifts.',
      'Children do not need much persuading when they have been groomed.',
    ],
  },
} satisfies RuleSpec
