import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'compliant',
  category: 'consent',
  severity: 'warning',
  target: 'action',
  phrases: [
    // Compliance read as agreement: "was compliant throughout", "compliant with the men's requests".
    '@be|@seem @degree? @choice-compliant-adj throughout|at-all-times|every-time|each-time',
    "@be|@seem @degree? @choice-compliant-adj with|to $poss|their|the-men’s|the-men's requests|demands|wishes|instructions|advances",
    '@choice-compliant-adj|cooperative|co-operative girl|boy|child|young-person|yp',
  ],
  unless: [
    'professional-subject',
    // Compliance with police or care processes: "compliant throughout the arrest", "compliant with bail conditions".
    {
      followedBy: [
        '@det? arrest|search|interview|examination|assessment|medical|booking|journey|transport|detention|process|procedure|officers|police|staff',
      ],
      within: 2,
    },
  ],
  message: '`{actual}` reads the child’s compliance as agreement to their own abuse',
  suggestions: ['did what [adult] told [child] to do', 'was controlled by [adult]'],
  note: 'Compliance is a common response to fear, grooming and control, and is not consent; a child cannot consent to their own exploitation. Say what the adults did and what may have made the child comply.',
  adult: {
    message: '`{actual}` reads the person’s compliance as agreement to their own abuse',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Compliance is a common response to fear. Say what the exploiters did.',
  },
  sources: ['ZT', 'MSA-S1-2', 'DFE-CSE', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'Leah (14) [[was compliant throughout]].',
        suggestions: ['did what [adult] told [child] to do', 'was controlled by [adult]'],
      },
      'Kyle [[was fully compliant throughout]], the DC noted.',
      'She [[seemed compliant with his requests]] on each occasion.',
      'Summary: [[compliant child]], went up to the room when asked',
      '- YP a [[submissive child]] around the olders',
      'Jade [[appeared passive throughout]] the footage.',
    ],
    correct: [
      'Kyle was compliant throughout the arrest.',
      'Leah was compliant with the search by officers.',
      'She has been compliant with her medication.',
      'Leah was not compliant with the men and tried to leave.',
      'The men were compliant throughout the interview.',
      'Kyle was cooperative with officers at the scene.',
    ],
  },
} satisfies RuleSpec
