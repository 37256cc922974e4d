import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'food-for-drugs',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: ['{carry}|{hold}|{move}|{shot}|{run} food', 'food on the line'],
  unless: [
    'slang-explained',
    {
      followedBy: [
        'bank|banks|parcel|parcels|voucher|vouchers|shop|shopping|hygiene|poisoning|allergy|allergies|and|or|items|tray|trays|bag|bags|box|boxes|waste|supplies|orders|deliveries|delivery',
      ],
    },
    {
      precededBy: [
        'no|enough|hot|healthy|fresh|cooked|takeaway|fast|some|any|eat|ate|eating|cook|cooked|cooking|buy|bought|give|gave|given|offer|offered|provide|provided|share|shared|without',
      ],
      within: 2,
    },
  ],
  message: "`{actual}` uses exploiters' slang for drugs",
  suggestions: ['drugs', 'was made to carry drugs'],
  note: '"Food" is exploiters\' slang for drugs and softens what the child was made to carry. Name the drugs and who made the child carry them.',
  sources: ['CARDIFF-TERMS', 'CARDIFF-LANG'],
  examples: {
    incorrect: [
      {
        text: 'Kyle was [[carrying food]] from London to Exeter.',
        suggestions: ['drugs', 'was made to carry drugs'],
      },
      'Jay [[held food]] for the elders at the flat.',
      'He had to keep [[food on the line]] at all times.',
      'Tomasz was [[moving food]] between the two flats.',
      'He was [[running food]] for the elders in Swindon.',
    ],
    correct: [
      'Kyle was given no food for two days at the flat.',
      'The food bank referral was made by the school.',
      'Jay was carrying drugs for adults from London to Exeter.',
      'He put the food in the fridge.',
      'Kyle was carrying food shopping for his nan.',
      'Slang such as "food" for drugs should be explained.',
    ],
  },
} satisfies RuleSpec
