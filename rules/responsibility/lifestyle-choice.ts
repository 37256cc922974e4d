import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'lifestyle-choice',
  category: 'responsibility',
  severity: 'error',
  target: 'term',
  phrases: [
    'lifestyle choice(s)',
    'chosen lifestyle',
    '{choose} this|that|a|the lifestyle',
    // A life path chosen (`@choice-path`): "chose this path", "has picked that life", "embraced the lifestyle".
    '{choose}|{pick}|{select}|{pursue}|{embrace}|{adopt} this|that|the|$poss own? @choice-path',
  ],
  unless: [
    'choice-generic-subject',
    {followedBy: ['into|towards|through|of'], within: 1},
    {precededBy: ['@not-the-child'], within: 1},
  ],
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
      'YOT plan – YP [[chose this path]].',
      'He has [[chosen that life]].',
    ],
    correct: [
      'This is not a lifestyle choice; Jade is being sexually exploited by adults.',
      'Jade has never chosen that lifestyle.',
      'Avoid terms such as "lifestyle choice" when describing a child.',
      'She chose this path into nursing after college.',
      'Lifestyle choice: no',
      'Nothing about this was a lifestyle choice.',
    ],
  },
} satisfies RuleSpec
