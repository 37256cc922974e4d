import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'six-of-one',
  category: 'responsibility',
  severity: 'error',
  // Said of the situation ("it is six of one …"), so the words are wrong whoever is the subject.
  target: 'term',
  phrases: [
    // Blame shared equally between the child and the adults (`@choice-equal-blame`).
    '@choice-equal-blame',
  ],
  unless: [
    'choice-generic-subject',
    // "the two men were as bad as each other": adults about adults.
    {
      precededBy: [
        '@not-the-child @be|were|are',
        '@not-the-child @be|were|are both|all',
        '@not-the-child',
        '@not-the-child both|all',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` shares the blame between the child and the adults who abused them',
  suggestions: ['[adult] exploited [child]', 'the adults are responsible for [act]'],
  note: 'Abuse of a child is never a two-way thing: the adults hold the power and the responsibility. Say what each adult did.',
  sources: ['UKCIS', 'ZT', 'DFE-CSE', 'CASEY'],
  examples: {
    incorrect: [
      {
        text: 'The manager said it is [[six of one and half a dozen of the other]] with the men.',
        suggestions: ['[adult] exploited [child]', 'the adults are responsible for [act]'],
      },
      'Staff feel [[it takes two to tango]].',
      'Jade and the lads are [[as bad as each other]], per the log.',
      '- [[both to blame]] for the incident at the flat',
      'Both boys are [[as bad as each other]], the sergeant wrote.',
    ],
    correct: [
      'The two men were as bad as each other, the witness said.',
      'Avoid phrases such as "six of one and half a dozen of the other".',
      'It is not six of one and half a dozen of the other: Jade is 14 and the men are adults.',
    ],
  },
} satisfies RuleSpec
