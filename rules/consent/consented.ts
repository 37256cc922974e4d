import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'consented',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '{consent} to',
    'consented|consents',
    '{be} consenting',
    '@be? @degree? @choice-capacity to consent',
    '@be? @degree? capable|able of consenting|consent',
  ],
  unless: [
    'professional-subject',
    'consent-to-process',
    'choice-process-before',
    // Guidance about victims in general: "may have consented to elements of their exploitation".
    {precededBy: ['may|might have'], within: 1},
  ],
  guards: {referent: false},
  message: '`{actual}` treats the child’s apparent agreement as meaningful when it is irrelevant in law',
  suggestions: ['was subjected to', 'was pressured by [adult] into'],
  note: 'A child cannot consent to their own exploitation, and consent to travel or to the acts is irrelevant in law. Say what the adult did; if you record the child’s view, add why it does not reduce the concern.',
  adult: {
    message: '`{actual}` treats the person’s apparent agreement as meaningful when it is irrelevant in law',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['TCS-LP', 'DFE-CSE', 'CCE-DEF', 'MSA-S1-2', 'SOA-AGE', 'CASEY'],
  examples: {
    incorrect: [
      {
        text: 'She [[consented to]] sexual activity with the 29-year-old at the flat.',
        suggestions: ['was subjected to', 'was pressured by [adult] into'],
      },
      'Kyle (15) [[consented to]] holding the package for the older boys.',
      'On each occasion she [[consented]], according to the men.',
      'Amira was recorded as [[consenting to]] the trips to Rochdale.',
      'Mia [[was consenting]] throughout, the file notes.',
      'Officers felt that Kayla (15) [[was old enough to consent to]] what happened.',
      'She [[is capable of consenting]], the defence said.',
    ],
    correct: [
      'She is Gillick competent to consent to her own treatment, which is a separate question.',
      'Young person consents to the Barnardo’s referral: Y',
      'Customer consented to the call being recorded: Y',
      'Jade consented to the NRM referral and to information sharing with the school.',
      'Kyle, 15, consented to a medical examination at the sexual assault referral centre.',
      'A child cannot consent to their own exploitation.',
      'Amira did not consent to any of it.',
      'She consented to being interviewed by a female officer.',
      'The 40-year-old man consented to a search of his car.',
      'An STI screen was offered and Leah consented to it.',
      'Info sharing: YP consented, Gillick competent',
      'A 14-year-old is not old enough to consent to sex.',
      'Leah is capable of consenting to the referral herself.',
      'Children may not know they are exploited and may have consented to parts of it.',
    ],
    info: ['Jade said she had "[[consented to]]" it because she owed them money.'],
  },
} satisfies RuleSpec
