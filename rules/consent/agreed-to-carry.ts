import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'agreed-to-carry',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '{agree} to carry|sell|hold|deliver|store|hide|transport|stash|courier|shoplift|steal',
    '{agree} to look after the|a|some? drugs|package(s)|parcel|bag|money|cash|phone|knife|weapon',
    '{agree} to do a|the? run(s)|drop(s)|job|jobs|deal|deals',
    '{agree} to work for?',
  ],
  unless: [
    'professional-subject',
    {
      followedBy: [
        'on|out|over|forward|with|alongside|together|towards|closely|hard|through',
        'at school|college',
      ],
      within: 1,
    },
  ],
  guards: {referent: false},
  message: '`{actual}` casts the child as a party to a deal rather than someone who was criminally exploited',
  suggestions: [
    'was made by [adult] to [carry / sell / hold]',
    'was pressured by [adult] to [carry / sell / hold]',
  ],
  note: 'A child exploited into crime is a victim even when the activity seems agreed; the definitions of criminal exploitation say so. Say who gave the instruction, what was promised or threatened and what debt was imposed.',
  adult: {
    message:
      '`{actual}` casts the person as a party to a deal rather than someone who was criminally exploited',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['CCE-DEF', 'MSA-S45', 'TCS-LP', 'ECPAT-UK'],
  examples: {
    incorrect: [
      {
        text: 'He [[agreed to carry]] the drugs from London to Margate.',
        suggestions: [
          'was made by [adult] to [carry / sell / hold]',
          'was pressured by [adult] to [carry / sell / hold]',
        ],
      },
      'Tomasz [[agreed to sell]] cannabis at the park for the older men.',
      'He [[agreed to hold]] the knife for them.',
      'Jay [[agreed to look after the drugs]] at his nan’s house.',
      'Dylan [[agreed to do a run]] to Exeter to clear his debt.',
      'Piotr (16) [[agreed to work]] fourteen-hour shifts at the car wash.',
      'Liam [[agreed to work for]] the men after they bought him trainers.',
    ],
    correct: [
      'Kyle agreed to carry on attending the youth group.',
      'Liam agreed to work with the youth offending team.',
      'The adults made Tomasz sell cannabis at the park.',
      'He never agreed to hold the knife; they put it in his bag.',
      'The 34-year-old man agreed to sell the car to a neighbour.',
    ],
  },
} satisfies RuleSpec
