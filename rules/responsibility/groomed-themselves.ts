import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'groomed-themselves',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  phrases: ['{groom} $self', 'self-exploiting|self-exploitation|self-exploited', '{exploit} $self'],
  message: '`{actual}` makes the child the source of their own abuse',
  suggestions: ['was groomed by [adult]', 'was exploited by [adult]'],
  note: 'Children do not groom or exploit themselves; an adult does. Name the adult and what they did.',
  sources: ['UKCIS', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'Kyle has in effect [[groomed himself]] by chatting to older men.',
        suggestions: ['was groomed by [adult]', 'was exploited by [adult]'],
      },
      'Jade was seen as [[self-exploiting]] at the hotel.',
      'Amira is [[exploiting herself]] by meeting men for money.',
    ],
    correct: [
      'Jade was groomed by a 30-year-old man on Instagram.',
      'Avoid phrases such as "self-exploiting" about a child.',
      'The man groomed himself a network of children through gaming sites.',
    ],
  },
} satisfies RuleSpec
