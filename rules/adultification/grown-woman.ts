import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'grown-woman',
  category: 'adultification',
  severity: 'error',
  target: 'label',
  phrases: [
    '{be}|{seem} a grown woman|man|adult',
    'like a grown woman|man|adult',
    'as a grown woman|man|adult',
    '{be}|{seem} a young adult',
    'practically|basically|virtually|almost|nearly|effectively an adult',
  ],
  unless: [
    {
      precededBy: [
        'officer|officers|PC|DC|DS|PCSO|sergeant|constable|worker|nurse|teacher|interpreter|carer|manager|receptionist|driver|suspect|offender|perpetrator|man|woman|adult|landlord|boss|mother|mum|father|dad|sister|brother|cousin|uncle|aunt|partner|girlfriend|boyfriend|solicitor|advocate|guardian|mentor|volunteer',
      ],
      within: 1,
    },
  ],
  guards: {age: true},
  message: '`{actual}` describes the child as an adult',
  suggestions: ['a 15-year-old child', 'a child'],
  note: "Calling a child a grown woman or man denies their childhood and the protection that comes with it. Give the child's age.",
  sources: ['DAVIS', 'HMICFRS-ADULT', 'CASEY'],
  examples: {
    incorrect: [
      {
        text: 'Jade (15) [[is a grown woman]] in the eyes of the men at the hotel.',
        suggestions: ['a 15-year-old child', 'a child'],
      },
      'Kyle, 14, behaves [[like a grown man]] and does not want help.',
      'Staff treat Amira (16) [[as a grown adult]] who can make her own decisions.',
      'Jade (17) [[is a young adult]] and can choose where she lives.',
      'Kyle is 17 and [[practically an adult]], the officer wrote.',
    ],
    correct: [
      'Lisa, 34, is a grown woman and was at the address when police arrived.',
      'Jade is a 15-year-old child who was abused by a grown man.',
      'Avoid phrases like "a grown woman" about a child.',
    ],
  },
} satisfies RuleSpec
