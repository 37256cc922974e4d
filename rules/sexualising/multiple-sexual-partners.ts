import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'multiple-sexual-partners',
  category: 'sexualising',
  severity: 'warning',
  target: 'term',
  phrases: [
    'multiple|many|several|numerous|various|different sexual partners',
    'lots of sexual? partners',
    'multiple|numerous|various sexual? partners',
    '{have} had _ sexual? partners',
    'a|an high|large|significant|increasing number of sexual? partners',
    'high|large number of sexual? partners',
    'string|series of partners|boyfriends',
    // Casual partners for a child: "UPSI with a number of casual partners".
    'casual sexual? partners|partner|hook-ups|encounters|sex',
  ],
  unless: [
    {precededBy: ['mum|mother|father|dad|parent(s)|carer(s)|aunt|sister|brother|uncle|nan|gran'], within: 2},
    {
      followedBy: [
        'agencies|organisations|involved|attended|including|from|across|were|such|contributed|agreed|working|present|met|meeting|meetings',
      ],
      within: 1,
    },
  ],
  guards: {age: true},

  message: '`{actual}` recasts several abusers as the child’s sexual history',
  suggestions: ['has been sexually abused by [number] adults', 'has been abused by several adults'],
  note: 'Counting a child’s “partners” makes the abuse look like the child’s choices. Count the adults believed to have abused the child and say what is known about them.',
  sources: ['PKC', 'LSCB-TBL', 'HMICFRS-MET'],
  examples: {
    incorrect: [
      {
        text: 'She [[has had multiple sexual partners]] over the last year.',
        suggestions: ['has been sexually abused by [number] adults', 'has been abused by several adults'],
      },
      'Mia is known to have [[numerous partners]].',
      'Amira (14) has [[many sexual partners]], the GP letter says.',
      'The GP letter lists [[a high number of sexual partners]].',
      'There is concern about the [[high number of partners]] Jade has had.',
      'Amira (15) [[has had several partners]] this year.',
      'Ellie has had a [[string of boyfriends]] in their twenties.',
      'Kayleigh has had [[a large number of partners]].',
      'Jade has [[lots of partners]] in their twenties.',
      'Sexual health: UPSI with [[casual partners]] (pt 14)',
      'Clinic note: Jade (14) reports [[casual hook-ups]] since the summer.',
    ],
    correct: [
      'She has no casual partners, the nurse recorded.',
      'Multiple partners attended the strategy meeting on 3 May.',
      'Several adults are believed to have sexually abused Jade (14).',
      'Anna, 28, reports having multiple sexual partners.',
      'Jade’s mum has had several partners who were violent.',
      'Numerous partners from health and education were consulted.',
    ],
  },
} satisfies RuleSpec
