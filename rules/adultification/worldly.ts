import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'worldly',
  category: 'adultification',
  severity: 'error',
  target: 'label',
  phrases: [
    'worldly',
    'worldly wise',
    '{know} the streets',
    '{know} $poss way around the streets',
    'wise to the streets|street|world',
    'wise to the ways of the world|street|streets',
    '{know} exactly|full-well|perfectly? how the world|streets|street {work}',
    '{know} the score',
    "{know} what's what",
    '{know} $poss way around|round the streets|estate|town|city',
  ],
  unless: [
    {followedBy: ['goods|possessions|belongings|wealth|things']},
    {
      precededBy: [
        'adult|adults|men|man|exploiters|exploiter|dealers|dealer|olders|elders|gang|gangs|they|who',
      ],
      within: 2,
    },
  ],
  message: '`{actual}` suggests the child understands and can manage adult risks',
  suggestions: ['is 14 and has been exposed to [harm] by [adult]', 'has been taken to [place] by [adult]'],
  note: 'Describing a child as worldly or as knowing the streets recasts exposure to exploitation as competence. Give the age and describe who exposed the child to what.',
  sources: ['OXON', 'RISE', 'DAVIS', 'HMICFRS-ADULT'],
  examples: {
    incorrect: [
      {
        text: 'Mia (14) is [[worldly]] and talks about the older men without fear.',
        suggestions: [
          'is 14 and has been exposed to [harm] by [adult]',
          'has been taken to [place] by [adult]',
        ],
      },
      'The youth worker thinks Kyle is [[wise to the streets]].',
      'Staff feel Jay [[knows the streets]] and can get home on his own.',
      'Amira is [[worldly-wise]] for a 13-year-old.',
      'He [[knows his way around the streets]] of Moss Side.',
      'Kyle is [[wise to the streets]] now, the youth worker thinks.',
      'At 14 Tyler [[knows how the world works]], the hostel manager said.',
      'Staff feel Kai (15) [[knows the score]] with the olders.',
      "The manager thought Leah, 15, [[knows what's what]] at the hotel.",
      'The officer noted Kai [[knows exactly how the streets work]].',
      'Leah is [[wise to the ways of the world]] for a 15-year-old.',
      'Jay [[knows his way round the estate]] and the men who use it.',
    ],
    correct: [
      'His worldly possessions were in one rucksack when he was found in Hull.',
      'The 30-year-old man knows the streets of Hull well and drove her there.',
      'Jay does not know the streets of Cardiff; he was driven there by Liam.',
      'Practitioners should avoid terms like "worldly" for a child.',
      'Kai did not know the score; the men told him nothing about the trip.',
      'The adult exploiters know the score and target children in care.',
    ],
  },
} satisfies RuleSpec
