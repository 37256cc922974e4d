import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'illegal-immigrant',
  category: 'label',
  severity: 'warning',
  target: 'label',
  phrases: ['illegal immigrant(s)|migrant(s)|alien(s)', 'illegals', 'illegal child|boy|girl|minor(s)'],
  message: '`{actual}` labels a trafficked child by immigration status as an offender',
  suggestions: [
    'child who arrived in the UK [route]; immigration status: [status]',
    'child who was brought to the UK by [adult]',
  ],
  note: 'Trafficked children are entitled to protection whatever their immigration status. Record the route and the status as facts rather than using a label.',
  sources: ['TEES', 'SEFTON-MS'],
  examples: {
    incorrect: [
      {
        text: 'Tran, 15, is an [[illegal immigrant]] found at a nail bar in Derby.',
        suggestions: [
          'child who arrived in the UK [route]; immigration status: [status]',
          'child who was brought to the UK by [adult]',
        ],
      },
      'To the first officer on scene he was an [[illegal alien]] with no rights.',
      'The custody record lists him as an [[illegal minor]] with no documents.',
      'The children in the container were [[illegals]] in the view of the driver.',
    ],
    correct: [
      'The boys in the lorry were treated as illegal migrants by the first officers.',
      'Tran, 15, arrived in the UK in the back of a lorry; his immigration status is unresolved.',
      'Tran is not an illegal immigrant; he is a child victim of trafficking.',
      'Avoid labels such as "illegal immigrant" for children who may have been trafficked.',
      'He was made to work at an illegal cannabis grow in a house in Derby.',
    ],
  },
} satisfies RuleSpec
