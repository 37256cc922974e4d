import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'runs-away',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{keep} running away|off',
    'repeatedly|constantly|continually|persistently|frequently|regularly|habitually runs|ran|running away|off',
    'ran|runs off',
    'runs|ran away all-the-time|again',
    // Leaving as the child's own move: "takes herself off to Manchester", "took himself off for days".
    '{take} $self off|away',
    // Absence as the child's act: "absents herself from home".
    '{absent} $self',
  ],
  unless: [
    'young-people-in-general',
    // "took herself off to bed", "takes himself away to his room": ordinary withdrawal at home.
    {
      followedBy: [
        'to|for bed|sleep|the-police|the-station|the-gp|a-walk|a-nap|a-shower|a-bath|her-room|his-room|their-room|her-bedroom|his-bedroom|their-bedroom',
      ],
      within: 2,
    },
    {followedBy: ['from him|them|the-men|the-adults|the-address|the-flat|the-car|the-house'], within: 1},
  ],
  message: '`{actual}` treats leaving as a habit rather than a possible sign of exploitation',
  suggestions: [
    'left [place] and was found at [place] with [adult]',
    'has been reported missing [number] times since [date]',
  ],
  note: 'A child who leaves repeatedly may be being drawn away by exploiters or escaping harm. Record when, where they were found and with whom.',
  sources: ['CARDIFF-LANG', 'NSPCC-RISK'],
  examples: {
    incorrect: [
      '[[Absents himself]] from home most weekends.',
      'Jade (14) [[absented herself]] from the placement on Friday.',
      'She [[takes herself off]] to Manchester every weekend, she is 14.',
      'Kai (15) [[took himself away]] for three days.',
      {
        text: 'Jade [[keeps running away]] from her foster placement.',
        suggestions: [
          'left [place] and was found at [place] with [adult]',
          'has been reported missing [number] times since [date]',
        ],
      },
      'Kyle [[repeatedly runs away]] at night.',
      'Amira [[ran off]] with two older boys after school.',
      'Tomasz [[runs away again]] whenever he is moved.',
    ],
    correct: [
      'The carer absented herself from the meeting.',
      'She took herself off to bed early after the interview.',
      'Kai took himself off to the police station to report the men.',
      'Jade ran away from the men at the flat and called 999.',
      'The two men ran off when police arrived.',
      'Kyle left the placement at 21:00 and was found in Hull with two adults.',
      'Avoid phrases such as "repeatedly runs away" in referrals.',
    ],
  },
} satisfies RuleSpec
