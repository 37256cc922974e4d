import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'child-pornography',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: [
    'child pornography',
    'child porn',
    'kiddie|kiddy porn',
    'child pornographic images|material|videos|photos',
  ],
  unless: [
    {
      precededBy: [
        'child prostitution and',
        'prostitution and',
        'sale of children',
        'sale of children, child prostitution and',
      ],
      within: 3,
    },
    'jv-reported-framing',
  ],
  message: '`{actual}` implies legitimacy for images that record the abuse of a child',
  suggestions: ['child sexual abuse material', 'indecent images of children'],
  // Always right in place of the whole span, so `--fix` may apply it.
  fix: 'child sexual abuse material',
  note: 'Pornography implies consent and legitimate adult material; these images record the sexual abuse of a child. Say "child sexual abuse material" or, in legal contexts, "indecent images of children".',
  sources: ['NSPCC-LIST', 'LUX', 'LM', 'IICSA-VSCP'],
  examples: {
    incorrect: [
      {
        text: "The man's phone held [[child pornography]] including images of Jade.",
        suggestions: ['child sexual abuse material', 'indecent images of children'],
      },
      'Officers found [[child porn]] on the laptop at the address.',
      'Deano was sharing [[kiddie porn]] in a group chat.',
      'He sent her [[child pornographic images]] to normalise the abuse.',
    ],
    correct: [
      "The man's phone held indecent images of children, including images of Jade.",
      'The phone held child sexual abuse material.',
      'Avoid terms such as "child pornography"; say child sexual abuse material.',
      'He was charged with making indecent photographs of children.',
    ],
  },
} satisfies RuleSpec
