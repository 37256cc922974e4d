import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'hard-to-reach',
  category: 'responsibility',
  severity: 'warning',
  target: 'label',
  phrases: [
    'hard|difficult to reach|engage',
    'hard-to-reach|hard-to-engage young? person|child|girl|boy|people|children|family|families',
  ],
  unless: [
    'professional-subject',
    'choice-agency-subject',
    'young-people-in-general',
    {followedBy: ['groups|communities|areas|populations|places|locations|audiences|families'], within: 1},
  ],
  message: '`{actual}` makes the child responsible for services not reaching them',
  suggestions: ['not yet reached safely by services', 'frightened of [adult] and not yet able to talk to us'],
  note: 'Children who are exploited may be afraid of the adults or have been told not to talk. Describe what services have tried and what they will try next.',
  sources: ['LM', 'NSPCC-LIST', 'OXON'],
  examples: {
    incorrect: [
      {
        text: 'Jade is [[hard to reach]] and rarely answers her phone.',
        suggestions: [
          'not yet reached safely by services',
          'frightened of [adult] and not yet able to talk to us',
        ],
      },
      'Kyle has been [[difficult to engage]] since the move.',
      'Amira is a [[hard-to-reach young person]] who stays in Leeds.',
      'Staff describe Kyle as [[hard to reach]] since the move.',
    ],
    correct: [
      'Services have not yet found a safe way to reach Jade.',
      'Avoid labels such as "hard to reach" for children.',
      'The address is hard to find from the main road.',
      'Hard-to-reach groups may need extra outreach.',
      'The duty team is hard to reach after 17:00.',
      'The independent reviewing officer is difficult to reach during the holidays.',
    ],
  },
} satisfies RuleSpec
