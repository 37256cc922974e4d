import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'underage-sex',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: [
    'underage sex|sexual|intercourse',
    'underage sexual activity|intercourse|contact|behaviour',
    'under age sex|sexual|intercourse',
  ],
  unless: ['jv-reported-framing'],
  message: '`{actual}` softens the sexual abuse of a child into a technical rule-break',
  suggestions: ['sexual abuse of a 14-year-old child', '[adult] sexually abused [child]'],
  note: 'Calling abuse of a child "underage sex" makes it sound mutual and minor. Name it as sexual abuse and say who did it.',
  sources: ['ROSA', 'ZT', 'SOA-AGE'],
  examples: {
    incorrect: [
      {
        text: 'The file records [[underage sex]] with a 22-year-old man in Rochdale.',
        suggestions: ['sexual abuse of a 14-year-old child', '[adult] sexually abused [child]'],
      },
      'Police logged it as [[underage sexual activity]] and took no further action.',
      'Mia (13) has had [[under-age sex]] with several older males.',
      'The contact between Jade and Deano was recorded as [[underage intercourse]].',
    ],
    correct: [
      'Jade, 13, was sexually abused by a 22-year-old man in Rochdale.',
      'Avoid phrases such as "underage sex" when recording abuse.',
      'A child under 13 cannot consent to sexual activity in any circumstance.',
      'The inspection found the abuse had been minimised as ‘underage sex’.',
    ],
  },
} satisfies RuleSpec
