import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'lad',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: ['this|the lad', '{be} a lad', 'a big|capable|handy lad'],
  unless: [
    'adult-role-before',
    {precededBy: ['{call}|{name} $obj', 'other']},
    {
      followedBy: [
        'at|from|outside|near|around|behind|in-the-car|in-the-flat',
        'who|that supply|supplied|sell|sold|run|ran|drive|drove|own|owned|are|were|have|had|live|lived|gave|give|pick|picked|hang|hung|work|worked|use|used',
      ],
    },
  ],
  guards: {age: true},
  message: '`{actual}` uses an informal, adult-leaning noun for a child',
  suggestions: ['the boy', 'the child'],
  note: 'Informal adult-leaning nouns make it easier to forget that the person is a child. Use "boy", "child" or the name and age.',
  sources: ['TCS-YJLC', 'SAFESOUND', 'DAVIS'],
  examples: {
    incorrect: [
      {
        text: 'Jay is 14. [[The lad]] was found with £600 in cash.',
        suggestions: ['the boy', 'the child'],
      },
      'Kyle (15) [[is a lad]] who can handle himself, according to the log.',
      'Tomasz, aged 13, is [[a big lad]] so officers used handcuffs.',
      'Aaron was born in 2010. [[This lad]] has been arrested in Exeter twice.',
    ],
    correct: [
      'Callum, 19, is a lad from the same estate who drove the car.',
      'Jay (14) was seen with other lads at the station.',
      'The boy, aged 14, was found with £600 in cash.',
      'Avoid calling a child "the lad" in a referral.',
      'The lads who supply L with weed are 19 and 21.',
      'The home manager described the lads at the shisha bar as a bad crowd.',
    ],
  },
} satisfies RuleSpec
