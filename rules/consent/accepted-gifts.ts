import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'accepted-gifts',
  category: 'consent',
  severity: 'warning',
  target: 'action',
  phrases: ['{accept} @det? @choice-gift', '{accept} @det? @choice-gift and|or @det? @choice-gift'],
  unless: ['professional-subject'],
  message: '`{actual}` presents grooming gifts as a deal the child accepted',
  suggestions: [
    'was given [gifts / lifts / money] by [adult]',
    '[adult] gave [child] [gifts / lifts / money]',
  ],
  note: 'Gifts, lifts and money are how exploiters groom and create debt; receiving them does not make a child less of a victim. Say who gave what, when, and what was expected in return.',
  adult: {
    message: '`{actual}` presents grooming gifts as a deal the person accepted',
    note: 'Receiving something does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters gave and what they expected.',
  },
  sources: ['DFE-CSE', 'LSCB-TBL', 'PACE-DEBT', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'She [[accepted the lifts and the cash]] from Dean (34) every weekend.',
        suggestions: [
          'was given [gifts / lifts / money] by [adult]',
          '[adult] gave [child] [gifts / lifts / money]',
        ],
      },
      'Tia [[accepted gifts and vapes]] from the older males.',
      'Kyle has been [[accepting money]] from the olders for months.',
      'Summary: [[accepts lifts]] from unknown adults',
    ],
    correct: [
      'She accepted support from the ISVA.',
      'He accepted the offer of a place at the refuge.',
      'She was given lifts and cash by Dean (34).',
      'The men took her phone and her money.',
      'She never accepted gifts from him; he left them at her door.',
    ],
  },
} satisfies RuleSpec
