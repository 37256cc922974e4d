import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'doing-favours',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: [
    '@minimise-hedge? @minimise-errand for|with @minimise-errand-who',
    '@minimise-money for|from doing|running|carrying|dropping|delivering|holding|minding|helping',
    '@minimise-hedge @minimise-errand',
    // A child's domestic servitude as family help: "helps the family with the cooking and cleaning".
    '{help} the|$poss family|household with the? cooking|cleaning|housework|childcare|chores|washing|school-run|children|babies|baby|laundry',
    '{help} out? around|round the house|home for|with the|$poss family|household',
    '{earn} $poss? @minimise-money by|for|from doing|running|carrying|cleaning|cooking|helping',
  ],
  unless: [
    'family-view-reported',
    'jv-reported-framing',
    'jv-mistaken-for',
    // Errands for family: "pocket money for running errands for his nan".
    {
      followedBy: [
        'for|with $poss? mum|mother|dad|father|nan|gran|grandma|grandad|grandparents|parent|parents|carer|carers|aunt|auntie|uncle|teacher|neighbour|family',
      ],
      within: 3,
    },
    {
      precededBy: [
        'mum|mother|dad|father|nan|gran|grandma|grandad|grandparents|parent|parents|carer|carers|foster|aunt|auntie|uncle|teacher|school|staff|neighbour',
      ],
      within: 6,
    },
    {followedBy: ['at home|school|church|the-home|the-unit', 'around|round the house|home']},
  ],
  message: '`{actual}` describes exploitation as a favour or an errand',
  suggestions: [
    'was made to [carry / deliver / hold] [item] for [adult]',
    'was given [amount] by [adult] to [task]',
  ],
  note: 'Exploiters present the first tasks as favours or errands and the pay as pocket money; this is how children are drawn in. Name the task, who set it, what was given and what the child owed.',
  sources: ['NSPCC-CCE', 'TCS-YJLC', 'CARDIFF-LANG', 'PACE-DEBT'],
  examples: {
    incorrect: [
      'Cody, 12, is just a cheeky lad who [[runs the odd errand for the older lads]].',
      {
        text: 'Keyworker session – R was [[just doing a favour for a mate]] dropping a parcel off in Stoke',
        suggestions: [
          'was made to [carry / deliver / hold] [item] for [adult]',
          'was given [amount] by [adult] to [task]',
        ],
      },
      'Referral reason: [[pocket money for running errands for the older boys]]',
      'Kai (14) [[does bits for a mate]] of his cousin.',
      'She was [[doing favours for a friend]] of her brother, carrying a bag to Stoke.',
      'Tyler gets [[a few quid for dropping]] bags at the station.',
      '- [[doing little jobs for the men]] at the car wash',
      'Precious (12) [[helps the household with the childcare]] and the laundry.',
      'He [[earns his pocket money by cleaning]] the flat above the shop.',
      'She [[helps out around the house for the family]] she lives with.',
    ],
    correct: [
      'She helps her mum with the cooking on Sundays.',
      'The family state that the child is just helping out; the referral was made the same day.',
      'Jade was made to carry bags to Stoke for Deano, who gave her £20.',
      'Her mum gives her pocket money for doing chores at home.',
      'Kai runs errands for his nan on Saturdays.',
      'Avoid phrases such as "running errands for the olders" in a referral.',
      'Leah helps out at the youth club on Tuesdays.',
      'Nico gets pocket money for running errands for his nan.',
    ],
    info: ['He says he was [[only helping out]] a friend of his cousin.'],
  },
} satisfies RuleSpec
