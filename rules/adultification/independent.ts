import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'independent',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    'independent young man|woman|lady|adult',
    'fiercely|very|extremely|highly|incredibly|too independent',
    '$subj {be} independent',
    // Self-sufficiency claimed for the child: "appears self-sufficient", "fiercely self-reliant".
    '$subj @be @jv-degree? @jv-degree? self-sufficient|self-reliant',
    '@seem|and @jv-degree? @jv-degree? self-sufficient|self-reliant',
  ],
  unless: [
    {
      followedBy: [
        'of|living|advocate|advocates|fostering|visitor|reviewing|guardian|guardians|child|school|sector|living|travel|schools|provider',
      ],
    },
  ],
  guards: {age: true},
  message: '`{actual}` presents the child as self-sufficient and less in need of protection',
  suggestions: ['[describe what the child manages and who supports them]'],
  note: 'Describing an exploited child as independent can hide neglect and control by adults. Describe what the child has to manage and who is responsible for their care.',
  sources: ['DAVIS', 'HMICFRS-ADULT', 'OXON'],
  examples: {
    incorrect: [
      'Asylum screening: the boy (16) [[appears self-sufficient]] and resourceful.',
      'Jakub (15) is quiet [[and very self-reliant]].',
      'He cooks for himself and [[she is very self-sufficient]], mum says.',
      {
        text: 'Kyle (15) is an [[independent young man]] who manages his own travel.',
        suggestions: ['[describe what the child manages and who supports them]'],
      },
      'Jade is [[fiercely independent]] and does not want a carer.',
      'Staff say [[she is independent]] and can get to Birmingham alone.',
    ],
    correct: [
      'The flat is self-sufficient for energy.',
      'Kyle has an Independent Child Trafficking Guardian.',
      'Amira, 20, is an independent young woman living in supported housing.',
      'The independent reviewing officer chaired the meeting.',
      'Avoid labels such as "fiercely independent" for a child.',
    ],
  },
} satisfies RuleSpec
