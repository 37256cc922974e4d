import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'trapping',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: ['trapping', 'out trapping', '{go} trapping', 'shotting', '{be} on the trap'],
  unless: [
    {
      followedBy: [
        'children|child|young|people|victims|girls|boys|families|kids|someone|women|workers|vulnerable',
      ],
    },
    'slang-explained',
    {followedBy: ['her|him|them|the|a|animals|birds|rats|mice|rabbits']},
  ],
  message: "`{actual}` adopts exploiters' slang for making a child sell drugs",
  suggestions: ['was made to sell drugs for [adult]'],
  note: 'Street slang such as "trapping" adopts the exploiters\' framing and hides the control. Describe who made the child sell drugs, where and when.',
  sources: ['CARDIFF-TERMS', 'CARDIFF-LANG'],
  examples: {
    incorrect: [
      {
        text: 'Kyle has been [[trapping]] in Exeter since the summer.',
        suggestions: ['was made to sell drugs for [adult]'],
      },
      'Jay was [[out trapping]] when he was stabbed.',
      'He [[went trapping]] with the older boys on Friday.',
      'Tomasz was [[shotting]] from the flat on Grove Road.',
      'Kyle [[was on the trap]] for a week in Torquay.',
    ],
    correct: [
      'Kyle was made to sell drugs in Exeter by adults from London.',
      'The men were trapping her in the flat by taking her shoes.',
      'The glossary defines slang such as "trapping" and "shotting".',
    ],
  },
} satisfies RuleSpec
