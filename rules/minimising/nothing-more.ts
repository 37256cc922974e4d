import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'nothing-more',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: [
    'nothing more|else|sinister|untoward|inappropriate|sexual',
    'nothing more|else than that',
    'no more than that',
    "that's|that-was|that-is all",
  ],
  unless: [
    {
      followedBy: [
        'we|i|they|he|she|to|can|could|would|will|should|that|is|was|has|had|needs|needed|for|from|of|about|on|in|at|the|happened|seemed|appears|be|been|known|found|said|reported|recorded|disclosed|came|has-been|have-been|could-be',
      ],
      within: 1,
    },
    {
      precededBy: [
        'there was|is',
        'there has been',
        'found|find|see|saw|seen|noticed|know|knew|say|said|says|recall|remember|disclosed|reported',
      ],
      within: 1,
    },
    'jv-reported-framing',
  ],
  message: '`{actual}` closes the account as if nothing harmful happened',
  suggestions: ['[describe what the adults did and why it is a concern]'],
  note: 'Ending a description with "nothing more" or "nothing untoward" tells the reader that what did happen was harmless. A drive, drinks or gifts from adults are grooming indicators; record them as such.',
  sources: ['LM', 'LSCB-TBL', 'DFE-CSE'],
  examples: {
    incorrect: [
      {
        text: 'The men took Keeley (13) for a drive and some drinks, [[nothing more]].',
        suggestions: ['[describe what the adults did and why it is a concern]'],
      },
      'The contact with the 40-year-old was judged to be [[nothing sinister]].',
      'He bought her a phone and some clothes, [[nothing more than that]].',
      'It was a lift home from the takeaway owner, [[no more than that]].',
      'A kiss on the cheek from the 26-year-old – [[that was all]].',
    ],
    correct: [
      'There is nothing more we can do until she is found.',
      'Nothing else was found in the car.',
      'Jade said nothing untoward happened, which is common when children are groomed not to tell.',
      'There was nothing untoward in her school attendance.',
      'Avoid closing a description with "nothing more" when adults gave a child gifts.',
    ],
  },
} satisfies RuleSpec
