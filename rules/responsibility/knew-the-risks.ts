import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'knew-the-risks',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    '{know} the risks|dangers|consequences',
    '{know} exactly|full-well? what $subj was|were|is|are doing|getting-into',
    '{know} what would|could|might happen',
    '{be} fully? aware of the risks|dangers|consequences',
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
  message: '`{actual}` expects the child to foresee and prevent their own abuse',
  suggestions: ['[adult] targeted [child] despite safeguarding action', '[adult] groomed [child]'],
  note: 'A child cannot be expected to predict or stop abuse; responsibility lies with the adults. State the facts of any earlier warnings neutrally and say what the adults did.',
  sources: ['DURHAM', 'UKCIS', 'LM'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[knew the risks]] of going to the flat.',
        suggestions: ['[adult] targeted [child] despite safeguarding action', '[adult] groomed [child]'],
      },
      'Kyle [[knew what he was doing]] when he went to Hull.',
      'Amira [[knows what she is getting into]] with these men.',
      'Tomasz [[knew what would happen]] at the address.',
      'Jade [[knew exactly what she was doing]] at the hotel.',
      'She [[is fully aware of the risks]] of meeting him.',
    ],
    correct: [
      'Jade did not know the risks of going to the flat.',
      'Professionals knew the risks and opened a strategy discussion.',
      'Avoid phrases such as "knew the risks" about a child.',
    ],
  },
} satisfies RuleSpec
