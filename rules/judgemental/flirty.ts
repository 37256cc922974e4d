import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'flirty',
  category: 'judgemental',
  severity: 'error',
  target: 'label',
  phrases: ['flirty|flirtatious', '{flirt} with older|adult? men|males|boys|staff|adults'],
  unless: [{followedBy: ['messages|texts|comments|emojis|chat|chats|remarks'], within: 1}],
  message: '`{actual}` sexualises the child and casts them as inviting the abuse',
  suggestions: ['was targeted by [adult]', 'was groomed by [adult]'],
  note: 'Describing a child as flirty sexualises them and echoes how abusers justify themselves. Record what the adults did.',
  sources: ['OUTSHADOWS', 'HMICFRS-MET'],
  examples: {
    incorrect: [
      {
        text: 'Jade is very [[flirty]] with the men at the takeaway.',
        suggestions: ['was targeted by [adult]', 'was groomed by [adult]'],
      },
      'Amira can be [[flirtatious]] with older boys.',
      'Kyle [[flirts with older men]] online.',
    ],
    correct: [
      'The man sent Jade flirty messages for weeks before they met.',
      'Avoid words such as "flirty" about a child.',
      'Jade is not flirty; the men target her at the takeaway.',
    ],
  },
} satisfies RuleSpec
