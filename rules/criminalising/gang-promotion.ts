import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'gang-promotion',
  category: 'criminalising',
  severity: 'warning',
  target: 'action',
  // What perpetrators do: an adult subject is not the child.
  guards: {adults: true},
  phrases: [
    // The exploitation told as a career: promotion, ranks, rungs and stripes
    // ("has been promoted to the phone", "moved up from the bottom rung",
    // "worked his way up the ranks", "earned his stripes with the olders").
    '@crime-career-step',
    '{be} on probation|trial with|for @crime-exploiter-ref',
    '{prove} $self to @crime-exploiter-ref',
    // Rank and trust inside the group: "moved up in the gang", "trusted with the money", "a key player in the network".
    '{move}|{go}|{climb}|{work} up in|within the|a|$poss? gang|group|line|ocg|network|crew|hierarchy|organisation',
    '{be} trusted with the|$poss? money|cash|drugs|phone|line|stash|gun|weapon|takings|product',
    '{take} on more|extra|greater|added responsibility|responsibilities in|within|for the|a|$poss? gang|group|line|ocg|network|crew|operation',
    'a|the|now key|major|senior|leading|established|central player|figure|cog in|within|of the|a|an|$poss gang|group|line|ocg|network|crew|operation|organisation|supply-chain',
    // Leading the crime: "runs the show", "calls the shots on the line", "plays an active role in
    // the supply", "took the lead in the robbery", "a big player in the local drugs scene".
    '{run} the show',
    '{call} the shots',
    '{play}|{take}|{have} a|an leading|lead|key|central|major|active|significant|prominent|senior|big role|part in|within the|a|an|$poss _? _? supply|dealing|robbery|burglary|attack|stabbing|offence|offences|offending|gang|line|operation|network|crew|ocg|trade|enterprise|conspiracy|supply-chain|robberies|burglaries',
    '{take} the lead in @det? @crime-offence-noun',
    'a|the big|key|major|main|serious|significant|known? player in|on the|a _? drug|drugs|dealing|gang|street|county-lines scene|game|trade|world|market',
    // The sentencing register's roles: "an operational function within the chain", "a main player in the supply".
    'a|an|the|$poss operational|management function|functions within|in the|a|an _? chain|line|operation|supply|network|gang|group|ocg|enterprise',
    'a|the big|key|major|main|significant|leading player|players in|within the|a supply|trade|market|distribution|operation|network|chain',
  ],
  unless: [
    // School, sport and work in their ordinary sense: "promoted to the top set", "moved up a level in swimming".
    {
      followedBy: [
        'to|into|at|in|for|on|with the|a|an|$poss? top-set|set|sets|class|captain|prefect|head-boy|head-girl|team|squad|first-team|year|group|league|division|band|grade|level|stage|school|college|club|course|swimming|football|gymnastics|boxing|dance|cadets|scouts|army|job|work|shop|apprenticeship|maths|english|science',
        'of|at|in $poss|the? school|college|club|class|sport|team|cadets|scouts|army|job|work|apprenticeship',
      ],
      within: 2,
    },
  ],
  message: '`{actual}` tells a child’s criminal exploitation as a career they are building',
  suggestions: [
    'was given [task] by [adult], which increased the risk to [child]',
    'is being exploited by [adult] to [task]',
  ],
  note: 'Promotion and rank borrow the language of a job and suggest the child is choosing to advance. Exploiters move children into riskier roles to tighten control; say what the child was made to do, by whom, and how the risk changed.',
  sources: ['NSPCC-CCE', 'CARDIFF-LANG', 'CCE-DEF'],
  examples: {
    incorrect: [
      'Kyle (15) has [[moved up in the gang]] since the summer.',
      'Kai [[is trusted with the money]] now, per the YOT worker.',
      'Kyle has [[taken on more responsibility in the group]].',
      'He is now [[a key player in the network]], police say.',
      {
        text: 'Since June Dwayne (14) has [[been promoted]] from runner to holding the phone.',
        suggestions: [
          'was given [task] by [adult], which increased the risk to [child]',
          'is being exploited by [adult] to [task]',
        ],
      },
      'Staff think Kai [[worked his way up the ranks]] of the Southside line.',
      'Reece (15) [[moved up from the bottom rung]] when the older boys were arrested.',
      'He is said to have [[earned his stripes]] with the olders over the summer.',
      'Intel: YP now on [[the next rung]], trusted with cash',
      'Mason [[got promoted]] after the last seizure, according to his cousin.',
      'Jordan [[is on trial with the Hillside crew]] after holding for them twice.',
      'Nathan [[rose through the ranks]] quickly once he had the phone.',
      'Kai has [[worked his way up to the top]] of the Hillside crew.',
      'After the raid he [[got a promotion]] within the line.',
      'Since the seizure Kai has been trying to [[prove himself to the olders]].',
      'He performed [[an operational function within the chain]].',
      'Intel suggests YP is [[a main player in the supply]] of crack in Hull.',
      'Kai (16) [[runs the show]] at the flat, per the DS',
      'Since May he [[calls the shots]] on the Hull line.',
      'Kai [[plays an active role in the supply]] of drugs in Torquay.',
      'She [[took the lead in the robbery]], the CPS file says.',
      'He is [[a big player in the local drugs scene]] at 16.',
      'Jay (15) [[had a key part in the robbery]] in May.',
    ],
    correct: [
      'The adult, aged 29, is a key player in the network.',
      'Kyle is trusted with the keys to the youth club.',
      'Leah has taken on more responsibility at home since her mum became ill.',
      'Kyle was not a key player in the network; he was 14 and was told what to do.',
      'Dwayne (14) was moved by Dre, 26, from carrying to holding the phone, which raised the risk to him.',
      'Kai was promoted to the top set in maths in Year 10.',
      'Mum was promoted at work in March and now works longer hours.',
      'Reece moved up a level in swimming this term.',
      'He has not been promoted; the adults still send him on the same runs.',
      'The older boys told him he had been "promoted" to holding the phone.',
      'Dre, 29, is a main player in the supply of class A in the area.',
      'Kai has a supervisory function within the school council.',
      'Kai plays an active role in his care planning.',
      'She took the lead in the school play.',
      'The man who runs the show at the flat is 34.',
      'Kai did not call the shots; Dre, 27, told him where to go.',
    ],
  },
} satisfies RuleSpec
