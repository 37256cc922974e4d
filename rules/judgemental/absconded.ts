import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'absconded',
  category: 'judgemental',
  severity: 'warning',
  target: 'action',
  phrases: [
    // Bolting: "bolted again from the unit".
    'bolted|bolts|bolting again',
    'abscond(s)|absconded|absconding|absconder(s)',
    'AWOL',
    'absent without permission|leave|authority',
    'absent from _ _? without permission|leave|authority',
  ],
  unless: ['young-people-in-general', {followedBy: ['from custody|prison|bail|court'], within: 1}],
  message: '`{actual}` uses custodial wording for a child who is missing',
  suggestions: ['was missing from [home / care]', 'left [placement] and was found at [place] with [adult]'],
  note: 'Custodial and “absent” wording has led to missing children being treated as at no risk. Say the child was missing, and when, where and with whom they were found.',
  sources: ['STOWE-NCA', 'MCFARLANE'],
  examples: {
    incorrect: [
      '[[Bolted again]] from the unit at 22:00.',
      'Kai (14) [[bolted again]] at the services.',
      {
        text: "Jade [[absconded]] from the children's home at 22:00.",
        suggestions: [
          'was missing from [home / care]',
          'left [placement] and was found at [place] with [adult]',
        ],
      },
      'Kyle has been [[absconding]] from his placement in Derby.',
      'Amira went [[AWOL]] after the review meeting.',
      'Tomasz was recorded as [[absent without permission]] on Friday night.',
      'She is a known [[absconder]] from Oak House.',
      'Kyle is often [[absent from the placement without permission]].',
    ],
    correct: [
      'The horse bolted from the field.',
      'Jade was missing from care from 22:00 until 06:00 and was found in Hull with two adults.',
      'The 31-year-old man absconded from custody in May.',
      'Avoid words such as "absconded" when a child is missing.',
    ],
  },
} satisfies RuleSpec
