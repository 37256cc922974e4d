import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'manipulative',
  category: 'judgemental',
  severity: 'warning',
  target: 'label',
  phrases: [
    'manipulative',
    'game-playing|game-player',
    '{play} games with staff|carers|professionals|workers|us|people',
  ],
  unless: [
    {
      followedBy: [
        'tactics|techniques|behaviour|adult(s)|man|men|male(s)|relationship|grooming|and-controlling|and-coercive|abuser(s)',
      ],
      within: 1,
    },
    {precededBy: ['coercive|controlling and', 'coercive|controlling'], within: 1},
  ],
  message: '`{actual}` attributes adult intent to a child and dismisses their needs',
  suggestions: ['[what the child did] to [get help / stay safe]', 'seeking help'],
  note: 'A child who appears to manipulate may be trying to get help or stay safe. Describe what they did and what need it may show.',
  sources: ['NSPCC-LIST', 'CWCT'],
  examples: {
    incorrect: [
      'Carers feel Jade is [[manipulative]].',
      {
        text: 'Jade is [[manipulative]] with staff at the home.',
        suggestions: ['[what the child did] to [get help / stay safe]', 'seeking help'],
      },
      "Kyle's [[game-playing]] has frustrated the team.",
      'Amira [[plays games with staff]] about where she has been.',
    ],
    correct: [
      'The man used manipulative tactics to isolate Jade from her family.',
      'The 25-year-old was controlling and manipulative.',
      'Avoid words such as "manipulative" about a child.',
    ],
  },
} satisfies RuleSpec
