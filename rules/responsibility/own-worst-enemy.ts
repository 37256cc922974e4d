import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'own-worst-enemy',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  phrases: [
    // Idioms that put the cause of the harm in the child (`@choice-self-cause`):
    // "her own worst enemy", "doesn't help herself", "has made her bed and must lie in it".
    '@choice-self-cause',
    '@choice-self-author',
  ],
  unless: [
    'choice-generic-subject',
    // "not helping with the washing up" is not the idiom; "made her bed this morning" is a chore.
    {
      followedBy: [
        'this|that|every|each morning|night|day|today',
        'before school|college|breakfast',
        'with clean|fresh|excitement|emotion|joy|enthusiasm|the-music|the-game|the-moment',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` puts the cause of the harm in the child’s own conduct',
  suggestions: ['is being harmed by [adult]', 'is being exploited by [adult], who [act]'],
  note: 'Idioms of self-sabotage make the child the author of their own abuse and leave the adults out. Say what the adults are doing and what support the child needs.',
  sources: ['UKCIS', 'DURHAM', 'LM', 'NSPCC-RISK'],
  examples: {
    incorrect: [
      'She [[did nothing to protect herself]].',
      "She's [[making life difficult for herself]].",
      'He [[sabotages every placement]].',
      'Sadly she [[facilitates her own exploitation]].',
      'Kai (15) [[fuels his own exploitation]] by owing money.',
      'Shauna (14) has [[made her bed with that crowd]] and the Trust cannot keep rescuing her.',
      'YP has [[made his bed with the olders]] now.',
      {
        text: 'Outreach worker: she is a lovely girl but she is [[her own worst enemy]].',
        suggestions: ['is being harmed by [adult]', 'is being exploited by [adult], who [act]'],
      },
      'Per the unit manager, she has [[made her bed and must lie in it]].',
      'Notes for file: attention seeker, tells tales, [[does not help herself]]',
      'Tia [[does herself no favours]] by going back to the flat.',
      'He [[isn’t helping himself]] by staying out.',
      'She [[got carried away]] at the party with the older boys.',
      'Kyle is often [[his own worst enemy]], the YOT note says.',
      'She is [[the author of her own misfortune]].',
      'He keeps [[shooting himself in the foot]] with the olders.',
      'He has [[made his own bed]] now.',
      'She [[will have to lie in it]] now, per the manager.',
      'Leah is [[her own worst enemy]], her carer says.',
    ],
    correct: [
      'Mum did little to help the school.',
      'The men facilitated her exploitation by paying for taxis.',
      'Jade made her bed and tidied her room before school.',
      'She made her bed this morning before school.',
      'She is not to blame and is not her own worst enemy; the men targeted her.',
      'The two men got carried away, the witness said.',
      'Children are not their own worst enemy when adults exploit them.',
    ],
  },
} satisfies RuleSpec
