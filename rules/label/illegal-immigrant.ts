import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'illegal-immigrant',
  category: 'label',
  severity: 'warning',
  target: 'label',
  phrases: [
    'illegal|unlawful immigrant(s)|migrant(s)|alien(s)|entrant(s)|arrival(s)|worker(s)|overstayer(s)',
    'illegals',
    'illegal child|boy|girl|minor(s)',
    'overstayer(s)',
    '{be} here|over illegally|unlawfully',
    '{be} in the uk|country illegally|unlawfully',
    '{be} illegally|unlawfully in the uk|country',
    '{enter}|{come}|{arrive} (the uk|the country|britain|england)? illegally|unlawfully',
  ],
  unless: ['crime-label-other', 'crime-label-agent'],
  message: '`{actual}` labels a trafficked child by immigration status as an offender',
  suggestions: [
    'child who arrived in the UK [route]; immigration status: [status]',
    'child who was brought to the UK by [adult]',
  ],
  note: 'Trafficked children are entitled to protection whatever their immigration status. Record the route and the status as facts rather than using a label.',
  sources: ['TEES', 'SEFTON-MS'],
  examples: {
    incorrect: [
      'Omid, 15, crossed to Folkestone with Hassan Nouri, 36, and is an [[illegal entrant]].',
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
      'Reza, 16, is an [[illegal entrant]] who came to Dover in a lorry.',
      'Minh, 15, [[is in the UK illegally]] and has no documents.',
      'Custody record: [[overstayer]], no fixed abode, aged 16',
      'The first officer recorded that Minh [[is illegally in the UK]].',
      'Tran, 15, [[entered the UK illegally]] in a lorry, the log says.',
      'The officer wrote that Tran, 15, [[was here illegally]] and should be deported.',
    ],
    correct: [
      'The boys at the car wash were treated as illegal workers by the first officers.',
      'The boys in the lorry were treated as illegal migrants by the first officers.',
      'Tran, 15, arrived in the UK in the back of a lorry; his immigration status is unresolved.',
      'Tran is not an illegal immigrant; he is a child victim of trafficking.',
      'Avoid labels such as "illegal immigrant" for children who may have been trafficked.',
      'He was made to work at an illegal cannabis grow in a house in Derby.',
      'The gangmaster, 41, is in the UK illegally and has been arrested.',
      'The men brought Tran into the UK illegally in a lorry.',
    ],
    // The subject of "and is" is Reza, not the adult named between (issue 11, point 4).
  },
} satisfies RuleSpec
