import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'lent-account',
  category: 'criminalising',
  severity: 'error',
  target: 'action',
  phrases: [
    'lent|lends|lend|lending|loaned|loans|loaning|rented|rents|renting|sold|sells|selling $poss bank? account|accounts|card|cards',
    'sold|sells|selling|gave|gives|giving|handed|hands|handing over? $poss bank|account|card details',
    '{let} _ _? use $poss bank? account|card',
    '{allow} _ _? to use $poss bank? account|card',
  ],
  unless: [
    {
      precededBy: [
        'made|forced|told|ordered|pressured|coerced|threatened|groomed|tricked|persuaded|asked to',
        '{make}|{have} $obj',
        '{force}|{tell}|{order}|{pressure}|{coerce}|{threaten}|{persuade}|{ask} $obj to',
        '{groom}|{coerce}|{pressure}|{force}|{trick}|{threaten} $obj? into',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` presents a financially exploited child as a willing party to the use of their account',
  suggestions: [
    'was financially exploited: [adult] used [child]’s bank account to move money',
    'was pressured by [adult] into handing over account details',
  ],
  note: 'Child financial exploitation is a form of criminal exploitation and abuse; adults target children’s accounts. Say who approached the child, what was promised or threatened, and how much money was moved.',
  sources: ['TCS-YJLC', 'TCS-FIN', 'NCTC-FIN'],
  examples: {
    incorrect: [
      {
        text: 'Ben, 16, [[lent his bank account]] to a man he met on Snapchat.',
        suggestions: [
          'was financially exploited: [adult] used [child]’s bank account to move money',
          'was pressured by [adult] into handing over account details',
        ],
      },
      'Priya [[sold her bank details]] for £300 after seeing an advert online.',
      'He [[let a friend use his account]] to move £4,000.',
      'Zara [[allowed a man to use her account]] for a month.',
      'Over the summer Kieran was [[selling his card details]] to older boys.',
    ],
    correct: [
      'An adult used Ben’s bank account to move £6,000 after messaging him on Snapchat.',
      'Ben was pressured into giving his bank details to a man who threatened his brother.',
      'Ben did not lend his account to anyone; it was taken over by adults.',
      'His mother lent her car to a neighbour on Friday.',
    ],
  },
} satisfies RuleSpec
