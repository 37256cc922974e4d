import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'young-offender',
  category: 'label',
  severity: 'error',
  target: 'label',
  phrases: [
    'young|child|juvenile|teenage|prolific|persistent|serial|repeat offender(s)',
    'child|young perpetrator(s)',
    'young|teenage|child criminal(s)',
    'career criminal(s)',
    'criminal career',
    'prolific|persistent|serial shoplifter(s)|thief|thieves|burglar(s)',
    '{be} a|the criminal',
    '{be} an|the offender',
    'known|regular|habitual|first-time offender(s)',
    // A child marker before an offender noun ("16 y/o perpetrator", "juvenile sex offenders").
    '@crime-child-mod sex? @crime-offender-noun',
    'as an|a @crime-offender-noun',
    '{treat}|{see}|{view}|{regard}|{record}|{log}|{label}|{class}|{classify} as a|an|the? @crime-offender-noun',
    '{be} a|an|the perpetrator',
    // Theft labels stand alone in fields, cells and bullets ("- shoplifter, steals to order").
    'shoplifter|burglar|robber|mugger|pickpocket|thief|thieves',
  ],
  unless: [
    'crime-label-question',
    'crime-label-actor',
    'crime-label-actor-who',
    'crime-label-agent',
    'crime-label-other',
    {
      followedBy: [
        'institution(s)|institute(s)|estate|team(s)|unit(s)|scheme|programme|management|exploitation|justice|responsibility|record(s)|law|court(s)|proceedings|investigation(s)|activity|activities|behaviour|network(s)|gang(s)|group(s)|panel(s)|service(s)|worker(s)|officer(s)|provision|accommodation|wing',
      ],
    },
    {
      precededBy: [
        'brother|brothers|cousin|cousins|stepbrother|stepfather|stepdad|boyfriend|partner|neighbour|landlord|uncle is|was|are|were|been',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` labels an exploited child as an offender',
  suggestions: [
    'child who has been criminally exploited',
    'child criminally exploited by [adult] and arrested for [offence]',
  ],
  note: 'Exploited children should be seen first as victims; the focus belongs on the adults who exploit them, and a statutory defence may apply. Record arrests and charges as facts alongside who made the child offend.',
  sources: ['LM', 'TCS-LP', 'MSA-S45'],
  examples: {
    incorrect: [
      {
        text: 'Dylan, 15, is a [[prolific offender]] known to the youth justice service.',
        suggestions: [
          'child who has been criminally exploited',
          'child criminally exploited by [adult] and arrested for [offence]',
        ],
      },
      'The strategy discussion treated Kai as a [[young offender]] rather than a victim.',
      'She was treated as a [[child perpetrator]] after the robbery.',
      'The officer wrote that Leon [[is a criminal]] and lies to staff.',
      'Jack is seen locally as a [[teenage criminal]].',
      'In this case Tom [[is the offender]], not the victim, the sergeant wrote.',
      'Dylan has been treated as a [[persistent offender]] since the age of 13.',
      'Jodie is a [[prolific shoplifter]] in the city centre.',
      'Callum is a [[known offender]] in the Moss Side area.',
      'At 16 he is already a [[career criminal]] in the eyes of the panel.',
      'Jay has a [[criminal career]] at 15, the report says.',
      'Outcome: 15 y/[[o perpetrator]] of burglary x2',
      'Officers logged Amir [[as an offender]] after the raid in Walsall.',
      '- [[shoplifter]], takes orders from adults',
      'Jodie (14) is a [[thief]] and lies about it, her carer wrote.',
      'The twins are known locally as [[burglars]] rather than exploited children.',
      'He has been on the list of [[juvenile sex offenders]] since the age of 13.',
      'In the strategy minutes Kai (15) [[is the perpetrator]] of the robbery.',
      'Outcome: [[treated as perpetrator]], not victim (YP 15)',
      'Kai (15) was [[recorded as the perpetrator]] of the stabbing.',
    ],
    correct: [
      'Dylan was arrested for possession with intent to supply on 2 March after adults made him hold drugs.',
      'Dylan is currently remanded at Cookham Wood Young Offender Institution.',
      'Dylan is not a criminal; he is a child who was exploited.',
      'Avoid labels such as "young offender" for children who have been exploited.',
      'The 40-year-old prolific offender who housed him has been charged.',
      'He was referred to the Prolific Offender Management team by the YOT.',
      'Perpetrator: male, 27, boyfriend of YP’s older sister (26)',
      'The perpetrator, Deano, 29, threatened Kai at the station.',
      'His phone and bank card were taken by a thief at the bus station.',
      'Gary Pike, 52, is a persistent offender with convictions for assault.',
      'Summary: 31 y/o perpetrator of robbery x3, known to police',
    ],
  },
} satisfies RuleSpec
