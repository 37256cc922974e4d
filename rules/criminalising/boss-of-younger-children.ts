import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'boss-of-younger-children',
  category: 'criminalising',
  severity: 'warning',
  target: 'action',
  // What perpetrators do: an adult subject ("Bigz, 30, acts as the boss") is not the child.
  guards: {adults: true},
  phrases: [
    // The child put in charge of other children, in the words of a workplace:
    // "acted as the gaffer over the younger ones", "has younger kids working under him",
    // "the boss of his own little empire", "in charge of the new runners".
    '{act}|{serve}|{work} as the|a|an|their gaffer|boss|foreman|overseer|ringleader|kingpin|lieutenant|supervisor|top-dog|top-boy|main-man|big-man|head-honcho|second-in-command|number-two',
    '{act}|{serve}|{work}|{be} as? the|a|an|their @crime-boss-noun over|of|to|for @crime-younger-kids',
    '{be} the|a @crime-boss-noun of $poss own? little? empire|operation|outfit|crew|patch|business|racket|enterprise|set-up|setup|line',
    '@crime-younger-kids working|selling|running|dealing|grafting|shotting|carrying under $obj',
    '@crime-younger-kids working|selling|running|dealing|grafting|shotting|carrying for $obj',
    '{have}|{get}|{keep} @crime-younger-kids working|selling|running|dealing|grafting|shotting|carrying',
    '{be} in charge of @crime-younger-kids',
    // "runs a team of younger boys for the line", "heads a crew of younger kids".
    '{run}|{manage}|{lead}|{head}|{control}|{have} a|an|$poss|the team|crew|group|gang|squad|network|firm|bunch of @crime-younger-kids',
    '{put} in charge of @crime-younger-kids',
    '{boss}|{order} @crime-younger-kids about|around',
    '{run}|{manage}|{control}|{supervise}|{oversee} @crime-younger-kids on|for|at the|a line|lines|flat|trap|estate|grow',
  ],
  unless: [
    // Ordinary responsibility: "acts as captain of the younger ones at football".
    {
      followedBy: [
        'at|in|on|during|for $poss|the|a? school|class|lessons|football|training|practice|club|team|game|games|match|drama|play|activity|activities|trip|camp|youth-club|cadets|scouts',
      ],
      within: 2,
    },
    'crime-made-to-work',
    {
      precededBy: [
        'expected to',
        '{have} $obj',
        '{groom}|{coerce}|{pressure}|{force}|{exploit}|{trick}|{threaten} $obj? into',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` casts an exploited child as the boss of other children',
  suggestions: [
    'was made by [adult] to pass instructions to younger children',
    'is being used by [adult] to control other children',
  ],
  note: 'Exploiters often give one child a role over others to keep control of all of them; it does not make that child any less a victim. Say who gave the role, what the child was made to do and who benefits.',
  sources: ['NSPCC-CCE', 'CCE-DEF', 'CARDIFF-LANG', 'PACE-CL'],
  examples: {
    incorrect: [
      {
        text: 'At the grow house in Dudley, Tomas (16) [[acted as the foreman]] while the men were away.',
        suggestions: [
          'was made by [adult] to pass instructions to younger children',
          'is being used by [adult] to control other children',
        ],
      },
      'Staff say Jermaine [[is the boss of his own little crew]] now, aged 15.',
      'By the summer there were [[younger boys working under him]] on the Hillside estate.',
      'Jade (15) [[is the ringleader of the younger girls]] at the unit, staff say.',
      'Leah (15) [[is in charge of the new girls]] at the flat.',
      'Kai [[bosses the younger ones around]] at the trap in Luton.',
      'Ty, 16, [[acts as the lieutenant]] for the Eastside line.',
      'In the grow Ellis (16) [[was the gaffer over the younger boys]] for two weeks.',
      'Risk: [[has other kids selling]] in the park',
      'Intelligence suggests Jay [[manages the younger boys on the line]] to Lowestoft.',
      'Over the summer Kai was [[put in charge of the younger runners]] in Ipswich.',
      'Social worker’s view: [[younger boys dealing for him]] on the Bow estate',
      'He [[is the kingpin of his own little operation]], his teacher wrote.',
      'Aaron (17) [[runs a team of younger boys]] for the line.',
    ],
    correct: [
      'He runs a team of younger boys at the football club.',
      'Dre (24) runs a team of younger boys for the line.',
      'Bigz, 30, acts as the boss over the younger children on the line.',
      'Tomas was made to act as the foreman over the younger boys by the two men.',
      'Jermaine is captain of the younger ones at football training.',
      'The manager of the home is in charge of the younger children on the top floor.',
      'He is not in charge of anyone; the adults give every child their orders.',
      'Kai acts as a buddy to the younger boys at the youth club.',
    ],
  },
} satisfies RuleSpec
