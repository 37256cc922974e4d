import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'supposedly',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: [
    'supposedly',
    'purportedly',
    'purports to',
    'supposed|purported sexual|physical|violent? @doubt-abuse-event',
  ],
  message: '`{actual}` hedges the account so that it reads as untrue',
  suggestions: ['[child] said', 'according to [child]'],
  note: 'Hedges such as "supposedly" cast the child\'s account as fiction. Attribute it plainly and record what is known.',
  sources: ['NSPCC-ALLEGED', 'SEFTON-CRED'],
  examples: {
    incorrect: [
      {
        text: 'Jade was [[supposedly]] taken to a hotel in Derby.',
        suggestions: ['[child] said', 'according to [child]'],
      },
      'Kyle [[purportedly]] owes £800 to the elders.',
      "Amira's account [[purports to]] show that she was moved by car.",
      'Her [[supposed abduction]] looks odd to staff.',
      'The [[purported assault]] took place in a car park.',
      'His [[supposed debt]] to the olders was never checked.',
      '[[Purported sexual assault]] at the hotel on 3/4',
    ],
    correct: [
      'Jade said she was taken to a hotel in Derby.',
      'Kyle told his worker that he owes £800 to the elders.',
      'Avoid hedges such as "supposedly" in a referral.',
      'Jade was supposed to attend school but the men kept her at the flat.',
    ],
  },
} satisfies RuleSpec
