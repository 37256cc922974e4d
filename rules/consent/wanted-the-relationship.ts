import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'wanted-the-relationship',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '{want} the|a|this relationship',
    '{want} to be in a|the relationship with?',
    '{want} to be his girlfriend|boyfriend',
    '{want} it to happen',
    '$subj wanted it',
    '{ask} for it to happen',
  ],
  unless: [
    {
      followedBy: [
        'back|returned|stopped|ended|gone|deleted|removed',
        'to stop|end',
        'taken down',
        'with $poss mum|mother|family|carer(s)',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` presents the child as wanting their own abuse',
  suggestions: ['was groomed into wanting contact', 'says she wants contact'],
  note: 'A child who says they wanted a relationship with an adult has usually been groomed to feel that way, and it does not make the abuse consensual. Record the child’s words with the adult’s age and what the adult did.',
  adult: {
    message: '`{actual}` presents the person as wanting their own abuse',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['NSPCC-BF', 'TCS-LP', 'DFE-CSE', 'SOA-AGE'],
  examples: {
    incorrect: [
      {
        text: 'She [[wanted the relationship]] with the 26-year-old to continue.',
        suggestions: ['was groomed into wanting contact', 'says she wants contact'],
      },
      'Mia [[wants to be in a relationship with]] him and will not hear otherwise.',
      'Amira [[wanted to be his girlfriend]], the investigating officer wrote.',
      'Ellie [[wanted it to happen]], according to the suspect.',
      '[[She wanted it]] at the time, in the suspect’s view.',
      'Kayleigh (13) [[asked for it to happen]], the man told officers.',
    ],
    correct: [
      'Jade wanted it back after the men took her phone.',
      'Mia wanted it to stop and tried to leave the flat.',
      'Amira does not want the relationship with him to continue.',
    ],
  },
} satisfies RuleSpec
