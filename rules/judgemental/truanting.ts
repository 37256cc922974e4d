import type {RuleSpec} from '../../src/types.js'

// Missing school named as a misdeed: "truanting", "skiving", "bunking off",
// "wagging school", "sagging", "mitching", "plunking" and the like. Absence
// from school is one of the commonest signs of exploitation (the county lines
// guidance lists it), and the slang reads it as the child's mischief.
export default {
  id: 'truanting',
  category: 'judgemental',
  severity: 'warning',
  target: 'action',
  phrases: [
    'truanting|truanted|skiving|skived',
    '{skive}|{bunk} off',
    '{play}|{go} truant|hooky|hookey|the-wag',
    'a|an @jv-degree? persistent|serial|habitual|chronic|regular|known? truant(s)',
    '@jv-truancy-verb school|lessons|classes|class|college|registration|afternoons|periods|maths|english|pe|science',
    '{do} a bunk|runner from school|college|class|lessons',
  ],
  unless: [
    'professional-subject',
    'jv-reported-framing',
    'jv-mistaken-for',
    // Staff skiving or a bunk bed: "bunked off work", "the bunk beds".
    {followedBy: ['bed|beds|work|the-office|a-meeting'], within: 1},
  ],
  message:
    '`{actual}` reads the child’s absence from school as mischief instead of a possible sign of exploitation',
  suggestions: [
    'absent from school on [dates]; whereabouts [known / unknown]',
    'attendance fell to [x]% since [month]',
  ],
  note: 'Missing school is a recognised sign of criminal and sexual exploitation. Record the dates and how much was missed, where the child was and who they were with, rather than calling it truanting.',
  sources: ['CL-GUID', 'DURHAM', 'CARDIFF-LANG'],
  examples: {
    incorrect: [
      {
        text: 'Reason for referral: [[truanting]], hangs about the precinct.',
        suggestions: [
          'absent from school on [dates]; whereabouts [known / unknown]',
          'attendance fell to [x]% since [month]',
        ],
      },
      'Kai (14) has been [[skiving]] to meet the olders at the park.',
      'He keeps [[bunking off]] to run parcels for Deano.',
      'YP [[skived off]] again on Tuesday, returned at 11pm.',
      'Jade (13) [[played truant]] three times this half-term.',
      'She is [[a persistent truant]] and is seen in town with men in their 20s.',
      '- [[wagging school]] most afternoons',
      'Concerns: [[sagging lessons]], new trainers, phone',
      'Mae (14) has been [[mitching school]] with older boys from Pontypridd.',
      'IRD: the laddie (13) [[plunking school]] two days a week',
      'He [[did a bunk from school]] at lunch and was found in Crewe.',
      'Ruby is [[skipping school]] to be with the man in the car.',
    ],
    correct: [
      'Riley is not truanting for fun; attendance dropped when the men started waiting outside school.',
      'The teacher bunked off work early.',
      'The children sleep in bunk beds in the back room.',
      'Absence from school can be mistaken for truanting rather than a sign of exploitation.',
      'Avoid writing "skiving" or "truanting"; give the dates missed.',
      'Her attendance fell from 92% to 41% after Easter.',
    ],
  },
} satisfies RuleSpec
