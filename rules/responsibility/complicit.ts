import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'complicit',
  category: 'responsibility',
  severity: 'error',
  target: 'label',
  phrases: [
    'complicit',
    'complicity',
    'accomplice(s)',
    // Complicity idioms (`@choice-complicity`): "in it up to their necks", "in on it", "partners in crime".
    '@choice-complicity',
  ],
  message: '`{actual}` paints the child as a partner in their own abuse',
  suggestions: ['a victim of [adult]', 'exploited by [adult]'],
  note: 'A child is never complicit in their own exploitation. State what the adults did.',
  sources: ['UKCIS', 'CASEY', 'ZT'],
  examples: {
    incorrect: [
      {
        text: 'Jade was seen as [[complicit]] in what happened at the flat.',
        suggestions: ['a victim of [adult]', 'exploited by [adult]'],
      },
      'Officers questioned her [[complicity]] in the thefts.',
      'Kyle acted as an [[accomplice]] in the burglary.',
      'Detective: these kids are [[in it up to their necks]] and will tell you what you want to hear.',
      'He [[was in on it]] from the start, per the DS.',
      'The two girls were [[partners in crime]] at the shop.',
    ],
    correct: [
      'Victim blaming implies that a victim is partly or wholly responsible for what happened.',
      'The hotel staff were complicit in the abuse.',
      'Jade is not complicit; she was exploited by three adults.',
      'The man was in on it from the start.',
    ],
  },
} satisfies RuleSpec
