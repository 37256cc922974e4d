import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'only-a-few-times',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: [
    'only|just happened once|twice',
    'only|just happened a few|couple times',
    'only|just happened a couple of times',
    'only a few|couple times',
    'only a couple of times',
    'only once or twice',
    'only|just did it|this|that once|twice',
    'only|just did it|this|that a few|couple times',
    'only|just did it|this|that a couple of times',
    'just once or twice',
  ],
  message: '`{actual}` suggests that abuse matters less because it was infrequent',
  suggestions: ['happened on [number] occasions'],
  note: 'Any sexual or criminal exploitation of a child is serious, however often it happened. Record how many times, when and who was involved.',
  sources: ['ZT', 'LM'],
  examples: {
    incorrect: [
      {
        text: 'The abuse [[only happened once]] according to the file.',
        suggestions: ['happened on [number] occasions'],
      },
      'It [[just happened a few times]] at the flat in Leeds.',
      'Kyle carried drugs for them [[only a few times]].',
      'Jade met the men at the hotel [[only once or twice]].',
      'He [[only happened a couple of times]] to be there, staff wrote.',
      'The men took her to Hull [[just once or twice]].',
      'She was sent to the flat [[only a couple of times]].',
      'Kyle [[only did it once]] for the elders.',
      'Mia [[just did it a few times]] for money.',
      'Jay [[only did it a couple of times]] in Swindon.',
    ],
    correct: [
      'The abuse happened on four occasions between March and May.',
      'Avoid phrases like "only a few times" about abuse.',
      'Jade has met her new social worker on three occasions.',
    ],
    knownFalsePositives: ['Jade has seen her dad only a few times this year.'],
  },
} satisfies RuleSpec
