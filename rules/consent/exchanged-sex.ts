import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'exchanged-sex',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '{exchange}|{trade}|{swap}|{barter} sex|$self|nudes for?',
    '{exchange}|{trade}|{swap}|{barter} sexual favours|acts|activity|images for?',
    '{trade}|{swap}|{barter} images|pictures|photos|videos|selfies for?',
    '{use} sex|$self as currency|payment',
    '{use} $poss body as currency|payment',
    '{pay} for _? _? with sex|sexual',
    '{pay} $poss way with sex',
    // Favours, pictures or company traded for a price (`@choice-trade @choice-traded for`): "swapping favours for vapes".
    '@choice-trade @choice-traded for',
  ],
  message: '`{actual}` makes the child a party to a bargain over their own abuse',
  suggestions: [
    'was sexually abused by [adult], who supplied',
    'was sexually exploited by [adult] and given',
  ],
  note: 'Exchange wording makes the child look complicit; receiving something does not make a child less of a victim. Say what the adult gave and what the adult did.',
  adult: {
    message: '`{actual}` makes the person a party to a bargain over their own abuse',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['LM', 'LSCB-TBL', 'DFE-CSE', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'She [[exchanged sex for]] cannabis and somewhere to stay.',
        suggestions: [
          'was sexually abused by [adult], who supplied',
          'was sexually exploited by [adult] and given',
        ],
      },
      'Mia [[traded sexual favours for]] vapes and lifts.',
      'Amira has been [[swapping sex for]] a bed for the night.',
      'Ellie [[used sex as currency]] with the older men.',
      'Mia [[used her body as payment]] for the debt.',
      'Amira [[swapped nudes for]] credit on her phone.',
      'Online, Alfie (13) [[traded images for]] vouchers from a stranger.',
      'Kayleigh [[paid for the taxi with sex]], the driver told police.',
      'She [[paid her way with sex]] while she was missing.',
      'Jade [[traded herself for]] alcohol at the party.',
      'Outreach: two girls were [[swapping favours for]] vapes and a lift home.',
    ],
    correct: [
      'The man gave Jade cannabis and sexually abused her at the flat.',
      'Gifts and drugs were used to groom and control Mia.',
      'Amira did not exchange anything; the men took what they wanted.',
      'The 40-year-old man exchanged the car for cash.',
    ],
  },
} satisfies RuleSpec
