import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'self-harm-gesture',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: [
    '@minimise-selfharm @be|{seem}|{appear} @minimise-hedge? @jv-degree? @minimise-gesture',
    'it|this|that @be @minimise-hedge? @jv-degree? a|an @jv-degree? suicidal|self-harm|token|dramatic|attention-seeking|manipulative|empty|half-hearted|theatrical gesture',
    'it|this|that @be @minimise-hedge a cry for help|attention',
    'a|an @jv-degree? suicidal|token|dramatic|attention-seeking|manipulative|empty|half-hearted|theatrical gesture',
    'superficial|attention-seeking|manipulative|behavioural|instrumental self-harm|cuts|cutting|overdose',
  ],
  unless: [
    'jv-reported-framing',
    {
      precededBy: [
        'not|never|no',
        'mistaken|mistook|dismissed|misread|minimised|minimized|written-off as|for',
      ],
      within: 2,
    },
    {followedBy: ['of|to|towards|from']},
  ],
  message: '`{actual}` plays down self-harm as a gesture or a bid for attention',
  suggestions: ['took an overdose of [substance] on [date]; risk assessed as [level] because [reasons]'],
  note: 'Self-harm and overdoses in exploited children are signs of serious harm and risk of suicide, whatever the apparent intent. Record what happened, the risk and the plan.',
  sources: ['NSPCC-LIST', 'DURHAM', 'OXON'],
  examples: {
    incorrect: [
      {
        text: 'CAMHS: presentation is flat, [[overdose was a gesture]]',
        suggestions: [
          'took an overdose of [substance] on [date]; risk assessed as [level] because [reasons]',
        ],
      },
      'Her [[cutting is just a cry for help]], staff feel.',
      'The [[ligature was probably attention-seeking]], night staff wrote.',
      'Nurse: [[superficial self-harm]], nothing to worry about',
      'She took six tablets but [[it was a token gesture]].',
      'Staff feel [[it was just a cry for help]] after the row with the men.',
      'The [[overdose was not a genuine attempt]], the duty worker wrote.',
    ],
    correct: [
      'She took an overdose of paracetamol on 3 May and was admitted overnight.',
      'The flowers were a kind gesture from her carer.',
      'Avoid calling self-harm "a gesture" or "attention-seeking".',
      'The overdose was not a gesture; she needs an urgent CAMHS review.',
    ],
  },
} satisfies RuleSpec
