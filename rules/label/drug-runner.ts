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
  ],
  unless: [
    {followedBy: ['bean(s)|up|track|race|beans']},
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
    ],
    correct: [
      'Ryan was criminally exploited to carry drugs for Deano, 24, between Liverpool and Rhyl.',
      'The adult drug runner who collected him was arrested in Crewe.',
      'He was taken to Swindon by a drug runner and made to hold the phone.',
      'Terms such as "drug runner" should be avoided in referrals.',
      'Ryan is not a runner; he is a child being exploited by adults.',
      'He enjoys being a runner up in the cross-country races at school.',
      'Kyle is a runner in the school athletics team.',
    ],
    info: ['The olders called him a "[[drug runner]]" and said he owed them £500.'],
    knownFalsePositives: ['Kyle described himself as a drug runner.'],
  },
} satisfies RuleSpec
