import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'asking-for-trouble',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    // Idioms of courting harm (`@choice-risk-idiom`): "asking for trouble", "playing with fire", "tempting fate".
    '@choice-risk-idiom',
    // Adults' attention as drawn by the child: "attracts attention from older men", "invites the attention of men".
    '{attract}|{invite}|{encourage}|{seek}|{crave}|{draw} the|unwanted|male|sexual|their|such|a-lot-of|lots-of? attention from|of @choice-men',
  ],
  unless: [
    'choice-generic-subject',
    // "asking for trouble to be reported", literal fire.
    {
      followedBy: [
        'extinguisher|extinguishers|alarm|alarms|safety|drill|brigade|service|door|doors|exit|exits|station',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` treats the child as courting the harm that adults do to them',
  suggestions: ['is at risk from [adult]', 'is being targeted by [adult]'],
  note: 'Risk idioms make the child the author of the danger. Exploiters create the risk; say who they are and what they are doing.',
  sources: ['NSPCC-RISK', 'DURHAM', 'UKCIS', 'HMICFRS-MET'],
  examples: {
    incorrect: [
      {
        text: 'Placement plan – Risks: YP [[asks for trouble]] by going out late',
        suggestions: ['is at risk from [adult]', 'is being targeted by [adult]'],
      },
      'Jade is [[playing with fire]] seeing those men.',
      'He is [[courting danger]] by staying out.',
      'She keeps [[tempting fate]] by getting in cars.',
      '- [[looking for trouble]] in town at night',
      'It is not surprising she [[attracts attention from older men]].',
    ],
    correct: [
      'The boys were playing with a fire extinguisher.',
      'The man who runs the line is asking for trouble by dealing on the estate.',
      'Avoid phrases like "asking for trouble" and "playing with fire".',
      'She was not asking for trouble; she was groomed.',
      'The advert attracted attention from local firms.',
    ],
  },
} satisfies RuleSpec
