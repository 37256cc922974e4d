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
  ],
  unless: [
    {
      followedBy: [
        'down|on|in|there|face|motionless|unconscious|asleep|injured|still|low|awake|at|under|beside|near|next|across|outside|inside|flat|naked|bleeding|with|by|curled|across|against|beneath|behind',
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
    ],
    correct: [
      'Jade was lying on the floor of the flat when officers arrived.',
      'Kyle was found lying in the road after the assault.',
      'The men lied to police about knowing Kyle.',
      'Avoid saying a child "is lying" in a referral.',
      'The man was not being truthful about his age.',
    ],
  },
} satisfies RuleSpec
