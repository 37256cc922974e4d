import type {RuleSpec} from '../../src/types.js'

// The trade named by one word in a list, a field or a cell ("Concerns:
// dealing, missing", "| Role | shotting |"), read with the judgement
// families' list-value test: no prose word just before or after it.
export default {
  id: 'offence-in-list',
  category: 'criminalising',
  severity: 'warning',
  target: 'label',
  phrases: ['@crime-list-act'],
  unless: [
    'jv-list-value',
    'jv-reported-framing',
    'jv-mistaken-for',
    'jv-agency-response',
    'crime-made-to-sell',
    'purpose',
    // "Offence: drug dealing (adult 1)", "Intel re dealing by Adult 2": the adults' trade.
    {followedBy: ['by|from|for|of|at|in|on|with|involving'], within: 1},
    {precededBy: ['@not-the-child|nominal|nominals'], within: 4},
    // An adult given an age, or the trade as a sighting ("Deano, 27, was caught hustling"): other rules read the subject.
    'crime-label-not-the-child',
    {precededBy: ['@crime-adult-age'], within: 6},
    {precededBy: ['@crime-caught-verb']},
    // "a history of drug dealing": the two-word trade is selling-drugs's, which reads its subject.
    {precededBy: ['drug|drugs|cannabis|weed|crack|heroin|cocaine|class-a|county-lines']},
    // A form's list of exploitation types: "Forced to commit a crime, such as growing cannabis, drug dealing or begging".
    {
      precededBy: [
        'such as|including|like|e.g.|eg|i.e.|ie',
        'crime|crimes|offence|offences|exploitation|type|types',
      ],
      within: 6,
    },
  ],
  message: '`{actual}` in a list names the exploitation as the child’s own trade',
  suggestions: ['made to [task] by [adult]', 'criminally exploited by [adult]'],
  note: 'One word in a field or a bullet ("dealing", "grafting") records the child as a trader and hides who made them do it. Say what the child was made to do, by whom, and what they were given or threatened with.',
  sources: ['NSPCC-CCE', 'CARDIFF-LANG', 'CCE-DEF'],
  examples: {
    incorrect: [
      'Concerns: [[dealing]], missing overnight',
      {
        text: 'Needs: to stop [[dealing]]',
        suggestions: ['made to [task] by [adult]', 'criminally exploited by [adult]'],
      },
      '- [[grafting]] most weekends',
      '| Kai | 15 | [[shotting]] |',
      'Risks identified: carrying, [[juggling]], going missing',
      'Activity: [[hustling]], cash found',
      '• [[trapping]] – seen at the flat twice in May',
      'Concerns: [[re-offending]], missing overnight',
      '- [[reoffending]] (YP 15)',
      'Risks: [[supplying]], going missing',
      '| Kai | 16 | [[cuckooing]] |',
    ],
    correct: [
      'Selling: n/a',
      'Concerns: none noted',
      'He was made to start dealing by Deano, 24.',
      'Offence: dealing by Adult 1 (28)',
      'Kai is coping well and dealing with the move.',
      'Grafting at college has paid off, his tutor says.',
      'Adult 2 (31): dealing, violent',
      'Deano, 27, was caught hustling outside the station with two boys.',
      'Deano, 31, has a long history of drug dealing.',
      'Exploitation type: forced to commit crime, such as cannabis cultivation, dealing or begging',
      'The guidance warns against "dealing" as a field value for a child.',
      'Offending: none known',
      'Concerns: supplying by Adult 1 (31)',
    ],
  },
} satisfies RuleSpec
