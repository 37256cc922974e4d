import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'sugar-daddy',
  category: 'sexualising',
  severity: 'error',
  target: 'term',
  phrases: [
    'sugar daddy|daddies|dad|dads|mummy|mummies|mommy|baby|babies',
    'sugardaddy|sugardaddies',
    'sugar dating',
    'benefactor(s)',
    'generous older|adult man|men|friend',
  ],
  unless: [{followedBy: ['website(s)|site(s)|app(s)|platform(s)'], within: 1}],
  message: '`{actual}` presents an adult who pays to sexually abuse a child as a generous sponsor',
  suggestions: [
    'man ([adult], aged [age]) who is sexually exploiting [child]',
    'abuser ([adult], aged [age])',
  ],
  note: 'The label turns sexual exploitation into an arrangement the child entered into for gifts. Name the adult, their age, what they give and what they do.',
  sources: ['DFE-CSE', 'LM', 'LSCB-TBL'],
  examples: {
    incorrect: [
      {
        text: 'She has a [[sugar daddy]] who pays for her nails and phone.',
        suggestions: [
          'man ([adult], aged [age]) who is sexually exploiting [child]',
          'abuser ([adult], aged [age])',
        ],
      },
      'Mia is a [[sugar baby]] on Instagram, the school heard.',
      'Amira has been [[sugar dating]] men she meets online.',
      'Jade met a [[sugardaddy]] through a website.',
      'Ellie has a [[benefactor]] who rents her a room.',
      'Kayleigh (14) has a [[generous older man]] who buys her clothes.',
    ],
    correct: [
      'A 45-year-old man gives Jade money and gifts and is sexually exploiting her.',
      'The police closed a sugar daddy website used to contact children.',
      'Avoid terms such as "sugar daddy" for an adult exploiting a child.',
    ],
  },
} satisfies RuleSpec
