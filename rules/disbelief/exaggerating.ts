import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'exaggerating',
  category: 'disbelief',
  severity: 'error',
  target: 'action',
  phrases: [
    '{exaggerate}',
    'exaggeration(s)',
    'overdramatising|overdramatizing',
    'over dramatising|dramatizing',
    '{blow} it|this|things out of proportion',
    'overstating',
    'over dramatise|dramatises|dramatised|dramatising|dramatize|dramatizes|dramatized|dramatizing',
    'overdramatise|overdramatises|overdramatised|overdramatize|overdramatizes|overdramatized',
    // Fear or harm talked up: "goes on about being frightened", "makes a big deal of being scared".
    '{go}|{bang}|{harp} on about being? frightened|scared|afraid|threatened|hurt|followed|watched|in-danger|at-risk|unsafe',
    '{make} a big deal|fuss|drama|song-and-dance of|about|out-of being? frightened|scared|afraid|threatened|hurt|it|this|that|what-happened',
    '{make} out that? $subj {be} frightened|scared|afraid|terrified|in-danger|at-risk|a-victim',
  ],
  message: '`{actual}` suggests the child is inflating what happened',
  suggestions: ['[record what was said and what has been found]'],
  note: 'Children often minimise rather than inflate abuse. Record what the child described and what is known.',
  sources: ['NSPCC-MAL', 'SEFTON-CRED'],
  examples: {
    incorrect: [
      {
        text: 'Jade is [[exaggerating]] how many men were there, staff think.',
        suggestions: ['[record what was said and what has been found]'],
      },
      'Staff think Jade is [[exaggerating]] how many men were there.',
      "Kyle [[exaggerated]] the debt to get moved, in the carer's view.",
      'Her account is [[exaggeration]] to get attention, the home thinks.',
      'Mia was [[over-dramatising]] the threats, her mother thinks.',
      'Amira is [[overdramatising]] what happened at the party.',
      'Mia is [[blowing things out of proportion]], her mother thinks.',
      'Kyle is [[overstating]] the threats, the worker thinks.',
      'She tends to [[over-dramatise]] things when she is upset.',
      'Kyle keeps [[banging on about being followed]] by the men.',
      'She [[makes a big fuss about being scared]] of him but still goes.',
      'He [[makes out he is terrified]] of them, but staff doubt it.',
    ],
    correct: [
      'Kyle told us he is being followed by the men from the flat.',
      'She is scared of him and has told her worker why.',
      'Jade described four men being at the flat.',
      'Avoid words such as "exaggerating" when recording a child\'s account.',
      'The men exaggerated the debt to keep Kyle working for them.',
    ],
  },
} satisfies RuleSpec
