import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'fondling',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: [
    '{fondle}',
    'fondling',
    '{grope}',
    'groping',
    '{touch} $obj up',
    'touched up',
    'touching up',
    '{feel} $obj up',
    '{caress}',
    'caressing',
  ],
  unless: [
    {
      followedBy: [
        '$poss make|makeup|paint|paintwork|nails|hair|photo|photos|picture|pictures|lipstick',
        'the paint|paintwork|photo|photos|picture|pictures',
      ],
    },
  ],
  message: '`{actual}` softens a sexual assault on a child',
  suggestions: ['sexually assaulted [child] by touching [body part]'],
  note: 'Words such as "fondled" and "touched up" make sexual assault sound minor. Say the adult sexually assaulted the child and describe what was done.',
  sources: ['ZT', 'LUX', 'LSCB-TBL'],
  examples: {
    incorrect: [
      'The driver [[caressed]] her leg in the car.',
      'Staff saw the lodger [[caressing]] her on the sofa.',
      {
        text: 'The man [[fondled]] Jade in the back of the car.',
        suggestions: ['sexually assaulted [child] by touching [body part]'],
      },
      'The man [[groped]] Mia at the party.',
      'Deano was seen [[fondling]] Jade in the car park.',
      'The man kept [[touching up]] the girls at the party.',
      'Deano [[touched her up]] while the others watched.',
      'The driver was [[groping]] Amira during the journey.',
      'She was [[touched up]] by two men at the hotel.',
      'The man [[felt her up]] in the taxi.',
    ],
    correct: [
      'The driver sexually assaulted her by touching her leg in the car.',
      'The man sexually assaulted Jade by touching her breasts in the car.',
      'Avoid words like "fondled" when recording sexual assault.',
      'Jade touched up her make-up before the review meeting.',
    ],
  },
} satisfies RuleSpec
