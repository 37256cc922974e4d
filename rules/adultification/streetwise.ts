import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'streetwise',
  category: 'adultification',
  severity: 'error',
  target: 'label',
  phrases: [
    'streetwise',
    'street wise',
    'streetsmart',
    'street smart(s)',
    'street savvy',
    'savvy beyond $poss years',
    '{be} very|quite|really|so? savvy',
  ],
  unless: ['still-a-child-after', 'hedged-appearance'],
  message: '`{actual}` presents the child as less vulnerable than their age',
  suggestions: [
    '15 years old and has been exposed to [what adults exposed the child to]',
    'a child who has been exploited by [adult]',
  ],
  note: 'Calling a child streetwise suggests they can protect themselves and erodes their vulnerability. State their age and describe what adults have exposed them to.',
  sources: ['OXON', 'RISE', 'SAFESOUND', 'DAVIS'],
  examples: {
    incorrect: [
      {
        text: 'Kyle (15) is [[streetwise]] and knows most of the older boys on the estate.',
        suggestions: [
          '15 years old and has been exposed to [what adults exposed the child to]',
          'a child who has been exploited by [adult]',
        ],
      },
      'Staff say Amira is very [[street-smart]] for a 14-year-old.',
      'He presents as a [[streetsmart]] lad who can get himself home from Leeds.',
      'Jade is [[street savvy]] and was not worried about the men.',
      'Tomasz seems [[savvy beyond his years]] when talking about the flat.',
      'Kyle (14) is [[street wise]] and knows the older boys.',
      'Jay [[is very savvy]] about how to avoid the police.',
      'Both boys were described in the strategy minutes as [[street smarts]] kids.',
      'At 14, she was [[streetwise]] and independent.',
      'Age: 13\nPresentation: [[streetwise]], goes missing',
    ],
    correct: [
      'Avoid words such as "streetwise" when writing about a child.',
      'Kyle is not streetwise; he is a 15-year-old who was groomed by adults.',
      'Deano, 24, is streetwise and runs the line from Manchester.',
      'The men who exploited him were described as streetwise by the officer.',
      // An adult at the time: the age stated as a field, or opening the sentence.
      'Age: 29. Streetwise and independent.',
      'At 20, she was streetwise and independent.',
      'Name: Shannon Reid\nAge: 31\nPresentation: streetwise, settled in her flat',
      'Far from being streetwise, she is a frightened 13-year-old.',
      'It would be wrong to describe Kai as streetwise; he is 12.',
    ],
    info: ['Kyle told me he is "[[streetwise]]" and can look out for himself.'],
  },
} satisfies RuleSpec
