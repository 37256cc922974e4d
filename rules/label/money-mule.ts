import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'money-mule',
  category: 'label',
  severity: 'error',
  target: 'label',
  phrases: ['money|cash mule(s)', 'money muling', 'mule account holder(s)'],
  unless: [
    'crime-used-as-mules',
    {
      followedBy: [
        'are|is people|individuals|someone|somebody|those|often|usually|typically|commonly|recruited|targeted',
      ],
    },
  ],
  message: '`{actual}` labels a financially exploited child as a money mule',
  suggestions: [
    'child financially exploited by [adult], who used their bank account to move money',
    'child whose bank account was used by [adult] to move money',
  ],
  note: 'Child financial exploitation is a form of criminal exploitation and abuse. Say who used the account, how the child was approached or pressured, and what was promised.',
  sources: ['TCS-MED', 'TCS-YJLC', 'STAFFS-VG', 'TCS-FIN', 'NCTC-FIN'],
  examples: {
    incorrect: [
      {
        text: 'Ben, 16, was flagged by his bank as a [[money mule]] in January.',
        suggestions: [
          'child financially exploited by [adult], who used their bank account to move money',
          'child whose bank account was used by [adult] to move money',
        ],
      },
      'Both sisters were recruited as [[cash mules]] through an Instagram advert.',
      'His [[money muling]] was first noticed by the bank in July.',
      'Ben has been recorded as a [[mule account holder]] by the fraud team.',
    ],
    correct: [
      "An adult used Ben's bank account to move £6,000 after messaging him on Instagram.",
      'The guidance lists "money mules" as an inappropriate term.',
      'Ben is not a money mule; he is a child who was financially exploited.',
      'The 34-year-old money mule recruiter contacted Ben online.',
    ],
  },
} satisfies RuleSpec
