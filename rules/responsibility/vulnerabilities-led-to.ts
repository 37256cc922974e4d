import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'vulnerabilities-led-to',
  category: 'responsibility',
  severity: 'warning',
  target: 'term',
  phrases: [
    'vulnerability|vulnerabilities {lead} to',
    'vulnerability|vulnerabilities {make} $obj',
    'vulnerable due-to|because-of $poss own? behaviour|behavior|choices|actions|lifestyle|decisions',
    'because-of|due-to $poss vulnerability|vulnerabilities $subj was|were|is|are|has|have|became',
  ],
  message: '`{actual}` makes the child’s vulnerability the cause of the abuse',
  suggestions: ['[adult] targeted [child] because of [circumstance]'],
  note: 'Vulnerability does not cause abuse; someone chose to exploit it. Name the adult and what they targeted.',
  sources: ['DURHAM', 'LM', 'CL-GUID'],
  examples: {
    incorrect: [
      {
        text: 'Her [[vulnerabilities led to]] her being abused at the flat.',
        suggestions: ['[adult] targeted [child] because of [circumstance]'],
      },
      "Kyle's [[vulnerability made him]] an easy target.",
      'Jade is [[vulnerable due to her behaviour]] at weekends.',
      '[[Because of his vulnerability he was]] exploited by the group.',
    ],
    correct: [
      'The men targeted Jade because of her vulnerabilities.',
      'Kyle is a vulnerable child who was targeted by adults in Luton.',
      'Avoid phrases such as "vulnerable due to her behaviour" in referrals.',
    ],
  },
} satisfies RuleSpec
