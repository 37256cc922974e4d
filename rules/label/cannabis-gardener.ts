import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'cannabis-gardener',
  category: 'label',
  severity: 'error',
  target: 'label',
  phrases: [
    'cannabis|weed|skunk gardener(s)|farmer(s)|grower(s)|cultivator(s)',
    '{be} the|a gardener',
    // The job title for the child found in a grow: "was working as a gardener in the grow".
    '{work} as a|an|the gardener|farmer|grower|farmhand|farm-hand|waterer',
  ],
  unless: [
    {precededBy: ['adult', 'the man', 'a man']},
    // An adult or a relative at an ordinary job: "Grandad works as a gardener at the park".
    {precededBy: ['@not-the-child|@crime-relative-noun|@crime-adult-noun'], within: 3},
  ],
  message: '`{actual}` labels a child found in a cannabis grow as an offender rather than a victim',
  suggestions: ['child made to tend cannabis plants by [adult]', 'child held at a cannabis grow by [adult]'],
  note: 'Children found in cannabis grows are often trafficked and locked in; exploiting a child to grow cannabis is modern slavery, and the section 45 defence may apply. Say who held the child there, for how long and under what conditions.',
  sources: ['MSA-S3', 'MSA-S45', 'TEES'],
  examples: {
    incorrect: [
      {
        text: 'Minh, 15, [[is the gardener]] at the address in Walsall.',
        suggestions: [
          'child made to tend cannabis plants by [adult]',
          'child held at a cannabis grow by [adult]',
        ],
      },
      'Police arrested Minh as a [[cannabis gardener]] after the raid.',
      'The boys were [[cannabis farmers]] in the eyes of the first officers.',
      'Minh has been a [[cannabis grower]] since he arrived in the UK.',
      'Two [[weed growers]] aged 14 and 15 were found in the loft.',
      'Minh (16) was [[working as a gardener]] in the grow.',
    ],
    correct: [
      'Grandad works as a gardener at the park.',
      'Minh, 15, was locked in a house in Walsall and made to water cannabis plants by two adults.',
      'Minh is not a cannabis gardener; he is a child who was trafficked.',
      'Avoid labels such as "cannabis gardener" for children found in cannabis grows.',
      'The adult cannabis grower who rented the house has been charged.',
    ],
  },
} satisfies RuleSpec
