import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'drug-runner',
  category: 'label',
  severity: 'error',
  target: 'label',
  phrases: [
    'drug(s) runner(s)',
    'line|county-lines|deal-line runner(s)',
    '{be} a|the runner',
    '{be} runners',
    '{be} their|his runner',
    'as a|the runner',
    'a|the runner',
    'runner boy(s)',
    'runners',
    'known|young|teenage|child|regular|main|younger runner(s)',
    // Alone, as a form field, a table cell or a bullet gives it ("Role: runner").
    'runner',
    '@crime-child-mod runner',
    'delivery boy|girl|lad',
  ],
  unless: [
    'crime-label-not-the-child',
    'crime-label-used-as',
    // "by a drug runner": the longer phrase decides (a phrase never crosses
    // punctuation, but a condition does, so "Role on line: runner" still flags).
    {
      precededBy: [
        'by|with|from|for|to|alongside|among|amongst|via a|an|the|some|two|three|other? drug|drugs|line|lines|deal-line|deal-lines|county-lines',
      ],
    },
    {precededBy: ['pizza|takeaway|food|milk|paper|newspaper|amazon|supermarket|grocery|chip-shop']},
    {followedBy: ['bean(s)|up|track|race|beans|club|clubs|trainers|shoes|and-riders|world|knee']},
    // An athlete to admire or become: "wants to be a runner like Mo Farah".
    {followedBy: ['like Mo|Usain|Paula|Dina|Kelly|Jessica|Eliud|Keely|Laura|Josh|Jake|Emile']},
    {
      precededBy: [
        'cross-country|cross|country|road|fell|marathon|fun|club|distance|long-distance|elite|fellow|front|fastest|slowest|best|keen|parkrun|race|relay|sprint|track|trail|olympic|faster|slower|good|strong|competitive|amateur|blade|bean|drawer|sled|sledge|stair|table|carpet|gate|field|ultra|casual|novice|junior|senior|club|charity|fun-run|park|school|county',
      ],
    },
    {
      followedBy: [
        'in|at|for|with the|a|$poss? school|club|team|race|marathon|athletics|cross-country|parkrun|running',
      ],
    },
  ],
  message: '`{actual}` labels a criminally exploited child as a runner for the drug trade',
  suggestions: [
    'child made to carry drugs for [adult]',
    'child criminally exploited to move drugs for [adult]',
  ],
  note: 'Children moving drugs for adults are victims of criminal exploitation, not workers in a trade. Say who made the child carry drugs, where and how they were controlled.',
  sources: ['TCS-YJLC', 'CARDIFF-TERMS', 'NSPCC-CCE', 'CCE-DEF'],
  examples: {
    incorrect: [
      {
        text: 'Ryan, 14, has been a [[drug runner]] for the Manchester line since spring.',
        suggestions: [
          'child made to carry drugs for [adult]',
          'child criminally exploited to move drugs for [adult]',
        ],
      },
      'Police believe he is a [[line runner]] between Liverpool and Shrewsbury.',
      'Staff at the placement describe Callum as a [[county lines runner]].',
      'Tyler [[is a runner]] who holds the phone overnight.',
      'Kyle’s [[a runner]] for them, his sister thinks.',
      'Both brothers [[are runners]] for the same line in Telford.',
      'Jay acts [[as a runner]] for the older boys on the estate.',
      'Two [[runner boys]] were seen at the flat, one of them Kyle, 14.',
      'In Swindon he [[was their runner]] for most of the summer.',
      '[[Runners]] including Danny (14) were found at the flat in Hereford.',
      'Danny and two other [[runners]] were stopped at Crewe station.',
      'Police believe the line uses [[young runners]] from Birmingham.',
      'Danny, 14, is a [[known runner]] for the Wolverhampton line.',
      'Role: [[runner]] for the Hillside line since March',
      '| Kyle | 14 | [[runner]] | Crewe |',
      '- [[runner]], holds the phone overnight',
      'Subject: 15 y/[[o runner]] (Wolverhampton – Shrewsbury)',
      'Police logged Kyle as a [[teenage runner]] for the Crewe line.',
      'Kai is the gang’s [[delivery boy]], according to his sister.',
    ],
    correct: [
      'Kayla wants to be a runner like Mo Farah and trains twice a week.',
      'Ryan was criminally exploited to carry drugs for Deano, 24, between Liverpool and Rhyl.',
      'The adult drug runner who collected him was arrested in Crewe.',
      'He was taken to Swindon by a drug runner and made to hold the phone.',
      'Terms such as "drug runner" should be avoided in referrals.',
      'Ryan is not a runner; he is a child being exploited by adults.',
      'He enjoys being a runner up in the cross-country races at school.',
      'Kyle is a runner in the school athletics team.',
      'The cross-country runners from his school train on Tuesdays.',
      'Danny has joined the Road Runners club in Telford.',
      'Labour is the front-runner in the local election, the poster says.',
      'The adult runners who collected the money were arrested.',
      'The pizza delivery boy saw Kai get into the car.',
      'Role: runner bean planting at the school garden club',
      'He came second in the 800m and is a good runner, his PE teacher says.',
      'Third party referral from Runner Bean Nursery staff',
      'A runner, aged 26, collected the bag from Kyle at the station.',
      'The runner threatened Kyle outside the station.',
      'Kai was used as a drug runner by the Liverpool line.',
      'Jay, 22, is a drug runner for the Bradford OCG.',
      'Dean, 30, is a county lines runner and was charged in May.',
      'Unhelpful terms – runner, dealer, drug mule',
      'Calling a child a runner criminalises them.',
    ],
    info: ['The olders called him a "[[drug runner]]" and said he owed them £500.'],
    knownFalsePositives: ['Kyle described himself as a drug runner.'],
  },
} satisfies RuleSpec
