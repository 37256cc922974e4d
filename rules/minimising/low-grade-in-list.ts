import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'low-grade-in-list',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: ['minimal|negligible|insignificant|trivial', '@minimise-list-value'],
  unless: [
    'jv-list-value',
    'jv-reported-framing',
    'jv-mistaken-for',
    {
      precededBy: [
        'injury|injuries|damage|bruising|bruises|bruise|cuts|cut|wounds|wound|marks|mark|graze|grazes|burn|burns|swelling|bleeding|changes|amendments|delay|delays|cost|costs|status|age|unaccompanied|offence|offences|illness|symptoms|pain|errors|error|repairs|spelling|discrepancies|differences',
      ],
      within: 3,
    },
    {precededBy: ['response|responses|provision|practice|police|csc|agency|services'], within: 3},
  ],
  message: '`{actual}` in a field or list grades harm to a child as small',
  suggestions: ['[describe what happened and what is known about the adults]'],
  note: 'A grade such as "Risk: minimal" or "Harm: minor" typed into a field ranks harm that is already happening as small, and can close a case. Describe what happened, who was involved and what is not yet known.',
  sources: ['LM', 'STOWE-NCA', 'LSCB-TBL'],
  examples: {
    incorrect: [
      'Outcome: [[messing about]], no further action',
      {
        text: 'CSE risk: [[minimal]]',
        suggestions: ['[describe what happened and what is known about the adults]'],
      },
      'Harm level: [[insignificant]], NFA',
      '- online contact: [[negligible]] concern',
      'Impact on YP: [[trivial]]',
      'Disclosure at school: Y7 girl says man (30s) touched her on the bus – DSL view: [[a misunderstanding]], he was probably friendly',
      'Outcome: [[banter]], NFA',
      '- [[a one-off]]',
      'Assessment: [[a phase]], will grow out of it',
    ],
    correct: [
      'Kai was messing about in the playground before the bell.',
      'Injuries: minor bruising to the left arm',
      'Status: minor, unaccompanied, age assessed as 15',
      'The changes to the plan are minimal.',
      'Risk: high – found at the address with two adult men',
      'Reason for delay: a misunderstanding about the date of the meeting',
    ],
  },
} satisfies RuleSpec
