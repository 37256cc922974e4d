import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'hooking-up-with',
  category: 'sexualising',
  severity: 'error',
  target: 'term',
  phrases: [
    '{hook} up with',
    'hook-up(s)',
    'hookup(s)',
    'one-night stand(s)',
    // Petting and kissing an adult: "heavy petting with the driver".
    'heavy petting',
    '{snog}|{neck}|{canoodle} @romance-adult-ref|@romance-man-ref',
    'casual sex',
    '{get} off with',
    '{pull} men|guys|lads|blokes',
    // "out on the pull" ("hooked up w/ Shanks" is "hooked up with": the tokeniser reads "w/" as "with").
    '{be}|{go} out? on the pull|prowl',
    'out on the pull|prowl',
    '{go} out pulling',
  ],
  unless: [
    {
      followedBy: [
        'to|charger|cable|machine|drip|monitor|oxygen|electric|electricity|supply|supplies|app|apps|site|sites|website|websites|platform|platforms',
      ],
      within: 1,
    },
  ],
  guards: {age: true},
  message: '`{actual}` presents the sexual abuse of a child as casual sex the child chose',
  suggestions: ['sexually abused by', 'sexually exploited by'],
  note: 'Casual-sex wording makes the child the one who sought it. Name the adult and what they did, and how contact was arranged.',
  sources: ['ZT', 'LSCB-TBL', 'OUTSHADOWS'],
  examples: {
    incorrect: [
      '[[Heavy petting]] with the driver (40) in the car park.',
      'Jade (14) [[snogged a 25-year-old]] at the party.',
      {
        text: 'She has been [[hooking up with]] men from the app.',
        suggestions: ['sexually abused by', 'sexually exploited by'],
      },
      'The police log records a [[hook-up]] between Mia and a 26-year-old.',
      'Amira arranged [[hookups]] through Snapchat.',
      'Ellie (15) had a [[one-night stand]] with the driver.',
      'Kayleigh has had [[casual sex]] with several adults.',
      'Jade [[got off with]] one of the men at the party.',
      'Mia [[pulls guys]] in town at weekends.',
      'She [[hooked up with]] a man she met on Snapchat.',
      'Chron 12/06: YP (14) [[hooked up w]]/ a 25yo from the shisha bar',
      'Dressed older and [[out on the pull]], in the officer’s words.',
      'Staff think Tia (15) [[goes out on the prowl]] in town on Fridays.',
      'Mia (14) [[goes out pulling]] at the weekend with older girls.',
    ],
    correct: [
      'The nurse hooked up the drip at 3pm.',
      'Anna, 21, met a man through a hook-up app.',
      'The hook-up app was used to contact her.',
      'Jade (14) was sexually abused by men she was contacted by on the app.',
    ],
  },
} satisfies RuleSpec
