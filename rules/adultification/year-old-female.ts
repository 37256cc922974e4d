import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'year-old-female',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    'year old female|male|females|males',
    'years old female|male',
    'year(s) old woman|women|man|men|lady|ladies',
    '@jv-child-yo old? female|male|females|males|woman|women|lady',
  ],
  unless: [
    {
      precededBy: [
        '18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50|51|52|53|54|55|56|57|58|59|60|61|62|63|64|65|66|67|68|69|70|71|72|73|74|75|76|77|78|79|80|81|82|83|84|85|86|87|88|89|90|91|92|93|94|95|96|97|98|99|eighteen|nineteen|twenty|thirty|forty|fifty',
      ],
      within: 1,
    },
    'sex-adjective-for-adult',
  ],
  guards: {age: true},
  message: '`{actual}` uses police-style adult nouns for a child',
  suggestions: ['year-old girl', 'year-old boy', 'year-old child'],
  note: 'Calling a child "a 15-year-old female" is the language used for adults and suspects, and erodes the fact that they are a child. Say "girl", "boy" or "child".',
  sources: ['TCS-YJLC', 'DAVIS', 'HMICFRS-ADULT'],
  examples: {
    incorrect: [
      {
        text: 'Officers located a 15-[[year-old female]] at the address on Grove Road.',
        suggestions: ['year-old girl', 'year-old boy', 'year-old child'],
      },
      'Two 14-[[year-old males]] were stopped at Exeter station.',
      'The caller saw a 13 [[years old female]] getting into a car.',
      'A 16-[[year-old woman]] was found in the car with two men.',
      'Pt is a [[15yo female]] brought in by ambulance from a house party.',
      'Stop search: [[14yrs male]], Asian, grey tracksuit',
      'Officers found a [[13 yo female]] crying at the bus stop.',
    ],
    correct: [
      'A 30-year-old female collected Jade from school.',
      'Officers located a 15-year-old girl at the address on Grove Road.',
      'Two 19-year-old males were arrested at the flat.',
      'Avoid calling a child "a 15-year-old female" in a referral.',
      'A 45-year-old woman was arrested at the address.',
    ],
  },
} satisfies RuleSpec
