import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'apparently',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: ['apparently'],
  unless: [
    {
      followedBy: [
        'minor|unhurt|uninjured|unharmed|well|fine|healthy|asleep|calm|settled|relaxed|happy|content|safe|alone|unaware|tired|hungry|cold|thin|underweight|older|younger|aged|intoxicated|drunk|under|in|dressed|wearing|distressed|upset|frightened|scared|anxious|unwell|injured|bruised|homeless',
      ],
    },
    'adult-noun-subject',
    {precededBy: ['elders|olders|gang|driver|landlord|owner|boss'], within: 2},
  ],
  message: '`{actual}` hedges the account so that it reads as doubtful',
  suggestions: ['[child] said', 'according to [child]'],
  note: 'Putting "apparently" in front of what a child described signals doubt to every reader. Say who gave the account and to whom; "apparently" for something seen, such as "apparently unhurt", is fine.',
  sources: ['NSPCC-ALLEGED', 'SEFTON-CRED'],
  examples: {
    incorrect: [
      {
        text: 'Jade was [[apparently]] forced to hold drugs for the men.',
        suggestions: ['[child] said', 'according to [child]'],
      },
      '[[Apparently]] Kyle was told he owed £600 after the robbery.',
      'Amira [[apparently]] spent three nights at a flat in Slough.',
      'Tomasz had [[apparently]] been taken to a car wash in Hull.',
      'Mia was raped at the party, [[apparently]], by two older men.',
    ],
    correct: [
      'Jade was found at 3am, apparently unhurt but very cold.',
      'Kyle said he was told he owed £600 after the robbery.',
      'The driver, apparently in his forties, was not identified.',
      'Avoid hedges such as "apparently" in a child\'s account.',
    ],
  },
} satisfies RuleSpec
