import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'seemingly-in-return-for-sex',
  category: 'consent',
  severity: 'error',
  target: 'term',
  phrases: [
    'seemingly|apparently|presumably|possibly|perhaps|probably|likely|allegedly in return|exchange for sex|oral|nudes|pictures|photos|images|videos',
    'seemingly|apparently|presumably|possibly|perhaps|probably|likely|allegedly in return|exchange for sexual favours|acts|images|pictures|photos|videos',
    'seemingly|apparently|presumably|possibly|perhaps|probably|likely|allegedly as payment for sex',
    'seemingly|apparently|presumably|possibly|perhaps|probably|likely|allegedly in return|exchange for $poss body',
  ],
  message: '`{actual}` hedges sexual exploitation into a possible trade the child took part in',
  suggestions: ['and is sexually exploiting [child]', 'to groom [child] for sexual abuse'],
  note: 'The hedge and the exchange wording together turn abuse into an uncertain bargain. State the concern plainly: the adult is giving the child drugs or gifts and sexually exploiting them.',
  adult: {
    message: '`{actual}` hedges sexual exploitation into a possible trade the person took part in',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['LSCB-TBL', 'LM', 'DFE-CSE'],
  examples: {
    incorrect: [
      {
        text: 'The 40-year-old man is offering her cannabis [[seemingly in return for sex]].',
        suggestions: ['and is sexually exploiting [child]', 'to groom [child] for sexual abuse'],
      },
      'Mia has new clothes, [[apparently in exchange for sexual favours]].',
      'He pays her phone bill, [[possibly as payment for sex]].',
      'Amira gets a room at the flat, [[presumably in return for her body]].',
    ],
    correct: [
      'The man is giving Jade cannabis and is sexually exploiting her.',
      'Mia has new clothes she cannot explain; the concern is that an adult is grooming her.',
      'Apparently in return for a favour, the landlord let the family stay.',
    ],
  },
} satisfies RuleSpec
