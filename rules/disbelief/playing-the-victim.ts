import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'playing-the-victim',
  category: 'disbelief',
  severity: 'warning',
  target: 'action',
  phrases: [
    '@doubt-victim-play',
    // The child as playing the professionals: "he's been playing us", "playing staff for fools".
    '{be} {play} us|staff|everyone|everybody|professionals|officers|workers|people|agencies|carers|me',
    '{play} us|staff|everyone|everybody|professionals|officers|workers|people|agencies|carers|me for fools|mugs|idiots|a-fool|a-mug|suckers',
    // The child as a performer: "a good actress", "quite the little actor".
    'a|an|quite-a|quite-the|such-a @jv-degree? good|great|brilliant|accomplished|convincing|talented|excellent|little|real little? actress|actor|performer',
  ],
  unless: [
    // Acting as an activity: "a talented actress in the school play".
    {
      followedBy: [
        'in|at|on|for the|a|her|his? school|drama|play|show|film|musical|class|club|production|group',
      ],
    },
    'jv-reported-framing',
    'jv-told-child',
    {
      followedBy: [
        'clothes|clothing|coat|jacket|make-up|makeup|music|the-kettle|weight|pressure|her-shoes|his-shoes',
      ],
    },
  ],
  message: '`{actual}` treats the child’s distress as a performance instead of evidence of harm',
  suggestions: ['was distressed when [what happened]', 'described [what happened] and was upset'],
  note: 'Saying a child is playing or milking the victim presumes they are lying about harm. Record what the child said and how they presented, and what the adults did.',
  sources: ['NSPCC-LIST', 'SEFTON-CRED', 'HMICFRS-MET', 'COP-MET'],
  examples: {
    incorrect: [
      {
        text: 'She likes to [[play the victim]] when staff challenge her about where she has been.',
        suggestions: ['was distressed when [what happened]', 'described [what happened] and was upset'],
      },
      "Detective's view is that she is [[milking the victim status]] now that the CA has given a positive RG",
      'Kai (15) [[plays the victim card]] whenever he is arrested.',
      'Presentation: [[victim mentality]], blames everyone else',
      'The carer thinks Leah is [[milking it]] for the attention.',
      'Mia [[makes herself out to be the victim]] but she went back to the flat.',
      '- [[turns on the waterworks]] when challenged',
      'Staff feel Jade [[puts it on]] when the police are there.',
      'Tyler has [[been playing us]] for months, the manager feels.',
      'She [[is playing staff for fools]] with the missing-person calls.',
      'Carer: Kayleigh is [[a brilliant little actress]] when the police come round.',
      '- [[quite the little actor]] in interview',
    ],
    correct: [
      'She wants to be an actress when she leaves school.',
      'Ellie is a talented actress in the school play.',
      'Leah was distressed and said the men had threatened her brother.',
      'Avoid phrases such as "playing the victim" about a child.',
      'The review found that officers wrongly described victims as playing the victim.',
      'The men told her she was playing the victim and made her go back.',
      'Jade put on her coat and left with her carer.',
    ],
  },
} satisfies RuleSpec
