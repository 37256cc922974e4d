import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'willing-to',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '@be @degree? @degree? @choice-willing-adj to @choice-act',
    '@be @degree? @degree? @choice-willing-adj and|or|& @degree? @choice-happy-adj|@choice-willing-adj to @choice-act',
    '@choice-willing-adj to @choice-act',
    '{be} more than willing',
    '@seem @degree? willing to',
    '@be|@seem @degree? @degree? up|game for @choice-ing',
  ],
  unless: ['professional-subject', 'choice-good-complement'],
  message: '`{actual}` presents the child as willing to take part in their own exploitation',
  suggestions: [
    'was told by [adult] to [go / carry / sell]',
    'was pressured by [adult] to [go / carry / sell]',
  ],
  note: 'A child’s apparent willingness is often the product of grooming, gifts, debt or threats. Say who asked the child to do it and what was promised or threatened.',
  adult: {
    message: '`{actual}` presents the person as willing to take part in their own exploitation',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['ZT', 'NSVRC', 'MSA-S1-2', 'CCE-DEF', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'He [[was willing to carry]] the drugs in exchange for trainers.',
        suggestions: [
          'was told by [adult] to [go / carry / sell]',
          'was pressured by [adult] to [go / carry / sell]',
        ],
      },
      'Jade [[is willing to go]] to the flat whenever he messages her.',
      'Tomasz [[was eager to sell]] for the older boys.',
      'She [[was more than willing to go with them]] to Luton.',
      'Leah [[was more than willing]], the manager said.',
      'Ellie [[was willing to be picked]] up by the men at night.',
      'Mia [[seemed willing to stay at]] the address overnight.',
      'He [[was prepared to hold]] the knife for the group.',
      'Jayden [[was clearly up for making the trip]] again when the olders rang.',
      'Leon [[is game for doing another run]] to Bristol.',
      'Marcus [[was ready and willing to travel]] to Norwich for the line.',
      'Kacey wasn’t just [[willing to go]], she was asking for lifts.',
      '2. [[eager to do the drops]] for T after school',
      'Tyler [[was determined to rejoin the group]] after his placement ended.',
    ],
    correct: [
      'Kyle is willing to help police with the investigation.',
      'Jade is willing to be referred to the ISVA.',
      'Mia is willing to get help from the clinic.',
      'Jade was not willing to go; the man grabbed her arm.',
      'Mia is willing to meet her social worker at school.',
      'Tomasz is willing to give a statement about the men.',
      'The two officers were quite willing to go back to the address that night.',
      'He was up for going back to college in September.',
      'She is ready to go home with her foster carer.',
      'The NRM form asks whether the person is willing to help with investigations.',
    ],
  },
} satisfies RuleSpec
