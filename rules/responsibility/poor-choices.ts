import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'poor-choices',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  guards: {adults: true},
  phrases: [
    // Any judgement word (`@resp-poor-adj`): "makes impulsive decisions", "made silly choices",
    // "making poor judgements", "makes the wrong decisions".
    '@resp-poor-adj choice(s)|decision(s)|judgement(s)|judgment(s)',
    '{make} the wrong choice(s)|decision(s)',
    // The good choice negated: "doesn't make good choices", "isn't making safe decisions".
    'does|did|do|is|was|are|were|has|have|had not|never make|making|made good|safe|safer|sensible|wise|healthy|positive|better|the-right choices|decisions',
    // A field for the child's judgement: "Decision making: poor".
    'decision-making|judgement|judgment|choices|decisions : @jv-degree? @resp-poor-adj|impaired|limited|lacking',
    // The child's choices judged: "her choices are poor", "the girl's decisions are risky".
    '@jv-child-owner choices|decisions {be}|{remain} @jv-degree? @jv-degree? @resp-poor-adj',
    'poor|bad|risky|unhealthy relationship choice(s)',
    'poor|bad decision-making',
    // The child's judgement as the fault: "his decision-making is poor", "her judgement is questionable".
    '$poss|@jv-child-owner decision-making|judgement|judgment|choices|decisions|choice-making {be} @jv-degree? @jv-degree? poor|bad|terrible|awful|dreadful|questionable|appalling|reckless|impulsive|unwise|dangerous|risky',
    'poor|bad|reckless|impulsive|questionable judgement|judgment',
    'choices|decisions that|which {put}|{place} $obj|$self',
    // Consequences as the child's due: "her choices have consequences".
    '$poss choices|actions|decisions have|has|carry consequences',
    // Mistakes repeated and lessons not learnt: "keeps making the same mistakes", "doesn't learn
    // from his mistakes".
    '{keep}|{continue} making|to-make the same mistakes',
    'does|did|do|will|would|has|have not|never learn|learnt|learned from $poss mistakes|experience|experiences',
    "doesn't|didn't|don't|won't|wouldn't|hasn't|haven't learn|learnt|learned from $poss mistakes|experience|experiences",
    'never learns|learnt|learned from $poss mistakes|experience|experiences',
  ],
  unless: ['young-people-in-general'],
  message: '`{actual}` blames the child’s judgement and ignores the adults’ power over them',
  suggestions: ['has been targeted by [adult]', 'is being coerced by [adult]'],
  note: 'Exploitation rests on a power imbalance, not on a child’s decisions. Say who targeted or controlled the child and what they did.',
  sources: ['HMICFRS-MET', 'LM', 'DURHAM'],
  examples: {
    incorrect: [
      'He [[keeps making the same mistakes]] with the olders.',
      "Kai (15) [[doesn't learn from his mistakes]], staff say.",
      'She [[never learns from her experiences]] with these men.',
      '[[His decision-making is poor]] and he trusts the olders.',
      'Kai (15) makes [[impulsive decisions]] around the elders.',
      'She has made some [[silly choices]] online.',
      'He makes [[poor judgements]] about who to trust.',
      'Tia (14) keeps [[making the wrong choices]] about men.',
      "Jade [[doesn't make good choices]] about men.",
      'He [[is not making safe decisions]] at weekends.',
      '[[Decision making: poor]]',
      "The [[girl's decisions are risky]], her teacher says.",
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
      'Mikey (15) is making some [[daft decisions]] at the moment.',
    ],
    correct: [
      'Deano, 24, keeps making the same mistakes, his probation officer says.',
      'The review says the service did not learn from its mistakes.',
      'The officer’s judgement was poor, the review found.',
      'Her decision-making is not poor; she was frightened.',
      'Jade has been targeted by a 26-year-old man who gives her cannabis.',
      'Avoid phrases such as "poor choices" in referral narratives.',
      'The panel made the wrong decision to close the case.',
      'Deano, 24, makes bad choices, his probation officer says.',
      'Jade makes good choices about her friends now.',
      "The court's decision was wrong, her solicitor says.",
      'Kyle is not making bad choices; he is being coerced by older males.',
      'Deano, 24, must face the consequences of his choices in court.',
      'The panel made a terrible decision to close the case.',
    ],
  },
} satisfies RuleSpec
