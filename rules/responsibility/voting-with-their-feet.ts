import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'voting-with-their-feet',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  phrases: ['{vote} with $poss feet'],
  message:
    '`{actual}` reads the child leaving as a protest choice rather than a possible sign of fear or control',
  suggestions: [
    'left [place]; we need to understand whether [child] is frightened, threatened or being exploited',
  ],
  note: 'A child who leaves or stays away may be frightened, threatened or controlled. Record where they went and with whom, and what is not yet understood.',
  sources: ['CWCT'],
  examples: {
    incorrect: [
      {
        text: 'Kyle is [[voting with his feet]] and leaves the placement most nights.',
        suggestions: [
          'left [place]; we need to understand whether [child] is frightened, threatened or being exploited',
        ],
      },
      'Jade [[voted with her feet]] after the move to Hull.',
      'The twins [[vote with their feet]] whenever a new carer starts.',
    ],
    correct: [
      'Kyle left the placement at 22:00 and was found in Luton with two adults.',
      'Avoid phrases such as "voting with their feet" about missing children.',
      'Jade is not voting with her feet; she is frightened of the men.',
    ],
  },
} satisfies RuleSpec
