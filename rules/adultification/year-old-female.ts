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
    // With an ethnicity code between: "15yo IC3 male", "14yo white female".
    '@jv-child-yo old? ic0|ic1|ic2|ic3|ic4|ic5|ic6|ic9|w1|w2|w9|b1|b2|b9|a1|a2|a9|m1|m2|white|black|asian|mixed|mixed-race female|male|females|males',
  ],
  unless: [
    {
      precededBy: ['@crime-adult-age|eighteen|nineteen|twenty|thirty|forty|fifty'],
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
      'Stop log: [[15yo IC3 male]], known runner, nothing found.',
      'Located: [[14yo white female]] in rear of vehicle.',
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
      'Stop log: 34yo IC3 male detained at the scene.',
      'A 30-year-old female collected Jade from school.',
      'Officers located a 15-year-old girl at the address on Grove Road.',
      'Two 19-year-old males were arrested at the flat.',
      'Avoid calling a child "a 15-year-old female" in a referral.',
      'A 45-year-old woman was arrested at the address.',
    ],
  },
} satisfies RuleSpec
