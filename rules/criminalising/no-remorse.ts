import type {RuleSpec} from '../../src/types.js'

// Offender-assessment wording for an exploited child: a lack of remorse is
// only a judgement if the child is an offender to begin with. The negation
// is the judgement itself, so the negation guard is off.
export default {
  id: 'no-remorse',
  category: 'criminalising',
  severity: 'warning',
  target: 'action',
  guards: {negation: false, adults: true},
  phrases: [
    'no|little|without|zero remorse|regret|contrition',
    'remorseless|unremorseful|unrepentant',
    '{lack}|{show}|{express}|{feel}|{display} no|little|any? remorse|contrition',
    'lack of remorse|contrition|victim-empathy',
    '{lack} victim empathy',
  ],
  unless: [
    'professional-subject',
    'adults-who',
    'young-people-in-general',
    {precededBy: ['@crime-adult-age', '@crime-adult-noun|@crime-relative-noun'], within: 3},
    // "has shown remorse", "expressed remorse and apologised": remorse shown, not lacked.
    {precededBy: ['has|have|had|genuine|real|clear|some|great|deep'], within: 1},
  ],
  message: '`{actual}` assesses an exploited child as an unrepentant offender',
  suggestions: ['[child] has not spoken about what happened; they may fear [adult]'],
  note: 'Remorse is the language of offender assessment. A child made to commit crime by adults is a victim first: record what they said and what may stop them speaking, and name who made them do it.',
  sources: ['NSPCC-CCE', 'CCE-DEF', 'TCS-YJLC'],
  examples: {
    incorrect: [
      'Child’s presentation: defiant, lippy, [[no remorse]]',
      {
        text: 'Kai (15) [[shows no remorse]] for his part in the robbery.',
        suggestions: ['[child] has not spoken about what happened; they may fear [adult]'],
      },
      'YOT: [[lack of remorse]], minimises his role on the line',
      'He appeared [[remorseless]] in interview, the officer says; he is 14.',
      '- [[lacks victim empathy]]',
      'Jade (15) [[expressed little remorse]] about the girls she brought to the flat.',
    ],
    correct: [
      'Deano, 31, showed no remorse at sentencing.',
      'The men who ran the line showed no remorse.',
      'Kai has shown remorse, but he was made to carry the drugs by Deano.',
      'Avoid writing that an exploited child "shows no remorse".',
    ],
  },
} satisfies RuleSpec
