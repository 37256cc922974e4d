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
  ],
  unless: [{followedBy: ['goods|possessions|belongings|wealth|things']}],
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
    ],
    correct: [
      'His worldly possessions were in one rucksack when he was found in Hull.',
      'The 30-year-old man knows the streets of Hull well and drove her there.',
      'Jay does not know the streets of Cardiff; he was driven there by Liam.',
      'Practitioners should avoid terms like "worldly" for a child.',
    ],
  },
} satisfies RuleSpec
