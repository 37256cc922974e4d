import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'online-friend',
  category: 'sexualising',
  severity: 'warning',
  target: 'relationship',
  phrases: [
    'online|internet|snapchat|instagram|tiktok|facebook|gaming|xbox|playstation|discord|whatsapp friend(s)|mate(s)|buddy|buddies',
    'friend(s)|mate(s) $subj met|meets online',
    'friend(s)|mate(s) from online|snapchat|instagram|tiktok|discord',
    'older|adult|much-older friend(s)|mate(s)',
  ],
  message: '`{actual}` presents an unknown or older person who is contacting the child as a friend',
  suggestions: ['adult [child] met online (identity unverified)', 'unverified online contact'],
  note: 'Calling someone a child met online a friend can hide an adult who is grooming them. Record what is known: the platform, the person’s claimed and likely age, and what they asked for.',
  sources: ['NSPCC-LIST', 'LM', 'UKCIS'],
  examples: {
    incorrect: [
      {
        text: 'She stays up late talking to an [[online friend]].',
        suggestions: ['adult [child] met online (identity unverified)', 'unverified online contact'],
      },
      'Kyle went to meet a [[gaming friend]] in Reading.',
      'Mia sent photos to a [[friend she met online]].',
      'Amira stayed with [[friends from Snapchat]] in Leeds.',
      'Ellie (14) has an [[older friend]] who drives her around.',
      'The [[Snapchat friends]] asked Jade for pictures.',
    ],
    correct: [
      'Her online friend (14) from school told a teacher about the messages.',
      'Jade has been messaging an adult she met online whose identity is not known.',
      'Avoid terms such as "online friend" for someone the child has never met.',
    ],
  },
} satisfies RuleSpec
