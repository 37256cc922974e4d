import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'gang-role',
  category: 'label',
  severity: 'error',
  target: 'label',
  phrases: [
    // Roles exploiters give children, alone in a field or cell ("Role: enforcer") or after a copula or "as".
    'enforcer|lookout|look-out',
    'foot soldier',
    'soldier(s) for @crime-exploiter-ref',
    'getaway driver',
    '@crime-child-mod enforcer|lookout|look-out|soldier',
  ],
  unless: [
    'crime-label-question',
    'crime-label-actor',
    'crime-label-actor-who',
    'crime-label-agent',
    'crime-label-other',
    // "on the lookout for", "kept a lookout", "law enforcer", "the Enforcer" (a police door ram).
    {
      precededBy: [
        'on the|a',
        'on',
        '{keep} a|the',
        'law',
        '{use} a|an|the',
        'with a|an|the',
        'police|officers|the-police',
      ],
    },
    {followedBy: ['point|points|post|posts|tower|towers|ram|rams|hill']},
    // "used as a lookout by the men", "worked for the group as a lookout": the
    // exploitation frame already says who did it (or another rule reports the job).
    'crime-label-used-as',
    {precededBy: ['for @crime-exploiter-ref as a|an']},
  ],
  message: '`{actual}` labels an exploited child by the role the exploiters gave them',
  suggestions: [
    'child made by [adult] to [watch for police / threaten others]',
    'child criminally exploited by [adult]',
  ],
  note: 'A role in a gang or a drug line is what adults made the child do, not who the child is. Say who gave the child the task, what they had to do and how they were controlled.',
  sources: ['TCS-YJLC', 'CCE-DEF', 'NSPCC-CCE', 'MSA-S45'],
  examples: {
    incorrect: [
      {
        text: 'Position in crew (YP 16): [[enforcer]]',
        suggestions: [
          'child made by [adult] to [watch for police / threaten others]',
          'child criminally exploited by [adult]',
        ],
      },
      'Jay, 15, acted as [[lookout]] while the older boys broke in.',
      'Police describe Kai as a [[foot soldier for the Eastside gang]].',
      '| Tyrese | 16 | [[enforcer]] | Hillside |',
      'Jordan (14) was the [[lookout]] at the trap house in Bath.',
      'Leon has been a [[soldier for the olders]] since Year 9.',
      'He was the [[getaway driver]] at 16, the YOT report says.',
      'Intelligence lists two [[teenage enforcers]] at the address.',
    ],
    correct: [
      'Jay was made by two adults to watch for police outside the shop.',
      'Staff are on the lookout for the car that collects Mia.',
      'The 26-year-old enforcer threatened Kai at the station.',
      'Kai was beaten by an enforcer for the line after losing the bag.',
      'Jay was used as a lookout by two adults outside the shop.',
      'Officers used the enforcer to open the door of the flat.',
      'Kai is not a lookout; he is a child the men used to watch for police.',
      'Avoid labels such as "enforcer" or "lookout" for exploited children.',
    ],
    info: ['Kai said the olders called him their "[[lookout]]" and paid him in cannabis.'],
  },
} satisfies RuleSpec
