import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'sex-with-a-minor',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: [
    'sex with a minor|minors',
    'sex with an underage girl|boy|child',
    'sex with underage girls|boys|children',
    'sexual activity|relations|intercourse with a minor',
    'sleeping|slept with a minor',
  ],
  message: '`{actual}` describes the sexual abuse of a child as sex',
  suggestions: ['sexual abuse of a child', 'sexually abused [child]'],
  note: 'A child cannot consent to sex with an adult; calling it sex with a minor hides the abuse. Say that the adult sexually abused the child.',
  sources: ['ROSA', 'ZT', 'LUX'],
  examples: {
    incorrect: [
      {
        text: 'Deano, 24, was arrested for [[sex with a minor]] in 2023.',
        suggestions: ['sexual abuse of a child', 'sexually abused [child]'],
      },
      'The man was known to police for [[sex with underage girls]].',
      'The log records [[sexual activity with a minor]] at the hotel.',
      'He has a caution for [[sex with an underage girl]] in Leeds.',
      'The 30-year-old was suspected of [[sleeping with a minor]].',
    ],
    correct: [
      'Deano, 24, was arrested for the sexual abuse of a 14-year-old child.',
      'Avoid phrases like "sex with a minor" in a referral.',
      'He was charged with sexual activity with a child under s9 of the Sexual Offences Act 2003.',
    ],
  },
} satisfies RuleSpec
