import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'keeps-going-back',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    '{keep} going|running|heading back',
    '{keep} returning to',
    '{continue} to go back to',
    '{continue} to return to',
    '{continue} to go|visit there',
    '{continue} to go to the address|flat|house|hotel|property',
    'goes|going back to him|them|the-men|the-group|the-gang',
    'returns|returning to him|the-men|the-group|the-gang',
    '{go} back to him|them|the-men|the-group|the-gang again',
    '@choice-again @choice-return to @choice-exploit-place',
    'returns|returning|goes|going|runs|running|heads|heading|drifts|drifting|gravitates|gravitating back? to @choice-exploit-person',
    // A single return made a habit by what follows (`@choice-again-after`): "went back to the defendants on numerous occasions".
    '@choice-return to @choice-exploit-place @choice-again-after',
    // "still goes back", "keeps drifting back": the return with no place named.
    '@choice-again @choice-return',
    // Going back despite knowing (`@choice-regardless`): "goes anyway", "returns regardless".
    '@choice-return|{go} @choice-regardless',
    '@choice-return to @choice-exploit-place @choice-regardless',
  ],
  unless: [
    'choice-generic-subject',
    'choice-good-complement',
    {followedBy: ['with|accompanied-by police|officers|staff|a-worker|her-worker|his-worker'], within: 3},
    {
      precededBy: [
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents',
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents who|that',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` makes returning to the exploiters sound like the child’s preference',
  suggestions: [
    'has been found at [address] with [adult] on [number] occasions',
    'is still being contacted and controlled by [adult]',
  ],
  note: 'Children usually return to exploiters because of threats, debt, grooming or a trauma bond. Record how the adults keep contact and control, and how often the child has been found with them.',
  sources: ['CARDIFF-LANG', 'COP-MET'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[keeps going back to the flat]] on Ash Road.',
        suggestions: [
          'has been found at [address] with [adult] on [number] occasions',
          'is still being contacted and controlled by [adult]',
        ],
      },
      'Kyle [[keeps returning to the address]] in Hull.',
      'Amira [[continues to go back to the men]] in Leeds.',
      'Tomasz is [[going back to them]] every weekend.',
      'She [[returns to him]] whenever she is moved.',
      'Jade [[continues to return to the hotel]] in Leeds.',
      'Jade [[went back to him again]] on Sunday.',
      'Kiera [[continued to go there]] after the warning notice.',
      'Ryan [[continues to go to the address]] on Roman Road.',
      'Missing hx: [[repeatedly returns to perpetrator’s address]]',
      'Danielle [[always goes back to him]] within a day of being placed.',
      '- [[keeps gravitating back to the same group]] of adults in Walsall',
      'He [[goes back to his exploiters]] within days of each placement.',
      'She [[repeatedly goes back to the 30-year-old]] in Derby.',
      'She [[went back to the defendants on numerous occasions]], per the CPS note.',
      'Charity key worker: he [[still goes back]], there is only so much we can do',
      'She has been warned by staff and [[goes anyway]].',
      'Despite the plan, she [[returned to the flat regardless]].',
    ],
    correct: [
      'Jade has been found at the flat on Ash Road on four occasions with two adults.',
      'Avoid phrases such as "keeps going back" in referrals.',
      'Kyle is not going back to them; he has moved to his aunt in Derby.',
      'Police kept returning to the address to check on her.',
      'Kyle continues to go to school in Derby.',
      'He keeps going back to his nan’s at weekends.',
      'She keeps going back to the youth club on Thursdays.',
      'She returned to the flat with police to collect her things.',
      'Jade went back to the flat on 3 May, where police found her.',
      'She keeps going back to see her grandmother in Hull.',
      'The officers went back to the address on three occasions.',
    ],
  },
} satisfies RuleSpec
