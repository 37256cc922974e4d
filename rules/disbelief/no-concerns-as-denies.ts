import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'no-concerns-as-denies',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: [
    'no concerns|risk as|because|since $subj {deny}',
    'NFA as|because|since $subj {deny}',
    'no further action as|because|since $subj {deny}',
    'no concerns as|because|since the child {deny}',
    '{close}|{closed} as|because $subj {deny}',
    'closed as|because $subj {deny}',
    'no concerns|risk as|because|since the? @jv-child-noun {deny}',
    // The closure word and the child's word in other shapes: "case closed as YP denies", "NFA'd because the girl denies it".
    'case|referral|file|matter|episode|concern|concerns closed|nfa|nfa-d|nfa’d|stepped-down as|because|since the? @jv-child-noun|$subj {deny}',
    '{close}|{closed}|nfa|nfa-d as|because|since the? @jv-child-noun {deny}',
  ],
  guards: {negation: false},
  message: '`{actual}` closes the concern because the child denies it',
  suggestions: ['[child] does not currently describe being exploited; the concern remains because [reason]'],
  note: "Denial is common and is a recognised sign of grooming or fear; it is not a reason to close a concern. Record the child's view and the evidence that keeps the concern open.",
  sources: ['SEFTON-MS', 'TEES', 'WMAS-CL', 'CARDIFF-LANG'],
  examples: {
    incorrect: [
      {
        text: 'Case closed, [[no concerns as she denies]] any contact with the men.',
        suggestions: [
          '[child] does not currently describe being exploited; the concern remains because [reason]',
        ],
      },
      'There is [[no further action as he denies]] carrying drugs.',
      'Outcome: [[NFA because she denies]] any contact with the men.',
      'The referral was [[closed as she denies]] being exploited.',
      'There are [[no concerns as the child denies]] any harm.',
      'Outcome: [[no concerns as YP denies]] any contact with the men',
      'Outcome: [[referral closed as YP denies]] any contact with the men.',
      '[[NFA because the girl denies]] being touched.',
    ],
    correct: [
      'The case was not closed; although she denies it, the plan continues.',
      'Jade denies any contact, but concerns remain because she was found at the flat.',
      'Avoid recording "no concerns as child denies" as an outcome.',
      'No further action was taken against Kyle under the s45 defence.',
    ],
  },
} satisfies RuleSpec
