import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'stays-out-late',
  category: 'judgemental',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{stay} out late|all-night|till-late|until-late',
    '{stay}|{be} out till|until the-early-hours|all-hours',
    '{be} out all-night',
    'out at all hours|all-hours',
    '{keep} late hours',
  ],
  unless: [
    {
      precededBy: [
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents',
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents who|that',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` moralises about the child’s movements instead of recording who they were with',
  suggestions: ['was out until [time] at [place] with [adult]'],
  note: 'Late nights are often arranged by exploiters. Record the time, the place and the people the child was with.',
  sources: ['SAFESOUND', 'BCP'],
  examples: {
    incorrect: [
      'Staff reported that Amira [[stays out late]].',
      {
        text: 'Jade [[stays out late]] most weekends.',
        suggestions: ['was out until [time] at [place] with [adult]'],
      },
      'Kyle [[stayed out all night]] on Friday.',
      'Amira is [[out at all hours]] with older girls.',
      'Tomasz [[keeps late hours]] and sleeps through school.',
      'Jade [[stays out till the early hours]] at weekends.',
      'Kyle [[was out all night]] on Saturday.',
    ],
    correct: [
      'Jade was out until 03:00 at a flat on Ash Road with two adult men.',
      'Indicators include staying out overnight and unexplained gifts.',
      'Avoid phrases such as "stays out late" in referrals.',
    ],
  },
} satisfies RuleSpec
