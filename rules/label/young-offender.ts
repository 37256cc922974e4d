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
    'prolific|persistent|serial shoplifter(s)|thief|thieves|burglar(s)',
    '{be} a|the criminal',
    '{be} an|the offender',
    'known|regular|habitual|first-time offender(s)',
  ],
  unless: [
    {
      followedBy: [
        'institution(s)|institute(s)|estate|team(s)|unit(s)|scheme|programme|management|exploitation|justice|responsibility|record(s)|law|court(s)|proceedings|investigation(s)|activity|activities|behaviour|network(s)|gang(s)|group(s)',
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
      'The report calls Dylan (15) a [[young perpetrator]] of robbery.',
      {
        text: 'Dylan, 15, is a [[prolific offender]] known to the youth justice service.',
        suggestions: [
          'child who has been criminally exploited',
          'child criminally exploited by [adult] and arrested for [offence]',
        ],
      },
      'The officer wrote that Leon [[is a criminal]] and lies to staff.',
      'Jack is seen locally as a [[teenage criminal]].',
      'In this case Tom [[is the offender]], not the victim, the sergeant wrote.',
      'Jodie is a [[prolific shoplifter]] in the city centre.',
      'Callum is a [[known offender]] in the Moss Side area.',
      'At 16 he is already a [[career criminal]] in the eyes of the panel.',
    ],
    correct: [
      'The strategy discussion treated Kai as a young offender rather than a victim.',
      'Dylan has been treated as a persistent offender since the age of 13.',
      'She was treated as a child perpetrator after the robbery.',
      'Dylan was arrested for possession with intent to supply on 2 March after adults made him hold drugs.',
      'Dylan is currently remanded at Cookham Wood Young Offender Institution.',
      'Dylan is not a criminal; he is a child who was exploited.',
      'Avoid labels such as "young offender" for children who have been exploited.',
      'The 40-year-old prolific offender who housed him has been charged.',
      'He was referred to the Prolific Offender Management team by the YOT.',
    ],
  },
} satisfies RuleSpec
