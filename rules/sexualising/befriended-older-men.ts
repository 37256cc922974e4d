import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'befriended-older-men',
  category: 'sexualising',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{befriend} older|adult|much-older men|males|man|male|guys',
    '{befriend} a|an? older|adult man|male|guy|woman',
    '{befriend} men|males|adults',
    '{make}|{become} friends with older|adult men|males|guys',
    '{make}|{become} friends with a|an? older|adult man|male|guy',
    '{be} friends with older|adult men|males|guys',
    '{be} friends with a|an? older|adult man|male|guy',
    // Familiarity with an adult told as friendship: "treats the 40-year-old like her best mate", "chatting to the driver like an old friend".
    '{treat}|{greet}|{hug}|{see} @romance-adult-ref like a|an|$poss old|best|long-lost|close? friend|mate|pal|buddy',
    'like an old|long-lost friend',
    'like old friends|mates',
  ],
  unless: [
    // A worker or a peer the child greets as a friend: "greeted her key worker like an old friend".
    {
      precededBy: [
        'worker|workers|teacher|nurse|officer|officers|staff|carer|carers|mentor|keyworker|key-worker|social-worker|pcso|gp|doctor|advocate|volunteer|me|us|nan|gran|mum|dad|sister|brother|cousin|classmates|friends',
      ],
      within: 3,
    },
  ],
  message:
    '`{actual}` presents contact that adults set up to groom the child as a friendship the child chose',
  suggestions: ['was contacted and groomed by older men', 'was targeted by older men'],
  note: 'Adults who exploit children often pose as friends; describing the child as befriending them hides who started the contact and why. Say how the adult made contact and what they did next.',
  sources: ['NSPCC-LIST', 'LM', 'UKCIS'],
  examples: {
    incorrect: [
      {
        text: 'She [[befriended older men]] at the bus station.',
        suggestions: ['was contacted and groomed by older men', 'was targeted by older men'],
      },
      'Mia [[befriended an older man]] on Instagram.',
      'Amira has [[befriended men]] who hang around the park.',
      'Kyle [[made friends with older males]] from the estate.',
      'Ellie [[became friends with an adult man]] through a gaming site.',
      'Jade [[is friends with older men]] from the takeaway.',
      'Kayleigh [[was friends with an older guy]] who had a car.',
      'Jade (14) [[treats the 40-year-old like her best mate]].',
      'CCTV: the girl chatting to the driver, 38, [[like an old friend]].',
      'She and the lodger (52) laugh together [[like old friends]].',
    ],
    correct: [
      'She greeted her key worker like an old friend.',
      'The two men talked like old friends.',
      'An adult befriended and then groomed Jade (14) at the bus station.',
      'Mia was befriended by a 30-year-old man on Instagram.',
      'Jade (14) was befriended by older men at the bus station.',
      'The 40-year-old befriended older men at the club.',
    ],
  },
} satisfies RuleSpec
