import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'became-involved',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: ['became|become|becoming involved', 'got|getting involved'],
  unless: [
    {followedBy: ['in|with|through'], within: 1},
    {
      precededBy: [
        'care|services|service|police|team|teams|CAMHS|YOT|YJS|agency|agencies|school|health|authority|council|professionals|worker|workers|officers|we|I|advocate|charity|family|parents|mum|dad|public|neighbour|neighbours|witness|witnesses|bystander|bystanders|security',
      ],
      within: 1,
    },
    'young-people-in-general',
  ],
  message: '`{actual}` casts the child as joining in their own exploitation',
  suggestions: ['was drawn in by [adult]', 'was targeted and groomed by [adult]'],
  note: 'Children are drawn into exploitation by adults who target and groom them. Say who drew the child in, when and how.',
  sources: ['TCS-YJLC', 'CARDIFF-LANG'],
  examples: {
    incorrect: [
      {
        text: 'Kyle [[became involved]] at the age of 13.',
        suggestions: ['was drawn in by [adult]', 'was targeted and groomed by [adult]'],
      },
      'Jade first [[got involved]] during the summer holidays.',
      'Amira [[became involved]] last year, her aunt thinks.',
    ],
    correct: [
      "Children's social care became involved in March.",
      'The police got involved after the school made a referral.',
      'Kyle was drawn in by a 19-year-old who gave him a phone.',
    ],
  },
} satisfies RuleSpec
