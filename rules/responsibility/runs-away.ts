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
  ],
  unless: [
    'young-people-in-general',
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
      'Jade ran away from the men at the flat and called 999.',
      'The two men ran off when police arrived.',
      'Kyle left the placement at 21:00 and was found in Hull with two adults.',
      'Avoid phrases such as "repeatedly runs away" in referrals.',
    ],
  },
} satisfies RuleSpec
