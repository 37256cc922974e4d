import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'inappropriate-relationship',
  category: 'sexualising',
  severity: 'error',
  target: 'term',
  phrases: [
    'inappropriate|unsuitable|unhealthy|age-inappropriate|unlawful|illegal|forbidden relationship|friendship',
    'inappropriate|unsuitable sexual|romantic relationship',
    'age-gap relationship(s)',
  ],
  unless: [
    {
      precededBy: [
        'signs of an?',
        'recognise|recognising|spot|spotting|identify|identifying an?',
        'about|on|healthy and',
        'what',
      ],
      within: 1,
    },
    {followedBy: ['education', 'lessons|workshop(s)|programme|sessions'], within: 1},
  ],
  guards: {age: true},
  message: '`{actual}` softens the sexual abuse of a child into an unsuitable relationship',
  suggestions: ['abusive situation', 'exploitative situation'],
  note: 'An adult’s sexual contact with a child is abuse, not an inappropriate relationship. Name it as abuse or exploitation and describe what the adult did.',
  sources: ['LM', 'NSPCC-BF', 'ROSA', 'LSCB-TBL'],
  examples: {
    incorrect: [
      {
        text: 'She is in an [[inappropriate relationship]] with a 31-year-old man.',
        suggestions: ['abusive situation', 'exploitative situation'],
      },
      'Mia has an [[unhealthy relationship]] with the taxi driver.',
      'The school was aware of an [[inappropriate friendship]] between Amira and the caretaker.',
      'Ellie’s [[unsuitable sexual relationship]] with the lodger continued.',
      'Kyle has an [[illegal relationship]] with the 40-year-old.',
      'Police logged it as an [[age-gap relationship]] and closed the case.',
    ],
    correct: [
      'The session helps pupils spot signs of an unhealthy relationship.',
      'The school delivers healthy relationships education in Year 9.',
      'The 31-year-old man is sexually abusing Jade (14).',
      'Inappropriate relationships: a significant age gap, control and dependence.',
    ],
  },
} satisfies RuleSpec
