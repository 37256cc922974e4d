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
    // A form's bare "partner": "has moved in with partner (24)", "settled with partner".
    '{move} in with partner',
    '{live}|{stay}|{settle}|{sleep} down? with partner',
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
      precededBy: [
        'mum|mother|dad|father|nan|gran|aunt|uncle|carer|carers|sister|brother|parent|parents|grandmother|grandfather|cousin',
      ],
      within: 3,
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
      'Closure reason: YP (16) has [[moved in with partner]] (26) and is settled.',
      'Housing: Demi, 15, [[stays with partner]] in Rochdale most nights.',
    ],
    info: ['Amira (14) thinks Deano [[is her partner]].'],
    correct: [
      'The adult male, Dale Pryce (47), was arrested on Friday; his partner, who is 44, has been spoken to.',
      'Marcus Hill, 26, was charged and his partner was present at the flat.',
      'Ruby (14) says her partner, who is 15, goes to the same school.',
      "Mum's partner, Steve, 44, is on bail for assault.",
      'Age: 29. Lives with her partner in Luton and works nights.',
      'Her partner, a 16-year-old from the same college, came to the appointment.',
      'Jade lives with her mother and her partner in Walsall.',
      'The referral was shared with partner agencies.',
      'Anna, 24, lives with her partner and their baby.',
      'Gary (45) lives with his partner and her son in Bury.',
      'Mum has a partner who works nights.',
      'Mum has moved in with partner (41) in Bolton.',
      'Her sister, 20, lives with partner and baby in Leigh.',
      'The school shared the plan with their partner agencies.',
    ],
  },
} satisfies RuleSpec
