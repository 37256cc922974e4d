import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'hanging-around',
  category: 'judgemental',
  severity: 'warning',
  target: 'action',
  phrases: ['{hang} around|about|round', 'loitering|loiters|loitered'],
  unless: ['young-people-in-general', {precededBy: ['men|males|adults|man|male|elders who|that'], within: 1}],
  message: '`{actual}` moralises about where the child spends time instead of recording who was there',
  suggestions: ['was at [place] with [adult] at [time]', 'was seen at [place] with [adult]'],
  note: 'Places where children are said to hang around are often where exploiters meet or hold them. Record where, when and with which adults.',
  sources: ['SAFESOUND', 'BCP'],
  examples: {
    incorrect: [
      {
        text: 'Jade is [[hanging around]] the bus station after school.',
        suggestions: ['was at [place] with [adult] at [time]', 'was seen at [place] with [adult]'],
      },
      'Kyle [[hangs round]] with older boys in Luton.',
      'Amira was [[loitering]] near the takeaway on Friday.',
      'He [[hung about]] outside the shop until midnight.',
    ],
    correct: [
      'Jade was at the bus station with two adult men at 21:00.',
      'Men were hanging around the school gates at home time.',
      'Jade was approached by men who hang around the takeaway.',
      'Avoid phrases such as "hanging around" in referrals.',
      'Jade likes to hang out with her friends at the youth club.',
    ],
  },
} satisfies RuleSpec
