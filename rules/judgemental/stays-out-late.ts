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
    'out till|until|to all hours|all-hours-of-the-night|the-small-hours|god-knows-when|whenever',
    'stays out',
    '@judge-sneak',
  ],
  unless: [
    {followedBy: ['overnight|of|in|at-a|at-her|at-his|with-her-carer|with-staff']},
    'young-people-in-general',
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
      'Concerns: older b/f, drinking, sexting, [[out till all hours]]',
      "Child's own behaviour – promiscuous, [[stays out]], drinks",
      'She has been [[sneaking off]] at lunch to meet men in cars, the DSL notes',
      'Leah [[snuck out of the home]] at 1am.',
    ],
    correct: [
      'Jade was out until 03:00 at a flat on Ash Road with two adult men.',
      'Indicators include staying out overnight and unexplained gifts.',
      'Avoid phrases such as "stays out late" in referrals.',
      'Leah stays out of trouble at school.',
      'Staff found she had stayed out overnight at a flat on Ash Road with two adults.',
    ],
  },
} satisfies RuleSpec
