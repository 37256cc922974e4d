import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'wont-leave',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    "won't|wouldn't leave him|them|the-relationship|the-men|the-group|the-gang",
    'will|would not leave him|them|the-relationship|the-men|the-group|the-gang',
    '{refuse} to leave him|them|the-relationship|the-men|the-group|the-gang',
    "won't|wouldn't stop going|seeing|meeting|visiting",
    'will|would not stop going|seeing|meeting|visiting',
    '{refuse} to stop going|seeing|meeting|visiting',
    "won't|wouldn't leave the|his|their _? flat|address|property|hotel",
    '{refuse} to leave the|his|their _? flat|address|property|hotel',
    'will|would not|never stay|keep away from _',
    '{refuse} to stay|keep away from _',
    'will|would not|never stop|quit messaging|texting|calling|contacting|talking-to|speaking-to|seeing|meeting|visiting $obj|him|them',
  ],
  unless: ['choice-good-complement', 'young-people-in-general'],
  message: '`{actual}` makes staying with the exploiter sound like the child’s preference',
  suggestions: [
    'is being kept in contact by [adult] through [threats / debt / gifts]',
    'is still controlled by [adult]',
  ],
  note: 'Staying is usually the product of control, threats, debt or a trauma bond. Say how the adult keeps hold of the child.',
  sources: ['COP-MET', 'CARDIFF-LANG'],
  examples: {
    incorrect: [
      {
        text: "Jade [[won't leave him]] even after the assault.",
        suggestions: [
          'is being kept in contact by [adult] through [threats / debt / gifts]',
          'is still controlled by [adult]',
        ],
      },
      'The victim [[will not leave the relationship]] with the 22-year-old.',
      'Kyle [[refuses to leave the group]] in Luton.',
      'Jade [[will not stop going]] back to the address.',
      'Amira [[refuses to stop seeing]] him.',
      "She [[won't stop meeting]] the men in the park.",
      "Olivia [[won't leave the man's flat]] when police attend.",
      'Kyle [[refused to leave the flat]] on Ash Road.',
      'She [[will not stay away from him]] despite the plan.',
      'Kezia (14) [[refuses to stay away from the]] address on Mill Lane.',
      'He [[won’t stop messaging them]] even after the arrest.',
    ],
    correct: [
      'Jade left him after the assault and is now at her aunt’s.',
      'Avoid phrases such as "won\'t leave the relationship" about a child.',
      'The man refused to leave the address when police arrived.',
      'The men would not leave her alone.',
      'Staff will not stop visiting her while she is in the unit.',
    ],
  },
} satisfies RuleSpec
