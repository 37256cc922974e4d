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
    '{play} _ off against|with each other|one-another',
    '{play} _ _ off against|with each other|one-another',
    // Several people named between: "playing her mum and the police off against each other".
    '{play} _ _ _ _? _? off against|with each other|one-another',
    '{play} _ off against _',
    'split|splits|splitting the? staff|team|professionals|carers|workers|adults',
    '{manipulate} staff|carers|professionals|workers|teachers|the-system|everyone|people',
    // The trick of control told as the child's: "has staff wrapped round her little finger", "plays one home off against another".
    'wrapped|twisted|wound round|around $poss little? finger',
    '{wrap}|{twist} _ _? _? round|around $poss little? finger',
    '{play} _ _ off against another|the-other|the-others',
    '{play} one|each _? off against',
  ],
  unless: [
    {
      followedBy: [
        'tactics|techniques|behaviour|adult(s)|man|men|male(s)|relationship|grooming|and-controlling|and-coercive|abuser(s)',
      ],
      within: 1,
    },
    {precededBy: ['coercive|controlling and', 'coercive|controlling'], within: 1},
    // An adult who controls the child: "the man had Jade wrapped around his little finger".
    {precededBy: ['man|men|adult|adults|boyfriend|@crime-adult-age|@crime-adult-noun'], within: 5},
  ],
  message: '`{actual}` attributes adult intent to a child and dismisses their needs',
  suggestions: ['[what the child did] to [get help / stay safe]', 'seeking help'],
  note: 'A child who appears to manipulate may be trying to get help or stay safe. Describe what they did and what need it may show.',
  sources: ['NSPCC-LIST', 'CWCT'],
  examples: {
    incorrect: [
      'Cerys (15) is [[playing her mum and the police off against each other]].',
      'Tia-Mae (14) has the older girls [[wrapped round her finger]].',
      'She had night staff [[wrapped around her little finger]] within a week.',
      'Liam (15) is [[playing one home off against another]].',
      'He [[plays each carer off against]] the next to get his own way.',
      'Jade [[wraps the male staff round her finger]], the log says.',
      'Carers feel Jade is [[manipulative]].',
      {
        text: 'Jade is [[manipulative]] with staff at the home.',
        suggestions: ['[what the child did] to [get help / stay safe]', 'seeking help'],
      },
      "Kyle's [[game-playing]] has frustrated the team.",
      'Amira [[plays games with staff]] about where she has been.',
      'Character: [[plays staff off against each other]]',
      'She is [[splitting the staff]] team at the home.',
      'She [[plays the staff off against each other]] at the unit.',
      '[[Manipulates staff]] to get what she wants',
    ],
    correct: [
      'The man had Jade wrapped around his little finger, her friend said.',
      'Deano, 26, plays one girl off against another to keep them apart.',
      'The cut on her finger was wrapped in a plaster by staff.',
      'The man used manipulative tactics to isolate Jade from her family.',
      'The 25-year-old was controlling and manipulative.',
      'Avoid words such as "manipulative" about a child.',
      'The men played the girls off against each other to keep control.',
    ],
  },
} satisfies RuleSpec
