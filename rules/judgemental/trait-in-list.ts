import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'trait-in-list',
  category: 'judgemental',
  severity: 'warning',
  target: 'label',
  phrases: ['@judge-list-adj'],
  unless: ['jv-list-value', 'jv-reported-framing', 'jv-mistaken-for', 'jv-agency-response'],
  message: '`{actual}` labels the child by a trait instead of describing what they did and why',
  suggestions: ['[specific behaviour] on [date], which may be linked to [harm / fear]'],
  note: 'A trait word typed into a list or a field ("Behaviour: difficult, hostile") labels the child and hides behaviour that may be a response to harm. Describe what happened, when, and what may be driving it.',
  sources: ['DURHAM', 'OXON', 'CWCT', 'NSPCC-LIST'],
  examples: {
    incorrect: [
      'Presentation: [[unruly]], out most nights',
      {
        text: 'Behaviour: [[difficult]], will not accept help',
        suggestions: ['[specific behaviour] on [date], which may be linked to [harm / fear]'],
      },
      'Notes: [[wild]], likes to party, out at all hours',
      'Presentation | mouthy, [[hostile]], refuses to sit down',
      '- [[argumentative]]',
      'Attitude to staff: rude, [[stroppy]]',
      'Obs: [[volatile]] – damaged her room on 3/2',
      '• [[challenging]] at school since Year 8',
    ],
    correct: [
      'The driver (40) was unruly with officers at the scene.',
      'It has been a difficult year for Jade and her family.',
      'She found it difficult to talk about the men.',
      'The difficult part was finding a placement near her school.',
      'Behaviour: [describe what the child did, when and after what]',
      'The men were violent and threatening to her family.',
      'Avoid labels such as "difficult" or "hostile" in a referral.',
      'Wild garlic grows by the canal behind the flat.',
      'Adult 1: male, 30s, violent',
      'Police response: hostile to the family, no interpreter offered',
    ],
  },
} satisfies RuleSpec
