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
    // A role field's value: "Role: gardener", "Role in group: runner", "YP role – worker".
    'role|roles|position|duties|function|job (in|within the|for the|in-the)? group|gang|line|grow|network|operation|house|business? : @degree? gardener|grower|farmer|worker|seller|holder|soldier|youngers|younger|tiny|tinies|cook|cleaner|maid|servant|nanny|carrier|deliverer|delivery-boy|delivery-girl|recruiter|driver',
    '@crime-child-mod enforcer|lookout|look-out|soldier',
    // More roles the exploiters give: a ringleader, a right-hand man, a cog, a
    // "younger" or a "tiny" (the youngest children a gang uses), and the same
    // role nouns with a standing modifier ("a trusted lookout").
    'ringleader(s)|kingpin(s)|henchman|henchmen|sidekick(s)|bagman|bagmen|dogsbody|gofer(s)|gopher',
    '$owner? right-hand man|woman|girl|boy|lad',
    'errand boy(s)|girl(s)',
    'a|just-a|only-a|another|the|one-more? cog|cogs in the|a|their|$poss _? _? chain|machine|machinery|operation|network|wheel|line|system|business|organisation',
    'one of the|$poss youngers|tinies|tinys|soldiers|foot-soldiers|workers|runners|shotters',
    'younger|youngers|tiny|tinies|tinys|worker|workers|youngen|youngens|youngun|younguns for|in|with|of @crime-exploiter-ref',
    '@crime-label-mod lookout(s)|look-out(s)|enforcer(s)|soldier(s)|foot-soldier(s)|ringleader(s)|henchman|henchmen|sidekick(s)',
    // A "younger" as standing: "a high-profile younger", "known youngers".
    "known|high-profile|established|active|trusted|prolific|notorious|senior|main|main-man's younger(s)|tiny|tinies",
  ],
  unless: [
    'crime-label-not-the-child',
    'crime-label-actor-who',
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
    // "the ringleader of the grooming gang": the leader of the adults.
    {
      followedBy: [
        'of the|a|an|this|that grooming|abuse|sex|paedophile|exploitation|trafficking|drug|drugs|criminal gang|gangs|ring|rings|network|group|operation',
      ],
    },
    // "a cog in the wheel" of services, and "youngers" as children in a home.
    {precededBy: ['services|agencies|system|professionals|staff'], within: 3},
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
      'CRIS: IP (15) is a [[high-profile younger]] on the Matrix.',
      'Intel: [[known youngers]] seen at the flat, 15 and 16',
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
      'Head of Year: Kyle is the [[ringleader]] and gets the others to carry.',
      'He is now the [[boss’s right-hand man]] on the Bristol line.',
      'CPS note: at 16 he was [[just a cog in the supply chain]], so s45 is unlikely.',
      'Tayo (13) is [[one of the youngers]] on the Hillside estate.',
      'Police think Ali is a [[tiny for the Ashfield lot]].',
      'Mason has become a [[trusted lookout]] for the line.',
      'He is their [[errand boy]] at the trap house in Swindon.',
      '[[Role: gardener]], lived on site',
      'Intel: [[role in group: holder]] for the Jay line',
      'YP (15) [[role – worker]] at the grow',
    ],
    correct: [
      'Role of adult: recruiter',
      'Role: key worker (Barnardo’s)',
      'His younger brother, 9, lives with their nan.',
      'Staff said the youngers in the home were asleep by ten.',
      'She is the younger of two sisters.',
      'Connor Hayes (22), who was seen with Bradley at the Ridgeway flats, acts as the lookout for the line.',
      'Jay was made by two adults to watch for police outside the shop.',
      'Staff are on the lookout for the car that collects Mia.',
      'The 26-year-old enforcer threatened Kai at the station.',
      'Kai was beaten by an enforcer for the line after losing the bag.',
      'Jay was used as a lookout by two adults outside the shop.',
      'The adults used Kai as a lookout outside the shop.',
      'Officers used the enforcer to open the door of the flat.',
      'Kai is not a lookout; he is a child the men used to watch for police.',
      'Avoid labels such as "enforcer" or "lookout" for exploited children.',
      'Ahmed, 45, was the ringleader of the grooming gang and was jailed for 20 years.',
      'The ringleader, Dre (31), recruited five children through Snapchat.',
      'The care home manager said Kai helps the youngers with their homework.',
      'Each agency is a cog in the safeguarding system and must share information.',
    ],
    info: ['Kai said the olders called him their "[[lookout]]" and paid him in cannabis.'],
  },
} satisfies RuleSpec
