import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'underage-relationship',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: [
    'underage relationship(s)',
    'under age relationship(s)',
    'underage girlfriend|boyfriend|partner|lover',
    'under age girlfriend|boyfriend|partner|lover',
    '{be}? in? a? relationship with a minor',
    '{be}? in? a? relationship with an underage girl|boy|child',
    // The abuse judged as a couple: "relationship appears stable", "the relationship seems genuine".
    '$poss|the|this|their? relationship @seem|@be @jv-degree? stable|healthy|loving|genuine|mutual|settled|serious|committed|happy|positive|supportive|long-term|established|caring|consensual',
  ],
  unless: [
    'jv-reported-framing',
    // A relationship with family or professionals: "the foster placement relationship is stable".
    {
      precededBy: [
        'working|foster|placement|family|sibling|professional|carer|carers|parent|parents|mother|mum|father|dad|school|peer|staff|therapeutic|trusting|key-work|keyworker|attachment',
      ],
      within: 2,
    },
  ],
  message: '`{actual}` presents the abuse of a child as a relationship',
  suggestions: ['sexual abuse of [child] by [adult]', 'contact between [adult] and [child]'],
  note: 'A relationship between an adult and a child is abuse, not a romance that breaks an age rule. Describe the contact and name the adult as the abuser.',
  sources: ['ROSA', 'NSPCC-BF', 'LM'],
  examples: {
    incorrect: [
      'Panel: a 16-year-old girl living with her 33-year-old partner; [[relationship appears stable]], NFA.',
      'Jade (14) and Dean (26): [[the relationship seems genuine]] and she is happy.',
      {
        text: 'It was logged as an [[under-age relationship]] with a 19-year-old.',
        suggestions: ['sexual abuse of [child] by [adult]', 'contact between [adult] and [child]'],
      },
      'Deano, 22, has an [[under-age girlfriend]] in Bolton.',
      'The 26-year-old [[was in a relationship with a minor]] for a year.',
      'Police logged [[a relationship with a minor]] at the address.',
      "Mia, 14, is Liam's [[underage girlfriend]] according to his friends.",
      'He [[is in a relationship with an underage girl]] from Slough.',
      'The driver (41) and his [[underage girlfriend]] were stopped in Leeds.',
    ],
    correct: [
      'Her foster placement relationship is stable and she is settled at school.',
      'The working relationship with her key worker is positive.',
      'The police treated it as an underage relationship between Jade and Deano.',
      'Deano, 26, has been sexually abusing Jade, 14, since March.',
      'Avoid the phrase "underage relationship" for sexual abuse.',
      'Jade has a positive relationship with her foster carer.',
    ],
  },
} satisfies RuleSpec
