import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'went-willingly',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '{go}|{travel}|{stay}|{leave}|{return} willingly|voluntarily',
    '{go}|{travel}|{stay}|{leave}|{return} of $poss own accord|volition',
    '{go}|{travel}|{stay}|{leave}|{return} of $poss own free will',
  ],
  message: '`{actual}` presents the child as a willing party to their own exploitation',
  suggestions: ['went with [adult] after [promise / threat / debt]'],
  note: 'A child cannot consent to being exploited, and consent to travel is irrelevant in law. Say what made the child go: who took them, what was promised or threatened.',
  sources: ['MSA-S1-2', 'ECPAT-UK', 'ZT', 'NSVRC'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[went willingly]] with the two men to Leeds.',
        suggestions: ['went with [adult] after [promise / threat / debt]'],
      },
      'Jay [[travelled voluntarily]] to the address in Kent.',
      'Mia [[went of her own accord]] to meet him at the station.',
      'He [[returned of his own free will]] to the flat on Friday.',
      'Staff believe she [[goes willingly]] when they collect her.',
    ],
    correct: [
      'She never went willingly; the men threatened her brother.',
      'Jade did not go willingly with them.',
      'The police officers went voluntarily to the address to check on her.',
      'The guidance warns against phrases such as "went willingly".',
    ],
    info: ['She told me that she "[[went willingly]]" because she owed them money.'],
    knownMisses: ['She was more than willing to go with them.'],
  },
} satisfies RuleSpec
