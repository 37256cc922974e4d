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
    // Status labels that cast a trafficked child as a migrant by choice or an offender:
    // "an economic migrant", "a bogus asylum seeker", "an illegal who came in on a lorry".
    'economic|illegal|undocumented|irregular|clandestine migrant(s)',
    'bogus|fake|false|so-called asylum seeker(s)|claimant(s)',
    'asylum|queue shopper(s)|jumper(s)',
    'an|the illegal who|that|from|with|and|off|on|in|found|stopped|picked|working',
    '{be} an illegal',
    // "a Vietnamese illegal", "an Albanian illegal who came in a lorry", "an immigration offender".
    'a|an @migrant-nationality illegal',
    'immigration offender(s)|absconder(s)|violator(s)|breacher(s)',
  ],
  unless: [
    'crime-label-other',
    'crime-label-agent',
    // "an illegal act", "an illegal substance": the adjective of a thing.
    {
      followedBy: [
        'act|acts|activity|activities|substance|substances|drug|drugs|weapon|weapons|knife|firearm|entry|eviction|search|arrest|detention|practice|practices|operation|business|scheme|move|thing|way|route|crossing|journey|copy|download|rave|party|parties|gathering|immigrant|immigrants|migrant|migrants|worker|workers|alien|aliens|entrant|entrants|immigration|working|work|job|employment|sale|supply|trade|deal|money|cash|goods|cigarettes|tobacco|vape|vapes|dog|bike|scooter|car|vehicle|loan|lender|lending|eviction|cannabis|farm|farms|factory|factories|grow|grows|grow-house|gang|gangs|network|networks|workforce|labour|labor|crossing|crossings|camp|camps|boat|boats|lorry|lorries',
      ],
      within: 1,
    },
  ],
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
      'Border Force view: Besnik (16) is an [[economic migrant]], not a victim.',
      'The girl (approx 15) is thought to be [[an illegal who]] came in on a lorry.',
      'Kaveh, 16, is just a [[bogus asylum seeker]] in the officer’s view.',
      'Custody note: Arben (16) [[is an illegal]], no papers, no fixed address',
      'First account: YP (16) an [[asylum shopper]] who passed through Italy',
      'Minh (16) is [[a Vietnamese illegal]] who came in a lorry.',
      'Dritan, 17, was processed as an [[immigration offender]].',
    ],
    correct: [
      'The man, 40, was processed as an immigration offender.',
      'Police raided a Vietnamese illegal cannabis farm in Hull.',
      'The boys at the car wash were treated as illegal workers by the first officers.',
      'The boys in the lorry were treated as illegal migrants by the first officers.',
      'Tran, 15, arrived in the UK in the back of a lorry; his immigration status is unresolved.',
      'Tran is not an illegal immigrant; he is a child victim of trafficking.',
      'Avoid labels such as "illegal immigrant" for children who may have been trafficked.',
      'He was made to work at an illegal cannabis grow in a house in Derby.',
      'The gangmaster, 41, is in the UK illegally and has been arrested.',
      'The men brought Tran into the UK illegally in a lorry.',
      'She was found with an illegal vape and two phones.',
      'He is not an economic migrant; he was moved by adults who took his passport.',
    ],
    // The subject of "and is" is Reza, not the adult named between (issue 11, point 4).
  },
} satisfies RuleSpec
