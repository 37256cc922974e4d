import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'challenging-behaviour',
  category: 'judgemental',
  severity: 'warning',
  target: 'action',
  phrases: ['challenging|difficult|problematic|bad|disruptive|problem behaviour(s)|behavior(s)'],
  unless: [{precededBy: ['may|might|can|could present|display|show|exhibit|have with?'], within: 1}],
  message: '`{actual}` judges the child’s behaviour without saying what happened or why',
  suggestions: ['[specific behaviour] on [date], which may be linked to [harm / fear]'],
  note: 'Behaviour is often how a child communicates harm. Describe the specific behaviour and its likely cause.',
  sources: ['DURHAM', 'OXON', 'CWCT'],
  examples: {
    incorrect: [
      {
        text: 'Jade shows [[challenging behaviour]] at the home.',
        suggestions: ['[specific behaviour] on [date], which may be linked to [harm / fear]'],
      },
      "Kyle's [[disruptive behaviour]] led to exclusion.",
      "Amira's [[difficult behaviour]] at weekends worries staff.",
      'Tomasz has [[problem behaviours]] at school.',
    ],
    correct: [
      'Jade shouted at staff after the men sent her messages.',
      'Avoid phrases such as "challenging behaviour" in referrals.',
      'The case is complex and the work can be slow.',
      'Children who are exploited may present with challenging behaviour linked to trauma.',
    ],
  },
} satisfies RuleSpec
