import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'just-a-kiss',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: [
    'only|just a kiss|cuddle|peck|hug|grope|touch|fumble',
    'only|just kissed|touched|cuddled|fondled $obj',
    'only|just kissing|touching|cuddling',
    'nothing serious|much|really|sexual happened',
    'nothing more than a kiss|cuddle|hug',
  ],
  unless: [{followedBy: ['base|on|upon']}, {precededBy: ['not|never'], within: 1}],
  message: '`{actual}` minimises sexual contact between an adult and a child',
  suggestions: ['[adult] sexually assaulted [child] by [describe the act]'],
  note: 'Any sexual touching of a child by an adult is sexual abuse, and it is often part of grooming. Describe what the adult did without qualifying it.',
  sources: ['ZT', 'LUX', 'DFE-CSE'],
  examples: {
    incorrect: [
      {
        text: 'It was [[only a kiss]], the man claims.',
        suggestions: ['[adult] sexually assaulted [child] by [describe the act]'],
      },
      'Deano [[just touched her]] over her clothes in the car.',
      'He was [[only kissing]] Jade when officers arrived.',
      'The file says [[nothing serious happened]] at the party.',
      'It was [[nothing more than a kiss]] between Mia and the 25-year-old.',
      'Kyle thinks [[nothing really happened]] at the flat.',
    ],
    correct: [
      'Deano sexually assaulted Jade by touching her breasts in the car.',
      'Avoid phrases such as "only a kiss" for sexual contact with a child.',
      'Jade gave her nan a kiss goodbye before the visit.',
    ],
    info: ['Jade told me "[[nothing really happened]]" at the flat.'],
  },
} satisfies RuleSpec
