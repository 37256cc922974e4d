import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'promiscuous',
  category: 'judgemental',
  severity: 'error',
  target: 'term',
  phrases: [
    'promiscuous|promiscuity',
    '{sleep} around',
    // Promiscuity in idiom: "gets around a bit", "puts herself about".
    '{get} around|about a-bit|a-lot|quite-a-bit',
    '{put} $self|it about',
    'sexually precocious|promiscuous',
    'oversexualised|over-sexualised|oversexualized|over-sexualized|hypersexual',
    'promiscous|promiscious|promiscuos|promicuous|promiscuious',
    'boy|man|men|sex mad|crazy',
  ],
  message: '`{actual}` passes moral judgement on the child’s sexuality and hides the adults abusing them',
  suggestions: ['is being sexually exploited by [adult]', 'was sexually abused by [adult]'],
  note: 'Moral labels about a child’s sexuality shift attention from the adults who abuse them. Leave the label out and record what the adults did.',
  sources: ['HMICFRS-MET', 'OUTSHADOWS'],
  examples: {
    incorrect: [
      '[[Gets around a bit]].',
      'She [[puts herself about]] with the older lads.',
      'Jade (15) [[puts it about]], the school says.',
      {
        text: 'Jade is [[promiscuous]] and has several older partners.',
        suggestions: ['is being sexually exploited by [adult]', 'was sexually abused by [adult]'],
      },
      'Staff feel Amira [[sleeps around]] in Leeds.',
      'Kyle is [[sexually precocious]] for a 12-year-old.',
      'Staff see her as [[oversexualised]] around the older boys.',
      'There are concerns about her [[promiscuity]] at the hotel.',
      '- [[promiscous]], older boyfriend',
      'Her carer says she is [[boy mad]].',
    ],
    correct: [
      'Jade is being sexually exploited by at least three adult men.',
      'Avoid words such as "promiscuous" about a child.',
      'Jade is not promiscuous; she is being sexually exploited.',
      'It would be wrong to describe her as promiscuous.',
      'Labelling a child promiscuous shifts the blame onto her.',
    ],
  },
} satisfies RuleSpec
