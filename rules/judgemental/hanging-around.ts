import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'hanging-around',
  category: 'judgemental',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{hang} around|about|round',
    'loitering|loiters|loitered',
    // Frequenting a place: "known to frequent the interchange".
    'frequents|frequented|frequenting',
    'known to frequent',
  ],
  unless: ['young-people-in-general', {precededBy: ['men|males|adults|man|male|elders who|that'], within: 1}],
  guards: {age: true},
  message: '`{actual}` moralises about where the child spends time instead of recording who was there',
  suggestions: ['was at [place] with [adult] at [time]', 'was seen at [place] with [adult]'],
  note: 'Places where children are said to hang around are often where exploiters meet or hold them. Record where, when and with which adults.',
  sources: ['SAFESOUND', 'BCP'],
  examples: {
    incorrect: [
      'Intel: 15 yr old female, [[known to frequent]] the Park Lane interchange.',
      'Kai (14) [[frequents]] the takeaway on Station Road.',
      {
        text: 'Jade is [[hanging around]] the bus station after school.',
        suggestions: ['was at [place] with [adult] at [time]', 'was seen at [place] with [adult]'],
      },
      'Kyle [[hangs round]] with older boys in Luton.',
      'Amira was [[loitering]] near the takeaway on Friday.',
      'He [[hung about]] outside the shop until midnight.',
    ],
    correct: [
      'Jordan Fisher, 19, has been hanging around the gates.',
      'The men frequent the takeaway on Station Road.',
      'Jade was at the bus station with two adult men at 21:00.',
      'Men were hanging around the school gates at home time.',
      'Jade was approached by men who hang around the takeaway.',
      'Avoid phrases such as "hanging around" in referrals.',
      'Jade likes to hang out with her friends at the youth club.',
    ],
  },
} satisfies RuleSpec
