import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'drug-dealer',
  category: 'label',
  severity: 'error',
  target: 'label',
  phrases: [
    'drug(s) dealer(s)',
    '{be} a|the dealer',
    '{be} dealers',
    'as a|the dealer',
    'street|small-time|teenage|child|schoolboy|schoolgirl|young|local dealer(s)',
    'shotter(s)',
    'main|top|street|drug(s) seller(s)',
    'drug(s) pusher(s)',
    'trap boy(s)',
    // A child marker before a trading noun ("a 15-year-old dealer", "YP dealer", "a teen pusher").
    '@crime-child-mod dealer|pusher|seller|supplier|shotter',
    '@crime-drug-object dealer|seller|pusher|supplier',
    'a|the pusher',
    'trapper(s)',
    'street-level|low-level|small-time|up-and-coming|wannabe|aspiring|budding|part-time|full-time dealer(s)|pusher(s)|seller(s)',
  ],
  unless: [
    'crime-label-question',
    'crime-label-other',
    {
      followedBy: [
        '{threaten}|{force}|{make}|{take}|{drive}|{give}|{tell}|{groom}|{exploit}|{pay}|{supply}|{collect}|{pick}|{attack}|{stab}|{beat}|{assault}|{rape}|{abuse}|{recruit}|{control}|{order}|{send}|{visit}|{contact}|{message}|{use}|{target}|{approach}|{offer}|{hold}|{lock}|{move}|{traffic}|{bring}',
        'had|have|has|then|later|also|repeatedly|often|may|can|will|would|typically|usually|commonly|sometimes|frequently|regularly|allegedly|reportedly {threaten}|{force}|{make}|{take}|{drive}|{give}|{tell}|{groom}|{exploit}|{pay}|{supply}|{collect}|{pick}|{attack}|{stab}|{beat}|{assault}|{rape}|{abuse}|{recruit}|{control}|{order}|{send}|{contact}|{use}|{target}',
        'have|has|had|was|were|are|is been? charged|arrested|convicted|sentenced|jailed|remanded|identified|prosecuted|investigated|interviewed',
        'who|that {threaten}|{force}|{make}|{take}|{drive}|{give}|{tell}|{groom}|{exploit}|{pay}|{supply}|{collect}|{pick}|{attack}|{stab}|{beat}|{assault}|{rape}|{abuse}|{recruit}|{control}|{order}|{send}|{contact}|{use}|{target}|{hold}|{traffic}',
      ],
    },
    {
      precededBy: [
        'network|networks|group|groups|gang|gangs|ring|team|crew|family|members|member|one|two|three|several|some|many|any|all of',
        'exploited|groomed|controlled|targeted|threatened|recruited|used|trafficked|abused by',
      ],
    },
    {
      precededBy: [
        'brother|brothers|cousin|cousins|stepbrother|stepfather|stepdad|boyfriend|partner|neighbour|landlord|uncle is|was|are|were|been',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` labels a criminally exploited child as a drug dealer',
  suggestions: [
    'child made to sell drugs for [adult]',
    'child criminally exploited to supply drugs for [adult]',
  ],
  note: 'Children selling drugs for adults are victims of criminal exploitation and are too often treated as offenders. Say who made the child sell, where, and how they were controlled.',
  sources: ['SAFESOUND', 'TCS-YJLC', 'NSPCC-CCE', 'CCE-DEF'],
  examples: {
    incorrect: [
      'Officers recorded Callum (14) as a [[drug pusher]] on the estate.',
      'Staff describe Callum as a [[trap boy]] at the Hillside flat.',
      {
        text: 'Liam, 15, is a known [[drug dealer]] in the Hanley area.',
        suggestions: [
          'child made to sell drugs for [adult]',
          'child criminally exploited to supply drugs for [adult]',
        ],
      },
      'Jordan [[is a dealer]] and should be treated as such, the sergeant wrote.',
      'Reece has been a [[street dealer]] at the bus station since he was 14.',
      'Luca was the [[main seller]] at the address, according to the search team.',
      'Kai is a [[shotter]] for the Birmingham line, according to intelligence.',
      'The twins [[are dealers]] in the eyes of the local police.',
      'Officers in Sunderland regard Kofi, 16, [[as a dealer]].',
      'Police described him as a [[drug dealer]] in the first report.',
      'Summary: 16 y/[[o dealer]], found with cash and two phones',
      'Kyle, 15, is a [[cannabis seller]] in the eyes of the school.',
      'The sergeant called Reece [[a pusher]] in the briefing notes.',
      '| Reece | 15 | [[trapper]] | Torquay |',
      '[[Up-and-coming dealer]] in the area (YP 15)',
      'Kyle, 15, is a [[street-level dealer]] in Hastings.',
      'Reece (15) is seen by neighbours as a [[teenage pusher]].',
    ],
    correct: [
      'He was treated as a drugs dealer rather than a victim at the custody suite.',
      'Liam was made to sell drugs in Hanley by an adult who kept his phone.',
      'A 31-year-old drug dealer took Liam to the address on 4 June.',
      'The local dealer then took his bank card and phone.',
      'Liam was arrested with a drug dealer outside the station.',
      'Liam is not a drug dealer; he is a child who was criminally exploited.',
      'The guidance says to avoid terms such as "drug dealer" for exploited children.',
      'His aunt’s partner, who is a dealer, keeps money in the loft.',
      'Deano, 24, is a dealer in Luton and took Liam to the flat.',
      'The pusher gave Liam a phone and told him to wait at the park.',
    ],
    info: [
      'Neighbours think Callum is a [[drug pusher]] because of the cars outside.',
      'Neighbours referred to the boy as a [[trap boy]] at the flat.',
      'Liam told officers he was a "[[drug dealer]]" and that the money was his.',
    ],
  },
} satisfies RuleSpec
