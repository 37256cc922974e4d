import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'inappropriate-touching',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: [
    'inappropriate|inappropriately touching|touched|touch',
    'touched $obj inappropriately',
    '{touch} inappropriately',
    'inappropriate sexual contact|touch|touches',
    'inappropriate physical? contact',
    'inappropriate touch|touches',
    'bad touch|touches|touching',
  ],
  unless: [{followedBy: ['with staff|professionals|services', 'with the school', 'time|times|details']}],
  message: '`{actual}` softens sexual abuse into a matter of manners',
  suggestions: ['sexually assaulted [child] by touching [body part]'],
  note: '"Inappropriate touching" of a child is sexual assault. Name it and describe what the adult did.',
  sources: ['ZT', 'LUX', 'LM'],
  examples: {
    incorrect: [
      {
        text: 'There are concerns about [[inappropriate touching]] by the driver.',
        suggestions: ['sexually assaulted [child] by touching [body part]'],
      },
      'Deano [[touched her inappropriately]] at the flat.',
      'The man [[touched inappropriately]] during the lift home.',
      'Police recorded [[inappropriate sexual contact]] at the hotel.',
      'The school logged an [[inappropriate touch]] from the older man.',
      'Mia told her mother about a [[bad touch]] at the party.',
      'The log records [[inappropriate contact]] by the lodger.',
      'Concerns: [[inappropriate physical contact]] from an older cousin',
    ],
    correct: [
      'The man sexually assaulted Jade by touching her in the car.',
      'Avoid the phrase "inappropriate touching" for sexual assault.',
      "Jade's contact with the men was recorded in detail.",
      'The lodger sexually assaulted Mia; the log records what he did.',
    ],
  },
} satisfies RuleSpec
