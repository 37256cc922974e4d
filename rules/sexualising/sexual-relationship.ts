import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'sexual-relationship',
  category: 'sexualising',
  severity: 'error',
  target: 'term',
  phrases: [
    'sexual|intimate|physical|romantic relationship(s)',
    'sexual relations',
    'sexual partner(s)',
    'romantically|sexually|intimately involved|linked',
    '{be} involved romantically|sexually|intimately',
  ],
  unless: [
    {
      precededBy: ['healthy|safe|positive|respectful|consensual', 'about|on healthy? relationships'],
      within: 1,
    },
  ],
  guards: {age: true},
  message: '`{actual}` presents the sexual abuse of a child as a mutual relationship',
  suggestions: ['situation of sexual abuse', 'sexually exploitative situation'],
  note: 'A child cannot be in a sexual relationship with an adult who is exploiting them: it is abuse. Describe the contact and what the adult did.',
  sources: ['LM', 'NSPCC-BF', 'ROSA', 'LSCB-TBL'],
  examples: {
    incorrect: [
      {
        text: 'She is in a [[sexual relationship]] with a 27-year-old man.',
        suggestions: ['situation of sexual abuse', 'sexually exploitative situation'],
      },
      'Mia’s [[intimate relationship]] with the taxi driver began in March.',
      'There is a [[romantic relationship]] between Amira (15) and her tutor.',
      'Ellie and the 20-year-old have had [[sexual relations]] at his flat.',
      'The GP notes that Ebony (15) has a [[sexual partner]] in his thirties.',
      'Workers think Keira (14) is [[romantically involved]] with a 22-year-old driver.',
      'Tia (15) is [[romantically linked]] to a 30-year-old.',
      'Mia (15) [[was involved sexually]] with the lodger.',
      'Kayleigh (13) is in a [[physical relationship]] with a man she met online.',
    ],
    correct: [
      'Anna, 26, is in a sexual relationship with her partner.',
      'The school delivers lessons on healthy relationships and consent.',
      'The 27-year-old man sexually abused Jade (14) at his flat.',
    ],
  },
} satisfies RuleSpec
