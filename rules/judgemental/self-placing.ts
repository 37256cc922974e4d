import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'self-placing',
  category: 'judgemental',
  severity: 'warning',
  target: 'action',
  phrases: ['self-placing|self-placed|self-placer(s)|self-placement(s)', 'self-place(s)'],
  message: '`{actual}` treats a missing child as having chosen a new home',
  suggestions: ['was missing from [placement] and was staying at [address] with [adult]'],
  note: 'A child staying away from their placement may be harboured or controlled by adults. Record where they were staying, with whom and since when.',
  sources: ['MCFARLANE', 'STOWE-NCA'],
  examples: {
    incorrect: [
      {
        text: 'Jade is [[self-placing]] at an address in Leeds.',
        suggestions: ['was missing from [placement] and was staying at [address] with [adult]'],
      },
      "Kyle has [[self-placed]] with a friend's family in Luton.",
      'Amira is described in the file as a [[self-placer]].',
      "Tomasz [[self-places]] at his uncle's most weekends.",
    ],
    correct: [
      'Jade was missing from her placement and was staying at a flat in Leeds with a 23-year-old man.',
      'Avoid terms such as "self-placing" for missing children.',
      'Kyle was placed with foster carers in Derby.',
    ],
  },
} satisfies RuleSpec
