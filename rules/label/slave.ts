import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'slave',
  category: 'label',
  severity: 'error',
  target: 'label',
  phrases: ['slave(s)', 'sex|child|house|domestic slave(s)', 'gift girl(s)'],
  unless: [
    {followedBy: ['trade|trader(s)|labour|labor|ship(s)|owner(s)|driver(s)|master(s)|wages']},
    {precededBy: ['like a|an', 'like', 'as if $subj were a', 'anti', 'modern', 'transatlantic|atlantic']},
  ],
  message: '`{actual}` reduces the child to an object of the exploitation',
  suggestions: ['child victim of modern slavery', 'child held and exploited by [adult]'],
  note: 'Objectifying labels erase the child and the abuse done to them. Name the child as a victim and say who held or exploited them and how.',
  sources: ['TCS-YJLC', 'STAFFS-VG'],
  examples: {
    incorrect: [
      'Officers found the 15-year-old with two other [[gift girls]] at the address.',
      {
        text: 'Grace, 16, was kept at the house as a [[slave]] for eight months.',
        suggestions: ['child victim of modern slavery', 'child held and exploited by [adult]'],
      },
      'Amina had been a [[domestic slave]] for the family in Croydon.',
      'Tia was a [[sex slave]] held by the group in Rochdale.',
    ],
    correct: [
      'The girls were treated by officers as gift girls in the briefing.',
      'Grace was held at the house for eight months and made to clean, cook and care for the children.',
      'Grace said she was treated like a slave at the house.',
      'This is a referral under the Modern Slavery Act 2015 for a child victim of modern slavery.',
      'Avoid terms such as "gift girls" and "slave" when describing children.',
    ],
    info: ['Grace said the woman called her "[[slave]]" in front of visitors.'],
  },
} satisfies RuleSpec
