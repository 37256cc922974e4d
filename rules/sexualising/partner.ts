import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'partner',
  category: 'sexualising',
  severity: 'error',
  target: 'relationship',
  phrases: [
    'her partner',
    'lover(s)',
    '{be} $poss partner',
    'new partner',
    'his|their partner',
    '{have} a|an partner',
  ],
  unless: [
    'romance-peer',
    {
      precededBy: [
        'mum|mother|dad|father|nan|gran|aunt|uncle|carer|sister|brother|parent|grandmother|grandfather and?',
      ],
      within: 1,
    },
    {
      followedBy: [
        'agency|agencies|organisation(s)|services|school|force|authority|authorities|charity|charities|police',
        'in crime',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` presents an adult who is abusing the child as the child’s partner',
  suggestions: [
    '[adult], aged [age], who is sexually exploiting [child]',
    'an adult who is grooming [child]',
  ],
  note: 'A child cannot be the partner of an adult who is exploiting them; the word turns abuse into a relationship. Give the adult’s age and say what they are doing.',
  sources: ['NSPCC-BF', 'LSCB-TBL', 'LM'],
  examples: {
    incorrect: [
      'Staff believe Ray [[is her partner]] and he collects her from school.',
      {
        text: 'She is staying with [[her partner]] in Walsall.',
        suggestions: [
          '[adult], aged [age], who is sexually exploiting [child]',
          'an adult who is grooming [child]',
        ],
      },
      'Mia sees the man as a [[lover]] she met online.',
      'Ellie (15) has a [[new partner]] she met online.',
      'Kyle (15) has been staying with [[his partner]], a 34-year-old woman from Hove.',
      'Jade (14) [[has a partner]] who is 35.',
    ],
    info: ['Amira (14) thinks Deano [[is her partner]].'],
    correct: [
      'Jade lives with her mother and her partner in Walsall.',
      'The referral was shared with partner agencies.',
      'Anna, 24, lives with her partner and their baby.',
      'Gary (45) lives with his partner and her son in Bury.',
      'Mum has a partner who works nights.',
      'The school shared the plan with their partner agencies.',
    ],
  },
} satisfies RuleSpec
