import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'sexually-active',
  category: 'sexualising',
  severity: 'error',
  target: 'term',
  phrases: [
    'sexually active',
    'sexually active with',
    'sexually experienced',
    'sexually promiscuous|available',
    // Any sexual trait given to the child: "sexually aware", "sexually precocious", "sexually mature".
    '@degree? sexually @sexual-trait-adj',
  ],
  guards: {age: true},
  message: '`{actual}` describes the sexual abuse of a child as the child’s own sexual behaviour',
  suggestions: ['sexually abused by [adult]', 'sexually exploited by [adult]'],
  note: 'Calling an exploited child sexually active turns abuse into the child’s behaviour; under 13 it is rape in law. Say who abused the child, or state the concern that adults are sexually exploiting them.',
  sources: ['HMICFRS-MET', 'LSCB-TBL', 'SOA-AGE', 'DFE-CSE'],
  examples: {
    incorrect: [
      {
        text: 'She has been [[sexually active]] since the summer.',
        suggestions: ['sexually abused by [adult]', 'sexually exploited by [adult]'],
      },
      'Mia is [[sexually active with]] older men she meets in town.',
      'Amira, 14, is [[sexually experienced]] according to the GP letter.',
      'The school described Ellie as [[sexually available]] to the older boys.',
      'At 12 she is described as [[sexually aware]] beyond her years.',
      'Presenting: [[sexually knowledgeable]] beyond her years, 13',
      'Staff describe Amira (13) as [[very sexually forward]] with adults.',
      '- [[sexually confident]], goes to parties with older men',
    ],
    correct: [
      'Jade (12) has been sexually abused by at least two adults.',
      'Anna, 24, is sexually active and attends the clinic.',
      'Client: 19yo male, sexually active, no concerns',
      'Patient is a 22yo female, sexually active, attending for contraception.',
      'Language guide – sexualised terms: promiscuous, sexually active, provocative',
      'Avoid describing a child as "sexually active" when adults are abusing them.',
      'Mia is not sexually active; the concern is online grooming.',
      'Kai (15) is curious about sex education and asked the nurse questions.',
      'Describing a 14-year-old as sexually active implies she consented.',
    ],
  },
} satisfies RuleSpec
