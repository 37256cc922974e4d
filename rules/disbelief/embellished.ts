import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'embellished',
  category: 'disbelief',
  severity: 'error',
  target: 'action',
  phrases: [
    '{embellish}',
    'embellishment(s)',
    '{add} to the story|account',
    '{pad} out the story|account',
    '{embroider} the|her|his|their? details|story|account|truth|it',
  ],
  message: '`{actual}` suggests the child added untrue detail to their account',
  suggestions: ['gave further detail on [date]'],
  note: 'Further detail given later is common when a child begins to feel safer; it is not embellishment. Record when each detail was given.',
  sources: ['NRM-FORM', 'SEFTON-CRED', 'SEFTON-MS'],
  examples: {
    incorrect: [
      {
        text: 'Jade has [[embellished]] her account since the first interview.',
        suggestions: ['gave further detail on [date]'],
      },
      'Kyle is [[embellishing]] the threats from the elders, staff feel.',
      'Mia [[padded out the story]] after the first visit.',
      'The second account contained [[embellishments]] about the hotel.',
      'Amira [[added to the story]] after talking to friends.',
      'She [[embroidered the details]] of the night at the flat.',
    ],
    correct: [
      'Jade gave further detail about the hotel on 14 May.',
      'Avoid words like "embellished" about a child\'s account.',
      'Kyle described the threats in more detail at the second visit.',
    ],
  },
} satisfies RuleSpec
