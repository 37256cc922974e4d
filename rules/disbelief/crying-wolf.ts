import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'crying-wolf',
  category: 'disbelief',
  severity: 'error',
  target: 'term',
  phrases: ['{cry} wolf', 'the girl|boy who cried wolf', '{cry} rape'],
  message: "`{actual}` treats the child's repeated reports as false alarms",
  suggestions: ['has reported [harm] on [number] occasions'],
  note: 'Repeated reports from a child are a reason to look harder, not to stop listening. Record each report, its date and what was done.',
  sources: ['NSPCC-MAL', 'SEFTON-CRED'],
  examples: {
    incorrect: [
      {
        text: 'Staff feel Jade is [[crying wolf]] again.',
        suggestions: ['has reported [harm] on [number] occasions'],
      },
      'Kyle has [[cried wolf]] before about the elders.',
      'She is [[the girl who cried wolf]] after three reports, staff feel.',
      'Staff think she has [[cried rape]] before to get a move.',
    ],
    correct: [
      "One officer wrote that the girl was 'crying wolf'; that remark has been raised with his supervisor.",
      'Jade has reported being followed on four occasions since May.',
      'Avoid phrases such as "crying wolf" about a child.',
      'Kyle reported threats from the elders on 3 and 9 June.',
      'She cried when she talked about the rape.',
    ],
  },
} satisfies RuleSpec
