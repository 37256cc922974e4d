import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'female-male-noun',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    '{be} a female|male',
    'the|this female|male {be} located|traced|returned|recovered|found|missing|reported-missing|picked-up|collected',
  ],
  unless: [
    {
      precededBy: [
        'officer|officers|PC|DC|DS|PCSO|sergeant|constable|worker|nurse|teacher|interpreter|carer|manager|receptionist|driver|suspect|offender|perpetrator|man|woman|adult|landlord|caller|witness|informant|neighbour|passenger|occupant|doctor|GP|paramedic|staff|member|defendant|person|someone|somebody|individual|her|him|them',
      ],
      within: 1,
    },
    'sex-adjective-for-adult',
  ],
  guards: {age: true},
  message: '`{actual}` uses police-style adult nouns for a child',
  suggestions: ['is a girl', 'is a boy', 'is a child'],
  note: 'Calling a child "a female" or "a male" is the language used for adults and suspects, and erodes the fact that they are a child. Say "girl", "boy", "child" or use the name and age.',
  sources: ['TCS-YJLC', 'DAVIS', 'HMICFRS-ADULT'],
  examples: {
    incorrect: [
      {
        text: 'Amira (13) [[is a female]] of slight build with long hair.',
        suggestions: ['is a girl', 'is a boy', 'is a child'],
      },
      'The missing child [[is a male]] of mixed heritage, aged 14.',
      'Mia [[was a female]] in a school uniform when seen on CCTV.',
      '[[The female was located]] in a Premier Inn with an adult male; she is 15.',
      '[[This male was found]] at the address in Hull at 02:00; he is 14.',
      '[[The female was reported missing]] by her foster carer at 23:00.',
    ],
    correct: [
      'The driver is a male in his thirties.',
      'The caller was a female who did not give her name.',
      'A female officer sat with Jade during the interview.',
      'Avoid calling a child "a female" in a referral.',
      'The male was found at the address and arrested; he is 32.',
      'The female officer located Jade at the station.',
    ],
  },
} satisfies RuleSpec
