import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'risky-behaviour',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  guards: {adults: true},
  phrases: [
    // Adjectives of the frame: "risky behaviour", "unsafe behaviours", "reckless conduct".
    'unsafe|reckless|risky|risk-taking|high-risk sexual? behaviour(s)|behavior(s)|conduct|activities',
    'sexualised|sexualized risk-taking',
    // The noun on its own, in a list, a field or a sentence: "Concerns: risk taking", "her
    // risk-taking is escalating", "a history of risk-taking", "Jade is a risk-taker".
    'risk-taking|risk-taker(s)',
    // The verb with the child as the taker (`@resp-risk-taken`): "takes risks", "continues to take
    // unnecessary risks", "took chances with her safety".
    '{take} @resp-risk-taken',
    '{take} @resp-risk-taken with @resp-own-safety',
    // The behaviour as the predicate's subject: "his behaviour is risky", "her conduct is reckless".
    '$poss|@jv-child-owner behaviour|behaviours|behavior|behaviors|conduct {be}|{become}|{remain} @jv-degree? risky|reckless|unsafe|high-risk|dangerous',
    'sexually risky|reckless',
  ],
  unless: [
    // Risk-taking as a care-planning approach, and adults' risks: "positive risk-taking", "the
    // team took a risk in closing the case".
    {precededBy: ['positive|managed|measured|calculated|therapeutic'], within: 1},
    'professional-subject',
    'choice-agency-subject',
    'young-people-in-general',
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
      'Concerns: [[risk taking]], missing from home',
      "Tia's [[risk-taking]] has escalated since May, staff say.",
      'Kai (15) is a [[risk-taker]] and goes to Luton most weekends.',
      'Jade [[takes risks]] when she goes to the flat.',
      'He continues to [[take unnecessary risks]] in Luton.',
      'Kai [[takes risks with his own safety]] at weekends.',
      'She [[took chances]] by getting into the car.',
      '- [[unsafe behaviours]] online',
      "[[His behaviour is increasingly risky]] at weekends, Kyle's mum says.",
      'Amira (14) is [[sexually risky]], the school says.',
    ],
    correct: [
      'Jade was given alcohol by two adult men at the flat.',
      'Avoid phrases such as "risky behaviour" when describing a child.',
      'Kyle was found 60 miles from home with three adults.',
      'The plan uses positive risk-taking to help Jade go out with friends.',
      'The police took a risk in closing the case early.',
      'Jade does not take risks; the men target her at the bus station.',
      'The men took risks to avoid the police.',
      'Young people who take risks online need support, not blame.',
      'Deano, 24, is a risk-taker, the officer said.',
    ],
  },
} satisfies RuleSpec
