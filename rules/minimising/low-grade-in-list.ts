import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'low-grade-in-list',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: ['minimal|negligible|insignificant|trivial'],
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
      {
        text: 'CSE risk: [[minimal]]',
        suggestions: ['[describe what happened and what is known about the adults]'],
      },
      'Harm level: [[insignificant]], NFA',
      '- online contact: [[negligible]] concern',
      'Impact on YP: [[trivial]]',
    ],
    correct: [
      'Injuries: minor bruising to the left arm',
      'Status: minor, unaccompanied, age assessed as 15',
      'The changes to the plan are minimal.',
      'Risk: high – found at the address with two adult men',
    ],
  },
} satisfies RuleSpec
