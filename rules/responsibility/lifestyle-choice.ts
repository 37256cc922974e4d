import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'lifestyle-choice',
  category: 'responsibility',
  severity: 'error',
  target: 'term',
  phrases: ['lifestyle choice(s)', 'chosen lifestyle', '{choose} this|that|a|the lifestyle'],
  message: '`{actual}` turns the child’s exploitation into a way of life they picked',
  suggestions: ['exploitation by [adult]', 'the harm [adult] is causing [child]'],
  note: 'Calling exploitation a lifestyle choice has delayed protection in past cases. Name the exploitation and the adults causing it.',
  sources: ['NSPCC-RISK', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'Police saw her time at the hotel as a [[lifestyle choice]].',
        suggestions: ['exploitation by [adult]', 'the harm [adult] is causing [child]'],
      },
      'Staff described going to the parties as her [[chosen lifestyle]] in the minutes of the meeting.',
      'Kyle has [[chosen this lifestyle]] over school.',
      'This is not just a [[lifestyle choice]] for Jade.',
    ],
    correct: [
      'This is not a lifestyle choice; Jade is being sexually exploited by adults.',
      'Jade has never chosen that lifestyle.',
      'Avoid terms such as "lifestyle choice" when describing a child.',
    ],
  },
} satisfies RuleSpec
