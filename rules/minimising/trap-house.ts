import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'trap-house',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: ['trap house(s)', 'trap flat(s)', 'bando(s)', 'trap phone(s)'],
  unless: [
    {
      followedBy: [
        'are|is properties|property|places|addresses|premises|flats|houses|homes',
        'are|is a place|property',
        'are|is an address',
        'are|is used|where',
      ],
    },
    'slang-explained',
    // The adults' use of the place: "adults who use it as a trap house", "the men turned the flat into a trap house".
    {
      precededBy: [
        '@not-the-child|gang|gangs|they|line who|that? {use}|{turn}|{convert}|{make} it|$poss|the flat|house|address|property|home? as|into a|an',
      ],
    },
  ],
  message: '`{actual}` adopts drug-network slang for a place where a child was exploited',
  suggestions: ['an address used to sell drugs', 'a property where [child] was held and made to sell drugs'],
  note: 'Slang names for places hide what happened there. Describe the address and what the child was made to do there.',
  sources: ['CARDIFF-TERMS', 'CARDIFF-LANG', 'TEES'],
  examples: {
    incorrect: [
      {
        text: 'Kyle was found in a [[trap house]] in Exeter.',
        suggestions: [
          'an address used to sell drugs',
          'a property where [child] was held and made to sell drugs',
        ],
      },
      'Officers raided the [[trap flat]] on Grove Road.',
      'He slept in a [[bando]] for a week.',
      'Jay was given a [[trap phone]] by the elders.',
      'The boys were moved between [[bandos]] in Swindon.',
    ],
    correct: [
      'The tenant, a man of 60, had his flat taken over by men who use it as a trap house.',
      'Intelligence: the men turned his flat into a trap house in May.',
      'Kyle was found at an address in Exeter used to sell drugs.',
      'The men set a trap for Kyle by staging a robbery.',
      'She felt caught in a trap of debt to the men.',
      'The debt was a trap.',
      'Slang such as "trap house" should be explained in a glossary.',
    ],
  },
} satisfies RuleSpec
