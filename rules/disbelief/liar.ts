import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'liar',
  category: 'disbelief',
  severity: 'error',
  target: 'action',
  phrases: [
    '{tell} lies|porkies|fibs',
    '{tell} lies|porkies|fibs about',
    'a|an habitual|compulsive|pathological|known? liar',
    'liar(s)',
    'a pack of lies',
    'untruthful',
    'dishonest account',
    '{be} known to lie|exaggerate|fabricate',
    'tendency to lie|exaggerate|fabricate',
    'tendency to make things up',
    '{tend} to lie|exaggerate|fabricate',
  ],
  message: '`{actual}` labels the child as a liar',
  suggestions: ['[record what was said and what has been found]'],
  note: 'Calling a child a liar leaves them unprotected; exploited children are often coached or too frightened to give a full account. Record what differs between accounts and possible reasons such as fear or trauma.',
  sources: ['NSPCC-MAL', 'SEFTON-CRED', 'NRM-FORM'],
  examples: {
    incorrect: [
      {
        text: 'Amira [[tells lies]] to get out of trouble, according to the school.',
        suggestions: ['[record what was said and what has been found]'],
      },
      'She [[told lies about]] where she had been.',
      "In the carer's view Mia is [[a compulsive liar]] and cannot be trusted.",
      "Jade's account was [[a pack of lies]], the sergeant felt.",
      'Tomasz has been [[untruthful]] in the past about his age.',
      'Kyle gave a [[dishonest account]] of the night.',
      "Both girls are [[liars]] in the home's view.",
      'Mia [[is known to lie]] about where she goes.',
      'Jade has a [[tendency to exaggerate]] when she is upset.',
      'Kyle [[tends to lie]] when he is in trouble.',
      'Amira has a [[tendency to make things up]] about boys.',
    ],
    correct: [
      'Jade gave an account that differs from the CCTV in two details.',
      'Avoid calling a child "a liar" in a referral.',
      'The man lied to police about knowing Jade.',
    ],
    info: ['Jade said the men called her a "[[liar]]" when she asked to go home.'],
  },
} satisfies RuleSpec
