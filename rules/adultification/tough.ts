import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'tough',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    '{be}|{seem}|{act} very|really|quite|so? tough',
    'a tough lad|girl|boy|kid|cookie|nut|teenager',
    'a tough young person',
    'hard as nails',
    'tough guy|nut',
    '{act}|{play} the hard man',
    '@jv-degree? tough @jv-child-noun|cookie|customer|character|individual|person|exterior|front',
    'tough and|or resilient|streetwise|street-wise|street-smart|independent|hard|mature|fearless|capable',
    'tough as old-boots|nails',
  ],
  unless: [
    {
      followedBy: [
        'but $subj {be} still',
        'but children|they {be} still',
        'but this|that does not',
        'but {be} still',
      ],
      within: 1,
    },
    {
      precededBy: [
        'may|might|can|could appear|seem|look',
        'may|might|can|could appear|seem|look to be',
        'may|might|can|could present as',
        'may|might|can|could be seen|perceived|viewed as',
      ],
      within: 1,
    },
    {
      followedBy: ['for|to|on|with|time|times|decision|decisions|week|year|day|period|situation|one'],
    },
    {precededBy: ['it|this|that|things|life|which|school|home|placement'], within: 2},
    'jv-other-subject',
  ],
  message: '`{actual}` presents the child as hard and able to cope, which hides their vulnerability',
  suggestions: ['may present as coping; this does not reduce the risk from [adult]'],
  note: 'Describing a child as tough suggests they need less protection and is used disproportionately about Black boys. Describe what happened and note that presentation does not reduce risk.',
  sources: ['OXON', 'DAVIS', 'HMICFRS-ADULT'],
  examples: {
    incorrect: [
      {
        text: 'Kyle [[is tough]] and not scared of the older boys.',
        suggestions: ['may present as coping; this does not reduce the risk from [adult]'],
      },
      'Jay (15) is [[a tough lad]] and can take a beating.',
      'Tomasz is [[hard as nails]] according to the YOT worker.',
      'Amira is [[a tough young person]] who does not cry.',
      'He was [[acting tough]] and refused to give his address.',
      'Jade [[plays the hard man]] around the older girls.',
      'The log describes Aaron (14) as a [[tough guy]] who carries a knife.',
      'Staff say Jay (15) is [[a tough lad]].',
      'Dwayne (14) is a resilient, [[tough kid]] who can take care of himself.',
      'She [[is tough and resilient]], according to the log.',
      'Kai puts on a [[tough front]] and says he is fine.',
      'Leah (13) is as [[tough as nails]] and never cries.',
    ],
    correct: [
      'It was tough for Kyle to talk about the debt.',
      'Moving placement has been tough on Amira.',
      'Jay is not tough; he is a frightened 15-year-old.',
      'Avoid phrases such as "tough lad" in referrals.',
      'The last few months have been tough for Jade.',
      'Her mum, 41, is tough and has fought for support.',
    ],
  },
} satisfies RuleSpec
