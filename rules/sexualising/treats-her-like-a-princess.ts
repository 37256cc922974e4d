import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'treats-her-like-a-princess',
  category: 'sexualising',
  severity: 'warning',
  target: 'term',
  phrases: [
    // An adult's grooming told as courtship: "treats her like a princess",
    // "spoils her rotten", "sweeps her off her feet".
    '{treat} her|him|them like a|his|her|their? princess|princesses|queen|queens|goddess|lady|ladies|prince|king|angel|royalty',
    '{spoil} her|him|them rotten',
    'sweep|sweeps|swept|sweeping her|him|them off $poss feet',
    '{wine} and {dine} her|him|them',
    '{court}|{woo} her|him|them',
  ],
  unless: [
    // Already named as a grooming tactic: "… to gain her trust, which is grooming".
    {
      followedBy: [
        'to gain|win|earn|build|get $poss trust|confidence',
        'which|this|that is|was grooming',
        'as part of the|$poss? grooming',
      ],
      within: 8,
    },
    // A parent's or a carer's love: "Dad treats her like a princess".
    {
      precededBy: [
        'mum|mother|dad|father|nan|gran|grandad|grandma|grandparents|parents|carer|carers|family|uncle|aunt|brother|sister|staff|grandfather|grandmother',
      ],
      within: 2,
    },
  ],
  message: '`{actual}` describes an adult’s grooming of a child as courtship',
  suggestions: [
    '[adult] gave [child] [gifts / attention] to gain her trust, which is a grooming tactic',
    '[adult] is grooming [child] with [gifts / attention]',
  ],
  note: 'Attention, gifts and flattery are how adults groom children; telling them as romance hides the control and the age gap. Say what the adult gave or did, how often, and what followed.',
  sources: ['NSPCC-BF', 'LSCB-TBL', 'DFE-CSE'],
  examples: {
    incorrect: [
      {
        text: 'Rico (29) [[treats her like a queen]] and she (14) adores him.',
        suggestions: [
          '[adult] gave [child] [gifts / attention] to gain her trust, which is a grooming tactic',
          '[adult] is grooming [child] with [gifts / attention]',
        ],
      },
      'The man from the shisha bar [[spoils her rotten]], the SW wrote; she is 15.',
      'He [[swept her off her feet]] when she was 13 and he was 26.',
      'Concerns: 34yo male [[wines and dines her]] at weekends (YP 14)',
      'The 22-year-old has been [[courting her]] since she was 14.',
    ],
    correct: [
      'Her dad treats her like a princess and takes her to school every day.',
      'Rico (29) bought her a phone and trainers and took her to hotels, which are grooming tactics.',
      'Mum spoils them rotten at Christmas.',
      'Dre, 24, treats her like a princess in front of her friends to gain her trust.',
      'She described him as treating her “like a princess”; he is 31 and she is 14.',
    ],
  },
} satisfies RuleSpec
