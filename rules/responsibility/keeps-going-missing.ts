import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'keeps-going-missing',
  category: 'responsibility',
  severity: 'warning',
  target: 'term',
  phrases: [
    '{keep} going missing',
    '{go} missing again',
    'repeatedly|constantly|continually|persistently|frequently|regularly|habitually goes|went|going missing',
    '{go} missing all-the-time|regularly|repeatedly|frequently|often|constantly',
    '{go} missing whenever|every-time|each-time|any-time',
    '{be} missing repeatedly|regularly|constantly|all-the-time',
    // How often, after the verb (`@resp-often-after`): "goes missing every weekend", "goes missing at
    // will", "has been going missing on a weekly basis".
    '{go} missing @resp-often-after',
    // Any word of repetition before it (`@choice-again`): "continues to go missing", "still goes
    // missing", "often goes missing", "kept on going missing".
    '@choice-again {go} missing',
  ],
  unless: ['young-people-in-general', {precededBy: ['{choose} to'], within: 1}],
  message: '`{actual}` treats missing episodes as a habit rather than as indicators of exploitation',
  suggestions: [
    'has been reported missing [number] times since [date]',
    'was missing again and was found at [place] with [adult]',
  ],
  note: 'Each missing episode is a possible sign of exploitation or trafficking. Record how many times, since when, and where and with whom the child was found.',
  sources: ['CARDIFF-LANG', 'NSPCC-RISK'],
  examples: {
    incorrect: [
      'Jade [[goes missing every weekend]] and is found in Luton.',
      'Kai (15) [[continues to go missing]] from placement.',
      '- [[still going missing]] at weekends',
      'He has been [[going missing on a weekly basis]] since May.',
      'Leah (14) [[goes missing at will]], staff say.',
      '- [[goes missing as and when she pleases]]',
      'Kyrie [[goes missing whenever]] he is due in court.',
      {
        text: 'Jade [[keeps going missing]] from her placement.',
        suggestions: [
          'has been reported missing [number] times since [date]',
          'was missing again and was found at [place] with [adult]',
        ],
      },
      'Kyle [[went missing again]] on Friday night.',
      'Professionals are worried that Jade [[keeps going missing]] at weekends.',
      'Amira [[repeatedly goes missing]] from school.',
      'Tomasz [[goes missing all the time]] at weekends.',
      'Jade has been [[going missing regularly]] since May.',
      'Kyle [[is missing all the time]] from the unit.',
    ],
    correct: [
      'Jade was reported missing every weekend in May; each time she was found with adults in Luton.',
      'Staff are told to call police whenever a child goes missing.',
      'Jade has been reported missing six times since 3 January.',
      'Kyle was missing for two days and was found in Hull with two adults.',
      'Avoid phrases such as "keeps going missing" in referrals.',
    ],
  },
} satisfies RuleSpec
