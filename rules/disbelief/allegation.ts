import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'allegation',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: ['$poss allegation(s)', '{make} an|the|this|these|her|his allegation(s)'],
  unless: [
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
  ],
  message: "`{actual}` frames the child's account as a claim to be tested rather than information to act on",
  suggestions: ['account', 'what [child] told [professional]'],
  note: "Calling a child's account an allegation signals doubt and can delay protection. Describe what the child said, when and to whom; LADO processes for allegations against staff are a separate, formal use.",
  sources: ['NSPCC-ALLEGED', 'NSVRC', 'SEFTON-CRED'],
  examples: {
    incorrect: [
      {
        text: '[[Her allegation]] is that she was kept at the flat for three days.',
        suggestions: ['account', 'what [child] told [professional]'],
      },
      'Kyle [[made an allegation]] that he was assaulted by the elders.',
      'Officers are still testing [[his allegations]] about the hotel.',
    ],
    correct: [
      "The LADO is managing allegations against staff at the children's home.",
      'Jade told PC Ahmed that she was kept at the flat for three days.',
      'Avoid the word "allegation" for a child\'s account of abuse.',
      'The allegations management process was followed by the school.',
    ],
    knownMisses: ["Jade's allegations are being investigated."],
  },
} satisfies RuleSpec
