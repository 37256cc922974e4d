import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'kicks-off',
  category: 'judgemental',
  severity: 'warning',
  target: 'action',
  phrases: ['{kick} off', '@judge-tantrum'],
  unless: [
    {
      precededBy: [
        'meeting|session|event|training|match|game|conference|project|programme|campaign|week|day|consultation|review|season|scheme|pilot',
      ],
      within: 2,
    },
    {followedBy: ['the|a|an|our|their|its'], within: 1},
  ],
  message: '`{actual}` judges the child’s distress without saying what happened or why',
  suggestions: ['[what the child did] after [trigger]'],
  note: 'Outbursts are often a response to fear, threats or trauma. Record what happened, when and what led up to it.',
  sources: ['OXON', 'DURHAM'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[kicks off]] when staff mention the men.',
        suggestions: ['[what the child did] after [trigger]'],
      },
      'Kyle [[kicked off]] at the station on Friday.',
      'Amira is [[kicking off]] at school again.',
      "Foster carer log: C is a little madam when she doesn't get her own way and [[flounced off]] to meet her 'friends' again",
      'Leah [[threw a strop]] when staff took her phone.',
      'Kai (14) is [[in a huff]] with staff again.',
    ],
    correct: [
      'The training session kicks off at 10:00.',
      'We kicked off the review with a summary of the missing episodes.',
      'Jade shouted at staff after they mentioned the men.',
      'Jade was upset and went to her room after the call from the men.',
    ],
  },
} satisfies RuleSpec
