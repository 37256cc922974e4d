import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'engaged-in-sexual-activity',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '{engage} in sex|intercourse|prostitution with?',
    '{engage} in sexual activity|activities|acts|behaviour|behaviours|contact|intercourse|relations|practices with?',
    '{engage} in oral|penetrative sex with?',
    '{engage} sexually with',
    '{participate}|{partake} in sexual|sex',
  ],
  unless: [
    {
      precededBy: [
        '{cause}|{incite}|{make}|{force}|{coerce}|{pressure}|{groom}|{compel}|{persuade}|{encourage}|{manipulate}|{get}|{induce} _? _? to',
        'made|forced|coerced|pressured|groomed|compelled|persuaded|encouraged|manipulated|paid to',
        'into',
      ],
      within: 1,
    },
    {followedBy: ['in the presence of', 'in front of'], within: 1},
  ],
  message: '`{actual}` implies the child took part voluntarily in sexual abuse',
  suggestions: ['was sexually abused by', 'was made to do sexual acts by'],
  note: 'Engaging in something implies a free choice, and a child cannot choose to be sexually exploited. Name the adult and say what they did or made the child do.',
  adult: {
    message: '`{actual}` implies the person took part voluntarily in sexual abuse',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['HMICFRS-MET', 'DFE-CSE', 'SOA-AGE', 'ZT'],
  examples: {
    incorrect: [
      {
        text: 'She [[engaged in sexual activity with]] three adult men at the address.',
        suggestions: ['was sexually abused by', 'was made to do sexual acts by'],
      },
      'Mia has been [[engaging in sex with]] older males for cigarettes.',
      'Kyle [[engaged in sexual acts with]] the man he met online.',
      'Amira [[engages sexually with]] adults she meets on Snapchat.',
      'Ellie [[participated in sexual]] activity at the party.',
      'Chloe (13) is known to [[engage in sexual activity with]] older males.',
      'Jade [[engaged in penetrative sex with]] the 19-year-old.',
    ],
    correct: [
      'The offence is causing or inciting a child to engage in sexual activity.',
      'He was charged with engaging in sexual activity in the presence of a child.',
      'Jade was groomed into engaging in sexual activity with the men.',
      'The man paid Mia to engage in sexual activity with his friends.',
      'Kyle engaged well with the youth worker this week.',
      'The 30-year-old man engaged in sexual activity with Mia, who was 14.',
    ],
  },
} satisfies RuleSpec
