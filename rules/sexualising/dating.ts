import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'dating',
  category: 'sexualising',
  severity: 'error',
  target: 'term',
  phrases: [
    '{be} dating',
    '{date} him|men|adults',
    '{date} a|an? older|adult|grown man|men|guy|male',
    '{be} going out with',
    '{go} out with him',
    '{go} out with a|an? older|adult man|men|guy|male|boy|boys|woman',
    '{be} seeing someone',
    '{start}|{begin} seeing|dating',
    '{be} seeing a|an? older|adult man|men|guy|male|boy',
    '{be} an item',
    '{be}|{get} engaged to',
    '{see} a _ year old',
  ],
  unless: [
    {precededBy: ['sugar'], within: 1},
    {
      followedBy: [
        '$poss|the? friend(s)|mate(s)|family|mum|mother|dad|father|sister|brother|cousin(s)|class|school|team|carer(s)|nan|gran|aunt|youth|counsellor|therapist',
      ],
      within: 1,
    },
  ],
  guards: {age: true},
  message: '`{actual}` presents contact between a child and an adult as dating',
  suggestions: ['is being groomed by', 'is in contact with, and being groomed by,'],
  note: 'Dating language turns an adult’s grooming of a child into a romance. Give the adult’s age and describe the contact: where they meet, what the adult gives and what the adult asks for.',
  sources: ['NSPCC-BF', 'LSCB-TBL', 'LM'],
  examples: {
    incorrect: [
      {
        text: 'She [[is dating]] a 22-year-old from the car wash.',
        suggestions: ['is being groomed by', 'is in contact with, and being groomed by,'],
      },
      'Mia has [[been going out with]] the man for three months.',
      'Amira [[dated an older man]] she met on TikTok.',
      'Ellie [[is seeing an older man]] who works at the takeaway.',
      'Mia (13) [[dated him]] for about a month.',
      'Ellie (14) has [[started seeing]] an older man.',
      'The family say Leah (16) [[is engaged to]] a man in his forties from Bury.',
      'Jade (14) has been [[seeing a 23-year-old]] from Bolton.',
      'Kayleigh [[was seeing someone]] much older over the summer.',
      'Jade [[went out with him]] for a few weeks last year.',
      'Kyle (15) [[went out with an older woman]] he met at the gym.',
      'Jade (14) and Deano [[are an item]] now.',
    ],
    correct: [
      'The report dated 4 May sets out the concerns.',
      'Jade went out with her friends from school on Friday.',
      'Anna, 21, is dating a man she met at work.',
      'Mia was going out with her friends when the car stopped.',
    ],
  },
} satisfies RuleSpec
