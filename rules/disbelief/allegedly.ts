import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'allegedly',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: ['allegedly'],
  unless: ['adult-noun-subject'],
  message: '`{actual}` casts doubt on what the child described',
  suggestions: ['[child] said', 'according to [child]'],
  note: 'Hedging a child\'s account with "allegedly" signals disbelief. Attribute the account plainly: say who said what, and to whom.',
  sources: ['NSPCC-ALLEGED', 'NSVRC'],
  examples: {
    incorrect: [
      {
        text: 'Jade was [[allegedly]] raped by two men at the flat.',
        suggestions: ['[child] said', 'according to [child]'],
      },
      '[[Allegedly]] Kyle was given a phone and told to sell drugs.',
      'Amira was held [[allegedly]] against her will in a house in Slough.',
    ],
    correct: [
      'Jade said she was raped by two men at the flat.',
      'The man allegedly drove her to Leeds, but he has not been identified.',
      'Avoid words such as "allegedly" in a child\'s account.',
    ],
  },
} satisfies RuleSpec
