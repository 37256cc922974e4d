import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'experimenting-with-drugs',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{experiment} with drugs|cannabis|alcohol|substances|ketamine|cocaine|pills|weed',
    'recreational drug|drugs|cannabis|substance use|user',
    '{use}|{take}|{smoke} drugs|cannabis|weed recreationally',
    'recreational user',
    '{take}|{do} drugs',
  ],
  unless: [
    {
      precededBy: ['adults|parents|carers|men|women|males|mother|father|mum|dad|uncle|aunt who|that'],
      within: 2,
    },
    {
      precededBy: [
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents',
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents who|that',
      ],
      within: 3,
    },
    {precededBy: ['to|into|made|forced|coerced|pressured|pressure|make|makes|making'], within: 2},
  ],
  message: '`{actual}` treats drug use as the child’s own experiment rather than something adults supplied',
  suggestions: ['was given [substance] by [adult]', 'was supplied with [substance] by [adult]'],
  note: 'Adults often give children drugs to create dependency and debt. Record who supplied the drugs, and when and where.',
  sources: ['NSPCC-RISK', 'OUTSHADOWS', 'PACE-DEBT'],
  examples: {
    incorrect: [
      {
        text: 'Jade has been [[experimenting with drugs]] since Year 9.',
        suggestions: ['was given [substance] by [adult]', 'was supplied with [substance] by [adult]'],
      },
      "Kyle's [[recreational cannabis use]] was noted at the review.",
      'Amira [[smokes cannabis recreationally]] with older boys.',
      'He is a [[recreational user]] of ketamine.',
      'Nia has been [[taking drugs]] at the flat in Wrexham.',
    ],
    correct: [
      'Jade was given cannabis by a 22-year-old man at the flat.',
      'Avoid phrases such as "experimenting with drugs" in referrals.',
      'The adults supplied cocaine to Kyle in Hull.',
      'The men made Jade take drugs before they filmed her.',
    ],
  },
} satisfies RuleSpec
