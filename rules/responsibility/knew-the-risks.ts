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
    '@choice-know @choice-risk-object',
  ],
  unless: [
    {followedBy: ['better|more|now|clearer'], within: 1},
    'choice-other-subject-after',
    {
      precededBy: [
        'help|helping|helped|helps|support|supporting|supported|ensure|ensuring|now|better|begin|beginning|starting|started|increasingly|learn|learning',
      ],
      within: 2,
    },
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
      'Ryan (16) went to Bournemouth with the elders [[knowing what was expected of him]].',
      'She went anyway, [[knowing full well what they wanted]].',
      'Kayla [[was fully aware of what would happen]] at the party.',
      'He [[understood the consequences]] of owing the olders money.',
    ],
    correct: [
      'Jade did not know the risks of going to the flat.',
      'Professionals knew the risks and opened a strategy discussion.',
      'Avoid phrases such as "knew the risks" about a child.',
      'Knowing the risks, the police moved her to a placement in Kent.',
      'Work is under way to help her understand the risks the men pose.',
      'She did not know what was expected of her until she arrived.',
      'She understands the risks better now and uses her safety plan.',
    ],
  },
} satisfies RuleSpec
