import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'easy-or-loose',
  category: 'judgemental',
  severity: 'error',
  target: 'term',
  phrases: [
    'reputation|known for|as being? easy|loose',
    '{be} loose',
    '{be} @jv-degree? easy',
    // Morals judged: "loose morals".
    'loose|low|questionable|no morals|morality',
  ],
  unless: [
    {
      followedBy: [
        'in|on|at|from|with|around|again|now|fitting|end|ends|change|connection|wire|wires|tooth|teeth',
      ],
      within: 1,
    },
    {
      precededBy: [
        'it|this|that|which|dog|dogs|wording|definition|language|connection|tooth|screw|cable|wire|there|animal|horse|cattle|guidance',
      ],
      within: 1,
    },
    {
      followedBy: [
        'to|for|going|enough|with|on|about|when|now|company|target|targets|prey|option|options|way|win|access|money|answer|solution|read|fix|mark|marks|pickings|touch|job|task|journey|trip|and-relaxed|to-talk|to-engage|to-like|to-get-on-with',
      ],
    },
    'jv-thing-subject',
    'jv-other-subject',
  ],
  message: '`{actual}` passes moral judgement on the child’s sexuality and hides the adults abusing them',
  suggestions: ['is being sexually exploited by [adult]', 'has been targeted by [adult]'],
  note: 'Sexual reputation labels shame the child and echo how abusers justify themselves. Leave the label out and record what the adults did.',
  sources: ['OUTSHADOWS', 'HMICFRS-MET'],
  examples: {
    incorrect: [
      '[[Loose morals]].',
      'Staff think Jade (14) has [[low morals]].',
      {
        text: 'Shannon has a [[reputation for being easy]] among older boys.',
        suggestions: ['is being sexually exploited by [adult]', 'has been targeted by [adult]'],
      },
      'Kacey [[is loose]] and sleeps at different flats.',
      'Jade is [[known as easy]] by the older boys.',
      'Molly [[is easy]] and everyone at school knows it.',
      'The boys say Leah [[is very easy]].',
    ],
    correct: [
      'The dog is loose in the garden again.',
      'The wording is loose and needs tightening.',
      'Avoid words such as "loose" about a child.',
      'It is easy to see why she went back to the flat.',
      'She is easy to talk to and trusts her foster carer.',
    ],
  },
} satisfies RuleSpec
