import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'refuses-to-engage',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{refuse}|{fail}|{decline} to engage',
    "won't|wouldn't|doesn't|didn't|don't engage",
    'will|would|does|did|do not engage',
    '{have} not|never engaged',
    "hasn't|haven't|hadn't engaged",
    'is|was|are|were|been not engaging',
    "isn't|wasn't|aren't|weren't engaging",
    'non-engagement|non-engaging|disengaged|disengagement',
    'did|does not want to engage',
    "didn't|doesn't want to engage",
    'not|never engaging|engaged with?',
    'poor|limited|minimal|sporadic|little|low|no|non|nil|inconsistent engagement',
    'lack of engagement',
    '@choice-refuse to engage',
  ],
  unless: [
    'choice-agency-subject',
    {
      followedBy: [
        'from|by the|a|an|$poss? _? @not-the-child|school|provider|agency|agencies|services|partners|family|parents',
        'from|by the|a|an|$poss? _ provider|service|services|team|agency',
      ],
      within: 1,
    },
    {
      precededBy: [
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents',
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents who|that',
      ],
      within: 3,
    },
  ],
  message:
    '`{actual}` puts the onus on the child rather than on services, and ignores fear of the exploiters',
  suggestions: [
    'did not feel able to talk to us; this may reflect fear of [adult]',
    'has not yet been reached safely by services',
  ],
  note: 'Children who are being exploited are often frightened, threatened or groomed not to talk. Describe what services have tried and what may be stopping the child, not the child’s failure.',
  sources: ['LM', 'NSPCC-LIST', 'OXON', 'CWCT'],
  examples: {
    incorrect: [
      'Staff believe Jade [[refuses to engage]].',
      {
        text: 'Jade [[refuses to engage]] with her social worker.',
        suggestions: [
          'did not feel able to talk to us; this may reflect fear of [adult]',
          'has not yet been reached safely by services',
        ],
      },
      'Kyle [[did not engage]] with the return home interview.',
      "Amira [[won't engage]] with CAMHS.",
      'Tomasz [[has not engaged]] since the referral.',
      "She [[hasn't engaged with]] the youth worker.",
      'Jade [[is not engaging with]] the plan.',
      "He [[wasn't engaging]] at the meeting.",
      'Concerns about [[non-engagement]] were raised at the strategy meeting.',
      'Kyle has [[disengaged]] from education since March.',
      'Jade [[did not want to engage]] with the YOT worker.',
      "He [[doesn't want to engage]] with CAMHS.",
      'Engagement: [[not engaging with]] CAMHS since May',
      'Concerns: [[poor engagement]] with the CSE worker',
      'He has [[been reluctant to engage]] with the plan.',
      'Outcome: NFA, [[lack of engagement]] from YP',
    ],
    correct: [
      'Services were not engaging the family in the plan.',
      'The police refused to engage with the press.',
      'Jade did not feel able to talk to us; she fears the men.',
      'Avoid phrases such as "refuses to engage" in referrals.',
      'The housing provider has not engaged with the meeting.',
      'Poor engagement from the school meant the plan stalled.',
      'She is engaging well with her ISVA.',
      'There has been poor engagement from the local authority.',
    ],
  },
} satisfies RuleSpec
