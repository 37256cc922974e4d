import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'interfered-with',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: [
    '{interfere} with $obj',
    '{interfere} with $obj sexually',
    '{interfere} with the girl|boy|child|children|girls|boys',
    'interfered with',
  ],
  unless: [
    {
      followedBy: [
        'investigation|investigations|evidence|witness|witnesses|witnessing|work|school|education|sleep|plans|proceedings|contact',
        'the investigation|evidence|process|case|phone|car|lock',
        '$poss phone|car|work|evidence|statement',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` is a euphemism that hides sexual abuse',
  suggestions: ['sexually abused [child]'],
  note: '"Interfered with" is an old euphemism that hides what was done. Say the adult sexually abused the child and describe it.',
  sources: ['ZT', 'LUX'],
  examples: {
    incorrect: [
      {
        text: 'Her uncle [[interfered with her]] when she was nine.',
        suggestions: ['sexually abused [child]'],
      },
      'The man had [[interfered with the girl]] in his car.',
      'Jade was [[interfered with]] at the party in Walsall.',
      'He [[interfered with him sexually]] at the flat.',
    ],
    correct: [
      'Her uncle sexually abused Jade when she was nine.',
      'The men interfered with the investigation by threatening witnesses.',
      'Avoid euphemisms such as "interfered with" in a referral.',
    ],
  },
} satisfies RuleSpec
