import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'free-to-leave',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    // Freedom of movement read as consent (`@choice-free-to-leave`): "free to come and go", "could have left at any time".
    '@choice-free-to-leave',
    '@choice-free-to-leave at any time|point|stage|moment',
    '@choice-free-to-leave as|whenever $subj|she|he|they pleased|liked|wanted|wished|chose',
  ],
  unless: [
    'choice-rebutted-after',
    'choice-others-case',
    'choice-generic-subject',
    // "free to leave the interview at any time": the process, not the exploitation.
    'choice-process-after',
    'choice-process-before',
    'choice-good-complement',
    {
      precededBy: [
        'interview|session|meeting|appointment|assessment|examination|consultation|ABE|abe|interviews',
      ],
      within: 6,
    },
  ],
  message: '`{actual}` treats the child’s chance to leave as proof they were not controlled',
  suggestions: [
    'was controlled by [adult] through [threats / debt / dependency]',
    'stayed because [adult] [threatened / groomed] [child]',
  ],
  note: 'Exploiters rarely need locks: threats, debt, dependency and grooming keep a child in place, and the NRM asks why the person stayed. Say what kept the child there.',
  adult: {
    message: '`{actual}` treats the person’s chance to leave as proof they were not controlled',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)); control is often psychological or through debt. Say what kept the person there.',
  },
  sources: ['NRM-FORM', 'MSA-S1-2', 'ECPAT-UK', 'DURHAM'],
  examples: {
    incorrect: [
      {
        text: 'Ruby was [[free to come and go]] from the address.',
        suggestions: [
          'was controlled by [adult] through [threats / debt / dependency]',
          'stayed because [adult] [threatened / groomed] [child]',
        ],
      },
      'She [[could have left at any time]], the DS noted.',
      'Tomasz was [[free to come and go as he pleased]], the employer said.',
      'Kyle [[could have walked away]] from the line.',
      'There was [[nothing stopping her leaving]] the flat.',
      'Tomasz [[was not locked in]] and had a key.',
    ],
    correct: [
      'She was free to leave the interview at any time.',
      'She was not free to leave; the men held her passport.',
      'The officers could have left at any time but stayed with her.',
      'The officers could have gone to the address sooner.',
      'Children who are exploited are often free to come and go but controlled by threats.',
    ],
  },
} satisfies RuleSpec
