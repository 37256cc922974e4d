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
      'Jade has been targeted by a 26-year-old man who gives her cannabis.',
      'Avoid phrases such as "poor choices" in referral narratives.',
      'Kyle is not making bad choices; he is being coerced by older males.',
      'Deano, 24, must face the consequences of his choices in court.',
    ],
  },
} satisfies RuleSpec
