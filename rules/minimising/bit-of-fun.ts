import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'bit-of-fun',
  category: 'minimising',
  severity: 'error',
  target: 'term',
  phrases: ['a bit of fun', 'harmless fun', 'a bit of a laugh', 'just|only banter', 'a game to $obj'],
  message: '`{actual}` echoes the framing abusers use to make abuse seem harmless',
  suggestions: ['[describe what the adults did]'],
  note: "Calling abuse fun, a laugh or banter repeats the abusers' own minimising story. Describe what happened and who did it.",
  sources: ['ZT', 'LUX', 'UKCIS'],
  examples: {
    incorrect: [
      {
        text: 'The men saw the parties as [[a bit of fun]] for the girls.',
        suggestions: ['[describe what the adults did]'],
      },
      'It was [[harmless fun]] between Jade and the older boys, her mother thinks.',
      'The videos were [[just banter]] in the group chat, the school said.',
      'The party was [[a bit of a laugh]] in the view of the hotel staff.',
      "The abuse was [[a game to them]] in the officer's opinion.",
    ],
    correct: [
      'The men gave the girls vodka at parties and sexually abused them.',
      'Avoid phrases such as "a bit of fun" about abuse.',
      'Jade enjoys art and had fun at the youth club.',
    ],
    info: ['Deano told police it was "[[a bit of fun]]".'],
  },
} satisfies RuleSpec
