import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'offered-sex',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '{offer} sex|$self|oral|nudes to?',
    '{offer} sexual',
    '{offer} to have sex with?',
    '{offer} to sleep with',
    '{offer} to do stuff|things|sexual|sex',
    '{offer} $obj sex|sexual|oral|nudes',
    '{offer} sexual favours|services|acts to?',
    // The adult named between the verb and the act (`@choice-abuser`): "offered the driver sex instead of paying".
    '{offer} @det? @choice-abuser|driver|drivers|dealer|dealers|landlord|cabbie|taxi-driver|man|guy|bloke sex|sexual|oral|nudes|$self',
  ],
  unless: [
    {followedBy: ['health|education|advice|support|assistance|help|protection', 'abuse services'], within: 1},
  ],
  message: '`{actual}` makes the child the one who proposed their own sexual abuse',
  suggestions: ['was sexually exploited by', 'was pressured into sexual activity by'],
  note: 'A child cannot offer what the law says they cannot give; the adult who took up the “offer” abused them. Describe what the adult asked for, gave or threatened.',
  adult: {
    message: '`{actual}` makes the person the one who proposed their own sexual abuse',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['LM', 'LSCB-TBL', 'DFE-CSE', 'SOA-AGE'],
  examples: {
    incorrect: [
      'The 15-year-old [[offered the driver sex]] instead of paying the fare.',
      'YP (14) [[offers the older lads oral]], the log says.',
      {
        text: 'She [[offered sex to]] the taxi driver because she had no money.',
        suggestions: ['was sexually exploited by', 'was pressured into sexual activity by'],
      },
      'Mia [[offered herself to]] the men at the flat to clear the debt.',
      'Amira [[offered to have sex with]] him for a place to stay.',
      'Ellie [[offered him oral]] in the car park.',
      'Kayleigh [[offered sexual favours to]] the older boys.',
      'Jade [[offered to sleep with]] the driver.',
      'Mia [[offered to do stuff]] for the men if they let her stay.',
    ],
    correct: [
      'The man who drove her offered her sex instead of the fare.',
      'She did not offer the driver sex; he demanded it.',
      'The man offered Jade money for sex.',
      'The 35-year-old offered her a lift and then sexually abused her.',
      'Mia was offered sexual health support at the clinic.',
      'Amira never offered anything; the men demanded it.',
    ],
  },
} satisfies RuleSpec
