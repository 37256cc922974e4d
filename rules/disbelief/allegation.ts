import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'allegation',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: [
    '$poss allegation(s)',
    '{make} an|the|this|these|her|his allegation(s)',
    '{make} allegation(s) that|about|of|against',
    'allegation(s) made|raised|given|reported by',
    'allegation(s) {be} that',
    'allegation(s) that $subj',
    'allegation(s) about|regarding|concerning',
    'allegation(s) {be}|{have} being|been? investigated|checked|tested|explored|doubted|questioned|disputed|unproven|uncorroborated|unsubstantiated|unfounded|exaggerated|doubtful',
    '{make} similar|repeated|previous|further|several|numerous|multiple|many|other|these|such|frequent|serial|more|another allegation(s)',
    'history|pattern|record of @jv-degree? making? similar|repeated|previous|multiple|many? allegations',
    'allegation(s) of (sexual|physical)? @doubt-abuse-event',
  ],
  unless: [
    {
      followedBy: [
        'made|raised against',
        'about|against the|a|an? staff|teacher|teachers|carer|carers|professional|professionals|worker|workers|adult|adults|person|people',
      ],
    },
    {
      precededBy: [
        'if|when|where|child|children|person|people|pupil|pupils|someone|anyone|victim|victims|they',
      ],
      within: 2,
    },
    {
      followedBy: [
        'against people|adults|those|anyone|someone|persons|volunteers|employees who|that',
        'against a|an person|adult|member|employee|volunteer who|that',
      ],
    },
    {
      followedBy: [
        'against staff|professionals|teachers|carers|foster',
        'against a professional|teacher|carer',
        'against a member|members of staff',
        'management|officer|officers|procedures|procedure|process|policy|team',
      ],
      within: 1,
    },
    {
      precededBy: ['managing|manage|LADO|false|malicious|fabricated|untrue|unfounded|unsubstantiated'],
      within: 1,
    },
    {followedBy: ['children|pupils|victims|people|young|any|anyone|someone', 'a|the child'], within: 1},
    {
      precededBy: ['denied|denies|deny|denying|refuted|refutes|disputes|disputed|contested|contests'],
      within: 3,
    },
  ],
  message: "`{actual}` frames the child's account as a claim to be tested rather than information to act on",
  suggestions: ['account', 'what [child] told [professional]'],
  note: "Calling a child's account an allegation signals doubt and can delay protection. Describe what the child said, when and to whom; LADO processes for allegations against staff are a separate, formal use.",
  sources: ['NSPCC-ALLEGED', 'NSVRC', 'SEFTON-CRED'],
  examples: {
    incorrect: [
      {
        text: 'PC Ahmed logged [[her allegation]] on 3 May, the day she came back.',
        suggestions: ['account', 'what [child] told [professional]'],
      },
      'Kyle [[made an allegation that he]] was assaulted by the elders.',
      'Officers are still testing [[his allegations about]] the hotel.',
      'The [[allegations made by]] Jade were passed to CID on 4 May.',
      'Kyle [[makes allegations that he]] is beaten when he comes back short.',
      "Jade's [[allegations are being investigated]] by the police.",
      "Amira's [[allegation is that]] she was kept at the flat for a week.",
      "Tomasz's [[allegations about]] the car wash owner are being checked.",
      'Police noted the [[allegations that she]] was sold to men in Luton.',
      "Mia's [[allegations have been doubted]] by her carers.",
      "Jade's [[allegations are exaggerated]] in her stepfather's view.",
      'There is a history of girls at this school [[making similar allegations]].',
      'Kai (15) has [[made several allegations]] against the men before.',
      'Referral reason: [[allegations of rape]] at a party',
      'Mia has a [[history of making allegations]] when she is in trouble.',
    ],
    correct: [
      "The LADO is managing allegations against staff at the children's home.",
      'Jade told PC Ahmed that she was kept at the flat for three days.',
      'Avoid the word "allegation" for a child\'s account of abuse.',
      'The allegations management process was followed by the school.',
      'Allegations made against staff are referred to the LADO within one working day.',
      'If a child makes allegations about a teacher, follow the managing allegations procedure.',
      'Allegations made by children must always be taken seriously.',
      'Deano denied the allegations made by Jade in interview.',
      'Jade said two men kept her at the flat; the police are investigating.',
      'Allegations of abuse made against a person who works with children go to the LADO.',
      'The LADO considers allegations of abuse about staff and volunteers.',
    ],
    knownMisses: ["The police are looking into Jade's allegations."],
  },
} satisfies RuleSpec
