import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'hard-work',
  category: 'judgemental',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{be} really|very|such|so|real? hard work',
    '{be} a lot of work',
    'and|but @jv-degree? hard work',
  ],
  unless: [
    {precededBy: ['it|this|that|which|there|job|role|task|process|case|work'], within: 1},
    {
      precededBy: [
        'it|this|that|which|there|job|role|task|process|case|work|day|days|week|caring|care|recovery|placement|shift|things|everything',
      ],
      within: 6,
    },
  ],
  message: '`{actual}` describes the child as a burden rather than describing what happened',
  suggestions: ['[specific behaviour] on [date], which may be linked to [harm / fear]'],
  note: 'Calling a child hard work moves the focus from their needs to the adults’ frustration. Describe what the child did and what may be behind it.',
  sources: ['CWCT', 'DURHAM'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[is hard work]] for the carers.',
        suggestions: ['[specific behaviour] on [date], which may be linked to [harm / fear]'],
      },
      'Kyle can [[be really hard work]] at weekends.',
      'Amira [[is a lot of work]] for the school.',
      'Jade, who was found in a car with Kevin Boyd (44), is a serial runaway [[and very hard work]].',
    ],
    correct: [
      'It is hard work to keep in touch when Jade moves placements.',
      'Thanks to the hard work of the team, Kyle is now safe.',
      'This is hard work for everyone involved in the plan.',
      'It was a long day and very hard work for the team.',
    ],
  },
} satisfies RuleSpec
