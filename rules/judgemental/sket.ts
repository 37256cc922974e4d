import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'sket',
  category: 'judgemental',
  severity: 'error',
  target: 'term',
  phrases: ['sket(s)|slag(s)|slapper(s)|slut(s)|skank(s)|hoe(s)|tart(s)|whore(s)', 'easy girl|lay'],
  message: '`{actual}` is a sexual slur that blames the child for their abuse',
  suggestions: ['child who is being sexually exploited', 'girl abused by [adult]'],
  note: 'Sexual slurs blame and shame the child. Use them only inside quotation marks when recording what an abuser said, as evidence.',
  sources: ['OUTSHADOWS', 'HMICFRS-MET'],
  examples: {
    incorrect: [
      {
        text: 'Jade has a reputation as a [[sket]] at school.',
        suggestions: ['child who is being sexually exploited', 'girl abused by [adult]'],
      },
      'Amira is a bit of a [[slag]], according to her aunt.',
      'Jade is known on the estate as an [[easy girl]].',
    ],
    correct: [
      'Older girls at school treat Jade as a slut.',
      'Avoid words such as "sket" about a child.',
      'Jade was sexually exploited by three adult men.',
      'Jade is not a slag; she is a child who was abused.',
    ],
    info: ['The men called her a "[[sket]]" in front of the other girls.'],
  },
} satisfies RuleSpec
