import type {RuleSpec} from '../../src/types.js'

// The account doubted for its delivery rather than its content: "sounds
// rehearsed", "her disclosure seems coached", "textbook story", "has form
// for making allegations". Being coached BY the exploiters ("coached by the
// men to say she is 18") is an indicator and is excepted.
export default {
  id: 'rehearsed-account',
  category: 'disbelief',
  severity: 'error',
  target: 'action',
  phrases: [
    '@seem|{sound} @jv-degree? rehearsed|coached|scripted|practised|practiced|well-rehearsed|word-perfect|learned|learnt|too-polished|too-pat|off-pat|textbook',
    '@doubt-account @be|@seem @jv-degree? rehearsed|coached|scripted|well-rehearsed|word-perfect|too-polished|off-pat',
    'rehearsed|coached|scripted|well-rehearsed|learnt|learned|stock|textbook|off-the-shelf|pat @doubt-account',
    '{have} form for @jv-degree? making? allegations|accusations|complaints|claims|stories|things-up',
    // The victim status doubted as hard to see: "it's hard to see him as trafficked".
    'hard|difficult to see|view|regard|accept $obj|him|her|them as @jv-degree? a? trafficked|exploited|coerced|groomed|victim',
  ],
  unless: [
    'professional-subject',
    'doubt-adult-owner',
    // Coached by the exploiters: "coached by the men to say she is 18", "coached on what to say".
    {followedBy: ['by|on|in|to-say|what-to-say']},
  ],
  message: '`{actual}` doubts the child’s account for how it was told',
  suggestions: ['gave an account of [events]', 'described [events] to [professional] on [date]'],
  note: 'Traumatised and groomed children often give accounts that sound flat, practised or stock, and exploiters do coach children; neither makes the account untrue. Record what the child said, when and to whom, and what corroborates it.',
  sources: ['SEFTON-CRED', 'NRM-FORM', 'NSPCC-MAL'],
  examples: {
    incorrect: [
      {
        text: 'Her [[disclosure seems rehearsed]], the officer noted.',
        suggestions: ['gave an account of [events]', 'described [events] to [professional] on [date]'],
      },
      '- account [[sounds coached]], few details',
      'Leah’s [[account is word-perfect]] each time she tells it.',
      'Reviewer: [[textbook story]], probably learnt from friends',
      'Jade (14) [[has form for making allegations]] at the home.',
      'Kai is 15 but it is [[hard to see him as trafficked]].',
    ],
    correct: [
      'She had been coached by the men to say she is 18.',
      'Jade seemed coached on what to say about her age.',
      'The suspect’s account seems rehearsed, the interviewing officer noted.',
      'Her account is detailed and consistent with the CCTV.',
      'The police had rehearsed the interview plan with the intermediary.',
      'Avoid writing that an account "sounds rehearsed".',
      'This is a textbook case of grooming by an adult.',
    ],
  },
} satisfies RuleSpec
