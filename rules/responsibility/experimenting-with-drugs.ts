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
    '{take}|{use}|{smoke}|{snort}|{drink}|{do}|{try} @choice-substance',
    '@be a|an regular|heavy|daily|frequent|habitual|known|chronic? cannabis|drug|ketamine|cocaine|spice|mdma|alcohol user|smoker|drinker',
    'drug|drugs|cannabis|ketamine|cocaine use',
  ],
  unless: [
    {
      followedBy: [
        'service(s)|team(s)|worker(s)|support|screening|assessment(s)|referral|by|among|amongst|in-the-home|at-home|treatment|clinic|programme|nurse',
      ],
      within: 1,
    },
    {
      precededBy: [
        'parental|adult|adults|family|household|mum’s|mother’s|dad’s|father’s|carer’s|carers’|mum|mother|dad|father|perpetrator’s|perpetrators’',
      ],
      within: 1,
    },
    'adults-who',
    'young-people-in-general',
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
      'Skye has been drinking heavily and [[taking MDMA]] at weekends.',
      'Two men took Hana (13) to a flat where she [[drank vodka]].',
      'Daniel [[is a regular cannabis user]], per the YOT.',
      'Risks: [[drug use]], alcohol, going missing',
    ],
    correct: [
      'Jade was given cannabis by a 22-year-old man at the flat.',
      'Avoid phrases such as "experimenting with drugs" in referrals.',
      'The adults supplied cocaine to Kyle in Hull.',
      'The men made Jade take drugs before they filmed her.',
      'The men gave her vodka and cocaine at the party.',
      'She was made to take cocaine by the older boys.',
      'Her mum drinks vodka most days.',
      'Parental drug use is a concern for the younger siblings.',
      'A referral to the drug use service was made.',
    ],
  },
} satisfies RuleSpec
