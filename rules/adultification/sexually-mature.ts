import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'sexually-mature',
  category: 'adultification',
  severity: 'error',
  target: 'label',
  phrases: [
    'sexually mature|developed|precocious? for $poss age',
    'sexually mature|developed',
    'physically mature|developed',
    'well developed for $poss age',
    'developed for $poss age',
    'the body of a woman',
    'the body of an adult',
  ],
  guards: {age: true},
  message: "`{actual}` describes the child's body as adult, which implies they could consent",
  suggestions: ['is 14', 'was sexually abused by [adult]'],
  note: "A child's physical development does not make them an adult or able to consent. Give the age and describe what the adults did.",
  sources: ['DAVIS', 'HMICFRS-ADULT', 'CASEY'],
  examples: {
    incorrect: [
      {
        text: 'Jade is [[sexually mature]] and the men thought she was older.',
        suggestions: ['is 14', 'was sexually abused by [adult]'],
      },
      'Mia is [[sexually developed for her age]] according to the hotel night manager.',
      'Amira is [[physically developed]] and looks 18.',
      'Kyle is [[well-developed for his age]] and was treated as an adult.',
      'The hotel manager noted she has [[the body of a woman]] and looks 18.',
      'Kyle has [[the body of an adult]] and was handcuffed at the scene.',
      'Mia is [[sexually mature]] for 13 in the view of the GP.',
    ],
    correct: [
      'Ella, 25, is physically developed and works as a personal trainer.',
      'Avoid phrases such as "sexually mature" about a child.',
      'Jade is 14 and was sexually abused by two adult men.',
    ],
  },
} satisfies RuleSpec
