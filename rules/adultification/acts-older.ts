import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'acts-older',
  category: 'adultification',
  severity: 'error',
  target: 'action',
  phrases: [
    '{act}|{behave}|{present} older|old',
    '{act}|{behave}|{present} older than $poss age|years',
    '{present} as older|old',
    '{present} as older than $poss age|years',
    '{act}|{behave} like an adult',
    '{act}|{behave} like a grown up|grownup',
    '{act}|{behave} like $subj {be} an adult',
    'old for $poss age|years',
    '{act}|{behave}|{present} old for $poss age|years',
    'older than $poss years',
  ],
  unless: [
    {precededBy: ['may|might|can|could|often|sometimes|to|will'], within: 1},
    {
      followedBy: [
        'but $subj {be} still',
        'but children|they {be} still',
        'but this|that does not',
        'but {be} still',
      ],
      within: 1,
    },
    {
      precededBy: [
        'may|might|can|could appear|seem|look',
        'may|might|can|could appear|seem|look to be',
        'may|might|can|could present as',
        'may|might|can|could be seen|perceived|viewed as',
      ],
      within: 1,
    },
  ],
  guards: {age: true},
  message: '`{actual}` frames the child as older than they are, which displaces their vulnerability',
  suggestions: ['is 14', 'is 14; how [child] presents does not reduce the risk from [adult]'],
  note: 'A child who seems older is still a child, and adultification removes protection. Give the age and describe the behaviour and its context.',
  sources: ['DAVIS', 'HMICFRS-ADULT', 'CASEY'],
  examples: {
    incorrect: [
      {
        text: 'Kyle [[acts older]] and spends his time with the elders.',
        suggestions: ['is 14', 'is 14; how [child] presents does not reduce the risk from [adult]'],
      },
      'Jade [[behaves older than her age]] when adults are around.',
      'He [[acts like an adult]] and pays his own way.',
      'Tomasz is [[old for his age]] and talks like a man.',
      'Kyle [[acts old for his age]] around the elders.',
      'Mia is [[older than her years]] in the view of the hotel staff.',
      'Kyle [[acts like a grown-up]] when he is with the elders.',
      'Tomasz [[behaves like he is an adult]] at the car wash.',
      'She [[presents older]] and has been going to clubs in Bristol.',
      'Kyle [[presents as older than his age]] to the police.',
      'Jade [[presents as older]] and has been served in pubs.',
    ],
    correct: [
      'Jade is 14; the adults treated her as older so that they could abuse her.',
      'The 31-year-old man acts older than his friends.',
      'Kyle does not act older; he plays football and still needs a nightlight.',
      'Phrases such as "acts older" can adultify children.',
    ],
  },
} satisfies RuleSpec
