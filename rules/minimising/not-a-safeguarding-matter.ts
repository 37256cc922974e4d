import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'not-a-safeguarding-matter',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: [
    // Exploitation re-filed as another kind of problem: "a family matter", "a behavioural issue rather than a safeguarding one".
    'a|just-a|purely-a|simply-a|more-of-a|really-a|basically-a family|parenting|behavioural|behaviour|disciplinary|domestic matter|issue|problem',
    'rather than a|an? safeguarding|exploitation|cse|cce|child-protection one|issue|matter|concern',
    // Exploitation named and then denied in passing: "not CSE as such", "not really grooming", "a grey area".
    'not cse|cce|exploitation|grooming|abuse|trafficking as such',
    'a grey|gray area',
    'borderline cse|cce|exploitation|abuse|grooming',
  ],
  guards: {negation: false},
  unless: ['hedged-appearance', 'negated-before'],
  message: '`{actual}` files exploitation as something other than a safeguarding concern',
  suggestions: [
    '[child] is at risk of exploitation by [adult]',
    '[adult] is [grooming / exploiting] [child]',
  ],
  note: 'Re-filing exploitation as a family, behaviour or school matter, or calling it borderline, has repeatedly delayed protection in case reviews. Say what the adults are doing and why it is a safeguarding concern.',
  sources: ['HMICFRS-GB', 'CASEY', 'TCS-LP', 'NSPCC-RISK'],
  examples: {
    incorrect: [
      {
        text: 'Duty view: [[a family matter]], no role for children’s services.',
        suggestions: [
          '[child] is at risk of exploitation by [adult]',
          '[adult] is [grooming / exploiting] [child]',
        ],
      },
      'This is [[more of a parenting issue]] than exploitation.',
      'Seen as a school attendance issue [[rather than a safeguarding one]].',
      'The messages are [[not CSE as such]], the officer felt.',
      'It is [[a grey area]] as she is nearly 16.',
      'Police view: [[borderline CSE]], no crime recorded.',
    ],
    correct: [
      'This is not a family matter; Leah is being sexually exploited.',
      'Exploitation is a safeguarding concern, never a parenting issue alone.',
      'Kyle’s mum asked for help with a housing matter.',
    ],
  },
} satisfies RuleSpec
