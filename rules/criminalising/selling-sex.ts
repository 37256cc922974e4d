import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'selling-sex',
  category: 'criminalising',
  severity: 'error',
  target: 'action',
  phrases: [
    '{be}? {sell} sex',
    '{be}? {sell} $poss body',
    '{be}? {sell}|{provide} sexual services',
    '{be}? {work} as an escort',
    '{be}? {work} the streets',
    '{be}? {do}|{engage} in? sex work',
    // The same trade in other words: "works the ring road", "sex working", "engaged in commercial sex".
    '{be}? {work} the|a _? _? @crime-street-place',
    '{be}? sex working|worked|works',
    '{be}? {engage}|{involve}|{participate}|{work} in commercial|transactional|survival sex',
    '{be}? {work} in|at a|the brothel|brothels|sauna|saunas|massage-parlour|massage-parlours',
  ],
  unless: [
    {
      precededBy: [
        'children|people|victims|youngsters|teenagers|adolescents|minors|individuals',
        'children|people|victims|youngsters|pupils|teenagers|adolescents|minors|boys|girls|students|individuals may|can|could|might|will|often|also|sometimes|commonly|typically|frequently|are|being|who',
      ],
    },
    {
      precededBy: [
        'had|has|have|having|needed|needs to',
        'made|forced|told|ordered|pressured|coerced|exploited|compelled|used|expected|instructed|directed|threatened|groomed|sent|tasked|required|asked|taken|trafficked|manipulated|tricked to',
        '{make}|{have}|{let} $obj',
        '{force}|{tell}|{order}|{pressure}|{coerce}|{use}|{expect}|{instruct}|{threaten}|{groom}|{send}|{ask}|{exploit}|{push} $obj to',
        '{groom}|{coerce}|{pressure}|{force}|{exploit}|{trick}|{threaten}|{manipulate}|{push}|{draw} $obj? into',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` presents the sexual exploitation of a child as trade the child carries on',
  suggestions: ['was sexually exploited by [adult]', 'was sexually abused by adults who paid [adult]'],
  note: 'A child cannot sell sex: adults who pay, arrange or profit are sexually abusing and exploiting the child. Say who arranged it, who paid and where it happened.',
  sources: ['LUX', 'ZT', 'HMICFRS-MET', 'DFE-CSE'],
  examples: {
    incorrect: [
      {
        text: 'Paige, 15, [[sells sex]] to men she meets through a website.',
        suggestions: ['was sexually exploited by [adult]', 'was sexually abused by adults who paid [adult]'],
      },
      'She [[is selling sex]] to men at a hotel in Hull, staff think.',
      'Danny [[sold his body]] to men at the bus station.',
      'She had [[been working as an escort]] since she was 15.',
      'Paige [[was working the streets]] near the station in Hull when officers found her.',
      'At 16 she [[was doing sex work]] in Sheffield.',
      'She [[provided sexual services]] at the hotel in return for a room.',
      'Paige [[was engaged in sex work]] in Leeds from the age of 15.',
      'Lin [[was working in a brothel]] in Slough when police found her.',
      'Notes: YP (14) [[works the red-light area]] at night',
      'Paige (15) [[is sex working]] from a flat in Hull, staff believe.',
      'The log says Skye (15) [[was engaged in commercial sex]] at the hotel.',
      'At 2am on Friday she [[was working the Leeds Road beat]] again.',
      'She has [[been working the Holbeck area]] most nights.',
    ],
    correct: [
      'Paige was sexually exploited by men who paid an adult, Lee, 31, at a hotel in Hull.',
      'Paige was forced to sell sex by the man who held her passport.',
      'Paige did not sell sex; adults sexually abused her and paid her exploiter.',
      'The woman, 38, sells sex from the flat below and was not involved.',
      'He was charged with paying for the sexual services of a child.',
    ],
  },
} satisfies RuleSpec
