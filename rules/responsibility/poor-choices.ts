import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'poor-choices',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    'poor|bad|risky|unwise|unsafe|questionable|negative choice(s)|decision(s)',
    'poor|bad|risky|unhealthy relationship choice(s)',
    'poor|bad decision-making',
    // The child's judgement as the fault: "his decision-making is poor", "her judgement is questionable".
    '$poss|@jv-child-owner decision-making|judgement|judgment|choices|decisions|choice-making {be} @jv-degree? @jv-degree? poor|bad|terrible|awful|dreadful|questionable|appalling|reckless|impulsive|unwise|dangerous|risky',
    'poor|bad|reckless|impulsive|questionable judgement|judgment',
    'choices|decisions that|which {put}|{place} $obj|$self',
    // Consequences as the child's due: "her choices have consequences".
    '$poss choices|actions|decisions have|has|carry consequences',
  ],
  unless: ['young-people-in-general'],
  message: '`{actual}` blames the child’s judgement and ignores the adults’ power over them',
  suggestions: ['has been targeted by [adult]', 'is being coerced by [adult]'],
  note: 'Exploitation rests on a power imbalance, not on a child’s decisions. Say who targeted or controlled the child and what they did.',
  sources: ['HMICFRS-MET', 'LM', 'DURHAM'],
  examples: {
    incorrect: [
      '[[His decision-making is poor]] and he trusts the olders.',
      "Assessment: [[YP's judgement is questionable]] around men.",
      'Kai (15) shows [[poor judgement]] around the elders.',
      'Her social worker thinks Jade makes [[poor choices]].',
      {
        text: 'Jade makes [[poor choices]] about who she spends time with.',
        suggestions: ['has been targeted by [adult]', 'is being coerced by [adult]'],
      },
      'Kyle has made some [[bad decisions]] this year.',
      'Amira continues to make [[unwise choices]] online.',
      'Jade has a pattern of [[poor relationship choices]] with older males.',
      'His [[poor decision-making]] is the main concern in the log.',
      'Jade is making [[choices that put her]] at risk of harm.',
      'LAC review: Jess (15) needs to understand [[her choices have consequences]].',
    ],
    correct: [
      'The officer’s judgement was poor, the review found.',
      'Her decision-making is not poor; she was frightened.',
      'Jade has been targeted by a 26-year-old man who gives her cannabis.',
      'Avoid phrases such as "poor choices" in referral narratives.',
      'Kyle is not making bad choices; he is being coerced by older males.',
      'Deano, 24, must face the consequences of his choices in court.',
    ],
  },
} satisfies RuleSpec
