import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'troublemaker',
  category: 'judgemental',
  severity: 'warning',
  target: 'label',
  phrases: [
    'troublemaker(s)|trouble-maker(s)',
    'naughty',
    'problem child|children|kid|kids|girl|boy',
    'wild child',
    'bad apple|egg',
    'difficult|challenging child|girl|boy|teenager|young-person|young-man|young-woman|lad',
    'very difficult|challenging child|girl|boy|teenager|young-person|young-man|young-woman|lad',
    'unruly|badly-behaved',
    'a|the? bad influence',
    'lazy|ungrateful',
  ],
  unless: [{followedBy: ['eye|eyes'], within: 1}],
  message: '`{actual}` labels the child instead of describing what they did and why',
  suggestions: ['[specific behaviour] after [event]', 'child whose behaviour may be a response to harm'],
  note: 'Behaviour is often how a child communicates harm. Describe what happened and its likely cause rather than labelling the child.',
  sources: ['DURHAM', 'OXON', 'CWCT'],
  examples: {
    incorrect: [
      {
        text: 'Jade is seen as a [[troublemaker]] at school.',
        suggestions: [
          '[specific behaviour] after [event]',
          'child whose behaviour may be a response to harm',
        ],
      },
      'Kyle has always been [[naughty]] at home.',
      "Amira is a [[problem child]], according to her uncle's partner.",
      'Tomasz has always been a [[wild child]].',
      'Jade is a [[difficult teenager]] who stays out.',
      'He was a [[bad apple]] in Year 9.',
      'Kyle has been [[unruly]] since moving schools.',
      'Kyle is a [[very challenging young man]] in the unit.',
      'Leon is [[a bad influence]] on the younger boys.',
      'Ama is [[lazy]] around the house.',
    ],
    correct: [
      'Jade shouted at staff after she was told she could not see her sister.',
      'Avoid labels such as "troublemaker" in referrals.',
      'Kyle is not a troublemaker; he is frightened of the men.',
    ],
  },
} satisfies RuleSpec
