import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'young-woman',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    '{be}|{become}|{seem} a young woman|lady',
    '{be}|{become}|{seem} a _ young woman|lady',
    'as a young woman|lady',
    'this|the young woman|lady',
    'a mature|confident|capable|independent young woman|lady',
    'a young woman|lady',
    'young lady|ladies',
    'young woman|lady',
  ],
  unless: [
    {
      precededBy: [
        'officer|officers|PC|DC|DS|PCSO|sergeant|constable|worker|nurse|teacher|interpreter|carer|manager|receptionist|driver|suspect|offender|perpetrator|man|woman|adult|landlord|boss|mother|mum|father|dad|sister|brother|cousin|uncle|aunt|partner|girlfriend|boyfriend|solicitor|advocate|guardian|mentor|volunteer',
      ],
      within: 1,
    },
    {precededBy: ['a|an|the|this|these|those'], within: 1},
    {followedBy: ['of']},
  ],
  guards: {age: true},
  message: '`{actual}` uses an adult noun for a child',
  suggestions: ['a 15-year-old girl', 'the child'],
  note: 'Adult nouns erode the fact that the person is a child. Use "girl", "child", "young person" or the name and age.',
  sources: ['TCS-YJLC', 'DAVIS', 'HMICFRS-ADULT'],
  examples: {
    incorrect: [
      {
        text: 'Jade, 15, [[is a young woman]] who knows her own mind.',
        suggestions: ['a 15-year-old girl', 'the child'],
      },
      'Mia (14) [[is a sensible young lady]] according to the hotel manager.',
      'Amira, aged 13, was found in Leeds. [[The young woman]] was in a flat with three men.',
      'Ella (15) comes across as [[a confident young woman]] at school.',
      'Staff describe Ella (15) as [[a capable young woman]].',
      'Aisha was born in 2011. [[This young lady]] has been missing four times.',
      'Officers found [[a young woman]] at the flat in Crewe, later identified as Leah (16).',
      'Leah was 15 at the time and was living [[as a young woman]] in a flat controlled by Deano.',
      'Presentation: [[young woman]], articulate, confident',
      '- [[young lady]] who knows what she wants',
      "[[The young women]] from the children's home were taken to the flat.",
    ],
    info: ['The landlord said two [[young ladies]] aged 14 and 15 stayed in room 6.'],
    correct: [
      'Mia (14) was treated as a young woman by the hotel staff.',
      'Anna, 22, is a young woman who was trafficked to Glasgow at 23.',
      'Jade (15) was picked up by a young woman called Kelly, aged 20.',
      'Amira is a young person who has been exploited by adults.',
      'Avoid nouns such as "young woman" for a 15-year-old.',
      'Leah, 24, is a young woman who now volunteers in Crewe.',
      'Mother: young woman (24), isolated, supportive of the plan',
      'Witness: young woman, 20, works at the chip shop opposite',
      'Dwayne’s mum, a young woman of 29, has asked for help keeping him safe.',
    ],
    knownFalsePositives: [
      'Amira, 15, was taken to the flat. The young woman who answered the door was not identified.',
    ],
    knownMisses: ['The woman, Leah (16), was found at a hotel in Blackpool.'],
  },
} satisfies RuleSpec
