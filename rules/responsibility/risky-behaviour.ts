import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'risky-behaviour',
  category: 'responsibility',
  severity: 'error',
  target: 'term',
  phrases: [
    'risk-taking|risky|high-risk sexual? behaviour(s)|behavior(s)',
    'sexualised|sexualized risk-taking',
  ],
  message: '`{actual}` recasts signs of exploitation as ordinary teenage risk-taking',
  suggestions: ['was given [substance] by [adult]', 'was found at [place] with [adult]'],
  note: 'Signs such as being given alcohol by adults or being found far from home are indicators of exploitation, not risk-taking. Name the indicator and the adult.',
  sources: ['NSPCC-RISK'],
  examples: {
    incorrect: [
      {
        text: 'Jade has shown [[risk-taking behaviour]] since the summer.',
        suggestions: ['was given [substance] by [adult]', 'was found at [place] with [adult]'],
      },
      "Concerns remain about Kyle's [[high-risk behaviour]] at weekends.",
      "Amira's [[risky sexual behaviour]] was discussed at the meeting.",
      'There has been [[sexualised risk-taking]] at the hotel in Leeds.',
    ],
    correct: [
      'Jade was given alcohol by two adult men at the flat.',
      'Avoid phrases such as "risky behaviour" when describing a child.',
      'Kyle was found 60 miles from home with three adults.',
    ],
  },
} satisfies RuleSpec
