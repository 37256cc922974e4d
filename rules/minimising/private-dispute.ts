import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'private-dispute',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: [
    '@minimise-mutual',
    '@minimise-teen-adj|drug|drugs|personal|private|money? @minimise-deal (that|which)? {go}|{turn} wrong|bad|sour',
    '@minimise-teen-adj|drug|drugs|personal|private|money? @minimise-deal gone wrong|bad|sour',
    'a|an? personal|private|domestic|money|drug|drugs dispute|matter|issue|row|beef between (friends|mates|peers|them|the-two|the-boys|the-lads)',
    'a|an? falling out|fallout|row|dispute|squabble|beef between friends|mates|peers',
    // Violence or control made a quarrel (`@falling-out-noun`): "just a squabble", "a playground scuffle", "a tiff between the boys".
    'just|only|simply|merely|nothing-more-than|nothing-but a|an? silly|petty|minor|little|teenage|playground|bit-of-a? @falling-out-noun|row|disagreement|misunderstanding|argument',
    '@det? silly|petty|minor|little? @falling-out-noun between|among|amongst friends|peers|mates|kids|pupils|teenagers|teens|the-boys|the-girls|the-lads|youngsters',
    // The parties made rivals of an age: "a falling-out between rival teenagers", "a row between two lads".
    '@det? silly|petty|minor|little? @falling-out-noun|row between|among|amongst rival|two|young|local|the-two|the|some @jv-child-noun|youngsters|youths|teens|teenagers|friends|peers|mates',
    'playground|schoolyard|teenage|childish @falling-out-noun',
  ],
  unless: [
    'jv-reported-framing',
    'jv-mistaken-for',
    {precededBy: ['not|never|rather-than|instead-of'], within: 2},
    // The tail of "(not) six of one and half a dozen of the other": the whole idiom decides.
    {precededBy: ['six of one and'], within: 4},
    // Adults measured against each other, not a child against the adults.
    {precededBy: ['men|males|adults|parents|officers|neighbours|brothers|landlords'], within: 3},
  ],
  message: '`{actual}` recasts exploitation as a quarrel between equals',
  suggestions: ['[adult] [threatened / assaulted / made] [child] [do what] over a debt of [amount]'],
  note: 'A child and the adults who exploit them are not equals, and a "debt" or "deal" is usually how the adults control the child. Say who did what to whom, and what the child was made to owe.',
  sources: ['CCE-DEF', 'PACE-DEBT', 'CARDIFF-TERMS', 'NSPCC-CCE'],
  examples: {
    incorrect: [
      'School log: [[a squabble between peers]], no further action.',
      'Riley (15), beaten by older lads over a drugs debt; put down as [[a falling-out between rival teenagers]].',
      'The stabbing was logged as [[a row between two lads]] from the estate.',
      'Police recorded it as a [[playground scuffle]].',
      'It was [[only a silly tiff]] with the older lads.',
      'The stabbing was [[just a squabble]] over money.',
      {
        text: "Detective's entry: this is a [[playground drug deal gone wrong]], not trafficking",
        suggestions: ['[adult] [threatened / assaulted / made] [child] [do what] over a debt of [amount]'],
      },
      'The stabbing was a [[drug debt gone wrong]] according to the officer.',
      'School: [[six of one and half a dozen of the other]]',
      'It was [[a falling out between friends]] over money, the PCSO noted.',
      'She hit him back, [[it takes two]].',
      'The PCSO recorded [[a personal dispute between the lads]] over money.',
      'The assault on Kai (15) was a [[deal that went wrong]].',
    ],
    correct: [
      'There was a feud between rival gangs over the Hull line.',
      'The review found the assault had been logged as a row between two lads; it was exploitation.',
      'This was not just a squabble; Kyle was beaten over a debt.',
      'Leah had a tiff with her mum on Sunday.',
      'Avoid describing debt enforcement as a squabble.',
      'Kai was stabbed by an adult who said he owed £400 for lost drugs.',
      'This was not a deal gone wrong: Deano, 27, set up the debt to control Kai.',
      'Avoid phrases such as "six of one" about a child and an adult.',
      'The deal with the landlord fell through in May.',
      'The two men were as bad as each other, the witness said.',
      'It is not six of one and half a dozen of the other: Jade is 14 and the men are adults.',
    ],
  },
} satisfies RuleSpec
