import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'accepted-friend-requests',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    '{accept} a|the|his|their? friend|follow requests|request',
    '{add} strangers|adults',
    '{accept} requests from',
  ],
  message: '`{actual}` blames the child for the contact an adult started',
  suggestions: ['was targeted online by [adult]', 'received contact from [adult]'],
  note: 'Groomers make contact, build trust and disguise who they are; the child is not at fault for responding. Say who made contact and how.',
  sources: ['UKCIS', 'TCS-YJLC'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[accepted friend requests]] from men she did not know.',
        suggestions: ['was targeted online by [adult]', 'received contact from [adult]'],
      },
      'Kyle [[accepted a friend request]] from a 20-year-old on Snapchat.',
      'Amira [[adds strangers]] on Instagram.',
      'She [[accepts requests from]] older boys in other towns.',
    ],
    correct: [
      'A 20-year-old man sent Jade a friend request and then messaged her daily.',
      'Avoid phrases such as "accepted friend requests" in referrals.',
      'The officer accepted the request from the school to attend.',
    ],
  },
} satisfies RuleSpec
