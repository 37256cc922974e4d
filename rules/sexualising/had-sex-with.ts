import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'had-sex-with',
  category: 'sexualising',
  severity: 'error',
  target: 'term',
  phrases: [
    '{have} sex with',
    '{have} sexual intercourse|relations|contact with',
    '{have} intercourse with',
    'sexual intercourse with',
    '{have} sex',
    '{make} love',
    'sexual activity|contact with him|them|men|adults|males',
    'sexual activity|contact with a|an|the older|adult man|men|male|males',
    'sexual activity|contact with a|the _ year old',
    // The same in other words: "intimate with", "messing around with older men".
    '{be}|{get} intimate|physical with',
    // Intimacy with no partner named, and relations with an adult: "they have been intimate", "had relations with the manager".
    '{have} been intimate|physical together|before|once|twice|repeatedly|regularly|on|at|in|since',
    '{have} relations with him|them|men|@romance-adult-ref',
    '{fool}|{mess}|{play} around with @romance-adult-ref',
    '{lose} $poss virginity to|with',
    'sexual experience|experiences|encounter|encounters with',
    'first sexual experience',
    // "Sexual activity with …" whoever follows, but not the offence wording
    // ("sexual activity with a child"), and euphemisms for violent abuse ("rough sex").
    'sexual activity|contact|relations with',
    'rough|kinky|wild sex',
    'sex games',
  ],
  unless: [
    'romance-peer',
    {
      followedBy: [
        'a|the? child|children|minor|minors|person|persons|young-person|young-people|family-member|vulnerable|mentally|disabled|boy|girl|under',
      ],
      within: 1,
    },
    {
      precededBy: [
        'charged|convicted|accused|suspected|arrested|cautioned|guilty|offences|offence|count|counts|indictment of|with|for',
      ],
      within: 3,
    },
    {
      precededBy: [
        'non-consensual|nonconsensual|unlawful|illegal|underage|under-age|penetrative|non-penetrative',
      ],
      within: 1,
    },
    {
      precededBy: [
        'offence of',
        'offences of',
        'attempted',
        '{engage}|{participate}|{partake} in',
        '{have}|{consent}|{agree} to',
        'to|into|in',
        'underage|under-age|illegal|unlawful',
      ],
      within: 1,
    },
  ],
  guards: {age: true},
  message: '`{actual}` calls the sexual abuse of a child “sex”, which implies it was mutual',
  suggestions: ['was raped by', 'was sexually abused by'],
  note: 'Sex between an adult and a child is abuse, and calling it sex downplays it and implies mutuality. Name what the adult did: raped or sexually abused the child.',
  sources: ['ZT', 'LSCB-TBL', 'ROSA', 'SOA-AGE'],
  examples: {
    incorrect: [
      'They [[have been intimate on]] several occasions; she is 14.',
      'Jade (15) and Deano (29) [[had been physical at]] the flat.',
      'Mia (14) [[had relations with the manager]] of the takeaway.',
      {
        text: 'She [[had sex with]] the 24-year-old at his flat.',
        suggestions: ['was raped by', 'was sexually abused by'],
      },
      'Mia, 14, is [[having sex with]] several men from the takeaway.',
      'Amira [[had sexual intercourse with]] him on at least three occasions.',
      'The man [[has sex with]] Ellie (15) in his car.',
      'Kayleigh (14) [[had intercourse with]] the man twice.',
      'Kayleigh (14) has been [[having sex]] at the address since May.',
      'Mia (15) and the 30-year-old [[made love]] in the hotel room.',
      'The log records [[sexual intercourse with]] Jade (14) in the car.',
      'Police found evidence of [[sexual activity with the 30-year-old]] at the flat.',
      'There has been [[sexual contact with men]] at the address since May.',
      'CCTV showed [[sexual activity with an older man]] in the car park.',
      'Ruby (14) and the lodger have [[been intimate with]] each other, staff think.',
      'Mia (13) [[got physical with]] the 22-year-old at the party.',
      'Kayleigh (14) has been [[messing around with older men]] at the park.',
      'She [[lost her virginity to]] a 24-year-old she met online.',
      'Her [[first sexual experience]] was with a man of 30.',
      'Concern: [[sexual encounters with]] older men at parties',
      'Presenting issue: [[sexual activity with]] Adult 2 at the hotel',
      'Paediatric note: injuries consistent with [[rough sex]] (pt 15)',
      'Ellie (14) described [[sex games]] at the flat with two men.',
    ],
    correct: [
      'The school has good relations with the local police.',
      'Her parents have been intimate partners for ten years.',
      'Jade (13) was raped by the 24-year-old at his flat.',
      'Anna, 22, had sex with her partner of two years.',
      'The man was charged with rape of a child under 13.',
      'He was charged with sexual activity with a child under section 9.',
      'Offence: sexual activity with a child (SOA 2003 s9)',
      'The 40-year-old was convicted of sexual activity with a girl of 14.',
      'The guidance warns against phrases such as "had sex with" about a child.',
      'Jade did not have sex with anyone; the man assaulted her.',
    ],
  },
} satisfies RuleSpec
