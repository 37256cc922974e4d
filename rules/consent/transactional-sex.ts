import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'transactional-sex',
  category: 'consent',
  severity: 'error',
  target: 'term',
  phrases: [
    'transactional sex|sexual',
    'transactional relationship(s)',
    'survival sex',
    'sex for rent',
    'sexual transaction(s)',
  ],
  guards: {age: true},
  message: '`{actual}` describes the sexual exploitation of a child as a transaction',
  suggestions: ['sexual exploitation', 'sexual abuse by [adult]'],
  note: 'Calling it a transaction makes the child a party to a deal; a child who receives food, money or a bed is still a victim. Name the adult and what they gave or withheld.',
  adult: {
    message: '`{actual}` describes the sexual exploitation of a person as a transaction',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['LM', 'LSCB-TBL', 'DFE-CSE', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'The concern is [[transactional sex]] with men she meets online.',
        suggestions: ['sexual exploitation', 'sexual abuse by [adult]'],
      },
      'Mia (15) is at risk of [[survival sex]] while sofa-surfing.',
      'Jade appears to be in a [[transactional relationship]] with the landlord.',
      'Amira’s situation was logged as [[sex for rent]] by the housing officer.',
      'Officers viewed the contact as a [[sexual transaction]] between Ellie and the driver.',
      'Staff noted [[transactional sexual]] contact with older boys.',
    ],
    correct: [
      'The landlord sexually abused Jade and let her stay in return.',
      'Anna, 25, described what she called survival sex while homeless.',
      'Mia, 14, was sexually exploited by the landlord, who gave her a room.',
    ],
  },
} satisfies RuleSpec
