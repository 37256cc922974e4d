import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'not-typical-victim',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    'not a|the|your typical|real|genuine|proper|usual|classic|obvious|ideal victim',
    'not the victim type',
    'a|an unlikely|atypical|untypical victim',
  ],
  message: '`{actual}` measures the child against a stereotype of a victim',
  suggestions: ['a child who has been exploited by [adult]'],
  note: 'There is no typical victim; children who present as confident, angry or involved in crime are often the most exploited. Describe what the adults did.',
  sources: ['OXON', 'DAVIS', 'CASEY'],
  examples: {
    incorrect: [
      {
        text: 'Kyle is [[not a typical victim]] because he was found with drugs.',
        suggestions: ['a child who has been exploited by [adult]'],
      },
      'Officers felt Jade was [[not a genuine victim]] of trafficking.',
      "Jade was [[not a genuine victim]] of trafficking in the officer's view.",
      'Amira is [[not your typical victim]] and answered back in interview.',
      'Jay is [[an unlikely victim]] given his size.',
      'Mia is [[not the victim type]] according to the school.',
    ],
    correct: [
      'Kyle is a victim of criminal exploitation by adults in Exeter.',
      'Avoid terms like "not a typical victim".',
      'There is no such thing as a typical victim of exploitation.',
    ],
  },
} satisfies RuleSpec
