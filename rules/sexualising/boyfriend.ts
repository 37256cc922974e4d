import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'boyfriend',
  category: 'sexualising',
  severity: 'error',
  target: 'relationship',
  phrases: [
    'boyfriend(s)',
    'girlfriend(s)',
    "boyfriend's|girlfriend's",
    'bf',
    'fiancé(s)|fiance(s)|fiancée(s)|fiancee(s)',
    'boy friend(s)',
    'girl friend(s)',
    // Colloquial partner nouns: "Bethany's fella", "her bloke", "his gf".
    'gf',
    // Common slips of the keyboard.
    'boyfreind(s)|girlfreind(s)|boyfirend(s)|girlfirend(s)',
    'fella|feller',
    '$poss bloke|beau|squeeze|hubby|sweetheart',
    '$poss other half',
    // "her man", "her older man": the adult as the child's man.
    // "Her older fella" is older-boyfriend's (`@romance-age-mod @romance-partner-noun`).
    'her @romance-age-mod? man|guy|lad',
    // "her b/f", "Kayla's g/f": the tokeniser splits at the slash, so the phrase finds the "b".
    '$owner b|g',
    'by|with|from|at|to|and b|g',
  ],
  unless: [
    'romance-peer',
    'partner-word-hedged',
    {
      precededBy: [
        'ex',
        'having a|an older|adult',
        'boyfriend(s)|girlfriend(s)|partner(s) or|and',
        'a|an|the|$poss? boyfriend|girlfriend /',
      ],
    },
    'any-partner-after',
    // "some fella in his 40s", "this bloke from the chip shop": a man, not a partner.
    {precededBy: ['some|this|that|random|one|another|any'], within: 1},
    {
      followedBy: ['@romance-slash-not-f|bag|bags|flu|hood|power|servant|management|marking|handled|handles'],
      within: 1,
    },
    // A peer: "a girlfriend in her year group", "her boyfriend from school".
    {followedBy: ['in|at|from $poss|the year|class|form|school|college|tutor|year-group']},
  ],
  message: '`{actual}` presents an adult who may be grooming the child as a romantic partner',
  suggestions: ['abuser ([adult], aged [age])', 'adult ([adult], aged [age]) who is grooming [child]'],
  note: 'Calling an adult or an unknown older person a child’s boyfriend turns grooming into a romance and masks the risk. Give the person’s age and say what they are doing; put the child’s own word in quotation marks.',
  sources: ['NSPCC-BF', 'LSCB-TBL', 'NWALES', 'LM'],
  examples: {
    incorrect: [
      {
        text: 'She stays at the flat of her [[boyfriend]] most weekends.',
        suggestions: ['abuser ([adult], aged [age])', 'adult ([adult], aged [age]) who is grooming [child]'],
      },
      'Mia’s [[boyfriend]], aged 23, collects her from school.',
      'Kyle met his [[girlfriend]] online; she is 25.',
      'Amira has several [[boyfriends]] who are in their twenties.',
      'Jade (14) goes to her [[boyfriend’s]] flat most weekends.',
      'Ellie stays with her [[bf]] in Crawley at weekends.',
      'Kayleigh’s [[boy friend]] drives a silver Golf.',
      'Ruby (15) lives with her [[fiancé]], who is 29.',
      'Kyle (15) stays with his [[girl friend]] in Bognor; she is 30.',
      'Demi’s [[fella]] is 28 and she is 13.',
      'Her [[boyfreind]] (26) collects her from the unit.',
      'Jade (14) is staying at [[her bloke’s]] flat, her mum thinks.',
      'Kyle (15) and his [[gf]], who is 22, were found at a hotel.',
      'Mia (14) spends weekends with [[her other half]], who is 27.',
      'DSL log: Y8 girl dropped at the school gates by [[her older man]] again',
      'Handover: Jas back at 2am, dropped off by [[her b]]/f (23)',
      'Police log: girl pushed [[by b]]/f (26) outside the Co-op',
      'She is now living with [[her man]], a 30-year-old from Bury.',
    ],
    correct: [
      'Her boyfriend (15) reported her missing and told police where she was.',
      'Mia’s 15-year-old boyfriend walked her home from school.',
      'Avoid the word "boyfriend" for an adult who is grooming a child.',
      'Anna, 22, lives with her boyfriend in Luton.',
      'Signs include having a boyfriend or girlfriend who is much older.',
      'Her mum’s fella drove Jade to school on Monday.',
      'Jade was given a lift by some fella in his forties from Oldham.',
      'Tia (15) has a girlfriend in her year group; no concerns about that relationship.',
      'Jade has a boyfriend of her own age who walks her to school.',
      'Her peer boyfriend told a teacher about the men in the car.',
      'She was pleased with her B grade in English.',
      'Mum said her man-bag had been taken from the car.',
      'Handover: her b/f (15) from Year 11 walked her back to the unit.',
      "Mum's boyfriend, 40, has been told not to attend the address.",
      'Dad’s girlfriend (32) drove Kayla to the station.',
      'Tia’s girlfriend, a 15-year-old from the same estate, raised the alarm.',
      'Relationships: boyfriend (Year 11, same school), no concerns',
      'Boyfriend – Tyler, 15 – same school',
      'Grace is 20 and lives with her boyfriend in Hull.',
      'Her boyfriend is 15 too and they are in the same form.',
    ],
    info: [
      'Jade calls him her "[[boyfriend]]"; he is 24.',
      // Scare quotes with no speaker: the writer keeps the word at a distance.
      "Her '[[boyfriend]]' is 32 and has convictions for sexual offences.",
      "Concerns:\n- going missing\n- older '[[boyfriend]]' (24)",
    ],
  },
} satisfies RuleSpec
