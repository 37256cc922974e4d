import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'in-the-company-of',
  category: 'minimising',
  severity: 'info',
  target: 'term',
  phrases: ['in the company of'],
  unless: [
    {
      followedBy: [
        'adult|adults|man|men|older|aged|exploiter|exploiters|perpetrator|perpetrators|suspect|suspects|suspected|known|her|his|their',
        'year old|olds',
      ],
      within: 4,
    },
  ],
  message: '`{actual}` can hide who the child was with; say who they were and their role',
  suggestions: ['with [adult names / ages], who are believed to be exploiting [child]'],
  note: '"In the company of" is neutral on its face but can hide adults who are exploiting the child. Name the people, their ages and their role.',
  sources: ['NSPCC-BF', 'NSPCC-LIST'],
  examples: {
    incorrect: [
      {
        text: 'Jade was found [[in the company of]] Liam and Deano at the station.',
        suggestions: ['with [adult names / ages], who are believed to be exploiting [child]'],
      },
      'Kyle was stopped [[in the company of]] three youths near the station.',
      'Amira was seen [[in the company of]] males from Luton.',
    ],
    correct: [
      'Jade was found with Deano, 27, and Liam, 31, who are believed to be exploiting her.',
      'Kyle was stopped in the company of two adult men from London.',
      'Avoid leaving "in the company of" without naming the adults.',
    ],
  },
} satisfies RuleSpec
