import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'lying',
  category: 'disbelief',
  severity: 'error',
  target: 'action',
  phrases: [
    '{be} lying',
    '{be} lying about|to',
    '{lie} about',
    'lied|lying to',
    '{be} not telling the truth',
    '{be} not being @doubt-honest-adj',
    // A note's bare verdict, the copula dropped: "says he was at the mosque, obviously lying", "- clearly lying".
    'obviously|clearly|blatantly|plainly|evidently|definitely|probably|likely|possibly|undoubtedly|patently lying|fibbing',
  ],
  unless: [
    {
      followedBy: [
        'down|on|in|there|face|motionless|unconscious|asleep|injured|still|low|awake|at|under|beside|near|next|across|outside|inside|flat|naked|bleeding|by|curled|across|against|beneath|behind',
        // Lying with someone, not to them: "lying with the man on the sofa" (but "not being honest with us" flags).
        'with $poss|$obj|the|a|an|another|two|three|some|other|older|men|man|males|friends|a-man|an-adult',
      ],
    },
  ],
  message: '`{actual}` states that the child is lying',
  suggestions: ['[record what was said and what has been found]'],
  note: 'Children who are groomed or frightened often give partial or changing accounts; saying they are lying leaves them unprotected. Record the differences between accounts and possible reasons such as fear or trauma.',
  sources: ['NSPCC-MAL', 'SEFTON-CRED', 'NRM-FORM'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[is lying to]] staff about where she went on Friday.',
        suggestions: ['[record what was said and what has been found]'],
      },
      'Kyle [[is lying about]] the car, the worker thinks.',
      'Kyle has [[been lying]] since the arrest.',
      'Kyle [[lied about]] the phone and his carer found out.',
      'Jade [[is not telling the truth]] about the car, the worker thinks.',
      'Kai (15) [[is not being honest]] about the phone, staff feel.',
      "Leah [[isn't being straight]] about where she goes at night.",
      'Cerys (15) [[isn’t being honest]] with us about where she goes.',
      'Says he was at the mosque till 2am, [[obviously lying]].',
      'RHI: YP (14) [[clearly lying about]] who she was with',
    ],
    correct: [
      'Jade was lying on the floor of the flat when officers arrived.',
      'Kyle was found lying in the road after the assault.',
      'The men lied to police about knowing Kyle.',
      'Avoid saying a child "is lying" in a referral.',
      'The man was not being truthful about his age.',
      'She was found lying with two men on the sofa at the flat.',
      'Kyle was probably lying unconscious in the car for an hour.',
      'Avoid writing that a child is "clearly lying" about the men.',
    ],
  },
} satisfies RuleSpec
