import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'difficult-client',
  category: 'judgemental',
  severity: 'warning',
  target: 'term',
  phrases: [
    'difficult|awkward|demanding|problem|challenging|hostile client(s)|witness(es)|victim(s)|service-user(s)',
    'difficult|awkward|problem worker',
  ],
  message: '`{actual}` labels the person instead of describing what happened and why',
  suggestions: ['[person], who [specific behaviour] after [event]'],
  note: 'Labelling a victim as difficult shifts attention from the harm and the fear behind their behaviour. Describe what they did and what may be driving it.',
  sources: ['DURHAM', 'OXON', 'CWCT'],
  examples: {
    incorrect: [
      {
        text: 'Daniela is a [[difficult client]] who rarely answers the phone.',
        suggestions: ['[person], who [specific behaviour] after [event]'],
      },
      'The farm manager called Tomasz a [[problem worker]] in his statement to police.',
      'Police saw Jade as an [[awkward witness]] after she changed solicitors.',
    ],
    correct: [
      'Daniela did not answer the phone after the men threatened her sister.',
      'Avoid labels such as "difficult client" in referrals.',
      'The support worker found it hard to arrange a visit.',
    ],
  },
} satisfies RuleSpec
