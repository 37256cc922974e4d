import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'vague-time',
  category: 'indicator',
  severity: 'info',
  target: 'term',
  phrases: [
    'recently',
    'a while ago|back',
    'for a while',
    'some time ago',
    'at some point',
    'in the past',
    'a few times',
    'now and then',
  ],
  message: '`{actual}` leaves out when it happened',
  suggestions: ['on [date]', 'between [date] and [date]', '[number] times since [date]'],
  note: 'The NRM form asks when things happened and how often. Give a date or a loose time frame (for example "early March 2026", "three times since January").',
  sources: ['NRM-FORM'],
  examples: {
    incorrect: [
      {
        text: 'Jade has [[recently]] been seen with older males.',
        suggestions: ['on [date]', 'between [date] and [date]', '[number] times since [date]'],
      },
      'Kyle started carrying a second phone [[a while ago]].',
      'She has been missing [[a few times]] this year.',
      'Amira stayed at the flat [[for a while]].',
      'He was stopped in Leeds [[some time ago]].',
      'She met the man [[at some point]] over the summer.',
      'This has happened [[in the past]] as well.',
      'He goes to the address [[now and then]].',
    ],
    correct: [
      'Jade was seen with two adult males on 14 March 2026.',
      'Kyle has been missing four times since January.',
      'She stayed at the flat from 2 to 5 March.',
    ],
  },
} satisfies RuleSpec
