import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'vague-people',
  category: 'indicator',
  severity: 'info',
  target: 'term',
  phrases: [
    'some|certain|various men|males|adults|people|individuals',
    'unknown people|individuals',
    'people she|he|they knew',
  ],
  message: '`{actual}` leaves out who the adults were',
  suggestions: ['[number] adult men, aged about [age], known as [names or nicknames]', '[adult]'],
  note: 'Say what is known about the adults: how many, approximate ages, names or nicknames, vehicles, where they were seen. The NRM form asks for exploiter details.',
  sources: ['NRM-FORM'],
  examples: {
    incorrect: [
      {
        text: 'Jade was picked up by [[some men]] in a car.',
        suggestions: ['[number] adult men, aged about [age], known as [names or nicknames]', '[adult]'],
      },
      'Kyle was given a phone by [[certain individuals]] in Hull.',
      'She was staying with [[people she knew]] from the estate.',
      'He was seen with [[unknown people]] at the station.',
    ],
    correct: [
      'Jade was picked up by two men in their thirties, known as "T" and "Ray".',
      'Kyle was given a phone by Marcus, 31, at the station.',
      'Some of the messages were deleted before officers saw the phone.',
    ],
  },
} satisfies RuleSpec
