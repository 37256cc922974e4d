import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'dabbling',
  category: 'minimising',
  severity: 'warning',
  target: 'action',
  phrases: [
    // Drug use or dealing made casual: "dabbling in drugs", "the odd joint", "a small cannabis habit".
    '{dabble} in|with @crime-drug-object|drugs|dealing|selling|crime|the-drugs-game',
    'the|an odd|occasional joint|joints|spliff|spliffs|zoot|zoots|line|pill|bag',
    'a few|couple|couple-of spliffs|joints|zoots|pills|tokes',
    'a|$poss small|minor|little|light|bit-of-a cannabis|weed|skunk|drug|drugs habit|problem',
    'a bit of a weed|cannabis|skunk habit|problem',
  ],
  unless: ['professional-subject', 'young-people-in-general', 'adults-who'],
  message: '`{actual}` makes drug use or dealing that may be part of exploitation sound casual',
  suggestions: ['uses cannabis supplied by [adult]', 'has been given drugs by [adult]'],
  note: 'Drugs are often how exploiters hook, pay and control a child, and a drug debt is a common lever. Record who supplies the drugs and what the child owes or is asked to do.',
  sources: ['CL-GUID', 'PACE-DEBT', 'CCE-DEF', 'NCTC-FIN'],
  examples: {
    incorrect: [
      {
        text: 'Kyle (14) has been [[dabbling in drugs]] since Year 9.',
        suggestions: ['uses cannabis supplied by [adult]', 'has been given drugs by [adult]'],
      },
      'He [[dabbled in dealing]] over the summer, the teacher says.',
      'Kai smokes [[the odd joint]] with the older lads.',
      'Concerns: [[a few spliffs]] at weekends',
      'Kyle has [[a small cannabis habit]] and owes Jay money.',
      'She has [[a bit of a weed habit]], mum says.',
    ],
    correct: [
      'Kyle has not been dabbling in drugs; the men planted the cannabis.',
      'The men, aged 25 and 30, dabble in dealing.',
      'Young people who dabble in drugs are often targeted by exploiters.',
      'Kyle was given cannabis by Jay (24) and now owes him £400.',
    ],
  },
} satisfies RuleSpec
