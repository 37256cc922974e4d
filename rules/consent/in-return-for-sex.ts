import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'in-return-for-sex',
  category: 'consent',
  severity: 'error',
  target: 'term',
  phrases: [
    'in return|exchange for sex|nudes|pictures|photos|images|videos',
    'in return|exchange for sexual favours|acts|images|pictures|photos|videos',
    'in return|exchange for oral',
    'in return|exchange for $poss body',
    'as payment for sex',
  ],
  message: '`{actual}` frames what an adult gave a child as payment for sex the child agreed to',
  suggestions: ['and then sexually abused [child]', 'to groom and control [child]'],
  note: 'Gifts, drugs, lifts and money are grooming and control tools, and receiving them does not make a child less of a victim. Say what the adult gave and what the adult did.',
  adult: {
    message: '`{actual}` frames what an adult gave a person as payment for sex the person agreed to',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['LM', 'LSCB-TBL', 'DFE-CSE'],
  examples: {
    incorrect: [
      {
        text: 'The men gave her vodka and cannabis [[in return for sex]].',
        suggestions: ['and then sexually abused [child]', 'to groom and control [child]'],
      },
      'Mia received lifts and food [[in exchange for sexual favours]].',
      'He paid for her phone [[in exchange for nudes]].',
      'Amira was given a bed [[in return for oral]] sex.',
      'The driver waived the fare [[as payment for sex]].',
      'Ellie (14) got cigarettes [[in exchange for her body]].',
    ],
    correct: [
      'The men gave Jade vodka and cannabis and then sexually abused her.',
      'A child may be exploited in exchange for something they need or want.',
      'Kyle was given £50 in return for holding the drugs.',
      'Children may be given gifts in exchange for sexual activity.',
    ],
  },
} satisfies RuleSpec
