import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'gang-member',
  category: 'label',
  severity: 'error',
  target: 'label',
  phrases: [
    'gang member(s)',
    'gang-affiliated|gang-involved|gang-associate(s)',
    'gangster(s)',
    'gang nominal(s)',
    'gangbanger(s)',
    'roadman|roadmen',
    'is|was|are|were|been|being in a gang',
    '{join} a|the gang',
    'member(s) of a|the _? gang',
    'affiliated with a|the _? gang',
    '{be} part of a|the gang',
  ],
  unless: [
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
        'exploited|groomed|controlled|targeted|threatened|recruited|used|trafficked|abused|attacked|stabbed|assaulted by',
      ],
    },
    {
      precededBy: [
        'brother|brothers|cousin|cousins|stepbrother|stepfather|stepdad|boyfriend|partner|neighbour|landlord|uncle is|was|are|were|been',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` labels an exploited child as a member of the group exploiting them',
  suggestions: [
    'child being criminally exploited by [named adults / network]',
    'child exploited by an organised criminal network',
  ],
  note: 'Gang labels are loaded, often applied unevenly to Black boys, and hide the adults doing the exploiting. Say who is exploiting the child and how.',
  sources: ['LM', 'COP-MET', 'YJB-GANG', 'OXON', 'TCS-YJLC'],
  examples: {
    incorrect: [
      'Kai (15) [[is part of a gang]] in Oldham, the PCSO wrote.',
      {
        text: 'Kyle, 15, is a [[gang member]] from the Eastside estate.',
        suggestions: [
          'child being criminally exploited by [named adults / network]',
          'child exploited by an organised criminal network',
        ],
      },
      'Tomasz has been a [[gang nominal]] on the police system since March.',
      'Both boys are described in the strategy notes as [[gang-affiliated]] teenagers.',
      'Marcus was seen as a [[gangster]] by staff at the unit.',
      'The school believes Aiden [[is in a gang]] in Luton.',
      'He [[joined a gang]] in Year 9, according to the referral.',
      'Josh is listed as a [[gang-associate]] on the police system.',
      'Kyle has been a [[member of the gang]] since he was 13.',
      'Jamal is [[affiliated with the Eastside gang]], the officer wrote.',
      'Teachers called him a [[gangbanger]] after the fight in the yard.',
      'At school Reuben is seen as a [[roadman]] by some of the staff.',
    ],
    correct: [
      'Professionals should not describe Kyle as a gang member.',
      'Kyle was threatened by an adult gang member at the bus station.',
      'Gang members took Kyle to a flat in Hull on 3 May.',
      'Two gang members had threatened his mother over the phone.',
      'Avoid labels such as "gang member" when describing the child.',
      'Kyle is not a gang member; he is a child being exploited by Deano, 24.',
      'The 27-year-old gang member who drove the car was arrested.',
    ],
    info: [
      'His mother thinks he [[is part of a gang]] in Oldham.',
      'Kyle said he was a "[[gang member]]" and had to do what he was told.',
    ],
    knownFalsePositives: ['Kyle calls himself a gangster.'],
  },
} satisfies RuleSpec
