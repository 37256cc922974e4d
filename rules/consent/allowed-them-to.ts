import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'allowed-them-to',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '{allow}|{let}|{permit} @choice-abuser to? @choice-done-to',
    '{allow}|{let}|{permit} @choice-abuser to? take @choice-image',
  ],
  unless: ['professional-subject'],
  message: '`{actual}` presents abuse as something the child permitted',
  suggestions: [
    'was [filmed / photographed / touched] by [adult]',
    '[adult] [filmed / photographed / touched] [child]',
  ],
  note: 'A child cannot give permission for their own abuse; “allowed” puts the decision on the child. Name the adult as the one who did it, and how they got the child there.',
  adult: {
    message: '`{actual}` presents abuse as something the person permitted',
    note: 'Apparent permission does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['ZT', 'NSVRC', 'MSA-S1-2', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'Malik [[let the men film]] him in the back of the car.',
        suggestions: [
          'was [filmed / photographed / touched] by [adult]',
          '[adult] [filmed / photographed / touched] [child]',
        ],
      },
      'Lily [[allowed them to take photographs]] of her at the flat.',
      'Sasha (13) [[allows the man to pick her up]] from school most days.',
      'He [[let the older boys use]] his bedroom to store drugs.',
      'Ashleigh [[allowed him to touch]] her, according to the log.',
      'She [[let him take the pictures]] at the flat in Luton.',
    ],
    correct: [
      'Leah let her sister take photos at the party.',
      'Jade did not let them take photos; she covered her face.',
      'Lily allowed the nurse to examine her.',
      'The men would not let her leave the flat.',
      'Her mum allowed them to stay at the house.',
      'She did not allow the men to film her; they did it while she slept.',
      'He let the worker take photographs of his injuries.',
    ],
  },
} satisfies RuleSpec
