import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'young-man',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    '{be}|{become}|{seem} a young man',
    '{be}|{become}|{seem} a _ young man',
    'as a young man',
    'this|the young man',
    // The same adult noun in police or informal wording: "the young male admitted dealing", "a manipulative young lad".
    '{be}|{become}|{seem} a _? _? young male|lad',
    'this|the young male',
    'a mature|confident|capable|independent|strong young man',
  ],
  unless: ['adult-role-before'],
  guards: {age: true},
  message: '`{actual}` uses an adult noun for a child',
  suggestions: ['a 15-year-old boy', 'the child'],
  note: 'Adult nouns erode the fact that the person is a child, and are used disproportionately about Black boys. Use "boy", "child", "young person" or the name and age.',
  sources: ['TCS-YJLC', 'DAVIS', 'HMICFRS-ADULT'],
  examples: {
    incorrect: [
      'Liam (14) [[is a very manipulative young lad]].',
      'Police traced the boy (15); [[the young male]] admitted dealing.',
      'Jay, 13, has [[become a young male]] the staff find hard to manage.',
      'The custody record describes Tomasz (16) [[as a young man]] from Poland.',
      {
        text: 'Kyle, 15, [[is a young man]] who has made some choices.',
        suggestions: ['a 15-year-old boy', 'the child'],
      },
      'Jay (14) [[is a tough young man]] and the elders trust him.',
      'Jay is 14. [[This young man]] was found in a trap house in Exeter.',
      'Kyle (15) presents as [[a strong young man]] who can cope.',
    ],
    correct: [
      'Jay, 15, was found with a young male aged about 25.',
      'Deano, 31, is a young man from Luton.',
      'Tomasz (16) was handcuffed and treated as a young man by officers.',
      'Jordan, 21, is a young man who was exploited at 15.',
      'Kyle (15) was collected by a young man, aged 20, in a grey car.',
      'Jordan, 21, is a young man who lives in Leeds.',
      'Kyle is a 15-year-old boy who was exploited by adults in Exeter.',
      'Terms such as "young man" adultify a 14-year-old.',
    ],
  },
} satisfies RuleSpec
