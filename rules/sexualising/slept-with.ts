import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'slept-with',
  category: 'sexualising',
  severity: 'error',
  target: 'term',
  phrases: [
    '{sleep} with him|men|adults|boys|guys',
    '{sleep} with a|an|the|older|adult|several|multiple|different|many|various|random man|men|male|males|adult|adults|guy|guys|lads|blokes|fellas',
    '{sleep} with a|an? older|adult man|men|male|males|guy|guys',
    '{sleep} with a|the _ year old',
    '{sleep} with two|three|four|five|six|several|some|both|all|many|most of? the|these|those? men|males|adults|guys|boys|women',
    '{sleep} with a|an older|adult woman|lady',
    '{sleep} together',
    '{go} to bed with',
    // Slang for sex with an adult: "having it off with the lodger", "shagging the 30-year-old".
    '{have} it off with',
    'shagging|shagged|shags|shag|bonking|bonked|bonks|screwing|screwed him|them|men|@romance-adult-ref',
    // Any adult as the other party: "sleeping with the manager of the takeaway", "slept with her coach".
    '{sleep} with @romance-adult-ref',
    '{sleep} with (at least|more than|over|up to)? 2|3|4|5|6|7|8|9|10|four|five|six|seven|eight|nine|ten|multiple|numerous|countless older|adult? men|males|guys|adults|blokes',
  ],
  unless: [
    'romance-peer',
    'force-stated',
    {followedBy: ['in the same room|bed', 'on the floor|sofa|settee', 'there|in'], within: 1},
  ],
  guards: {age: true},
  message: '`{actual}` describes the sexual abuse of a child as consensual sex',
  suggestions: ['was sexually abused by [adult]', 'was raped by [adult]'],
  note: 'Saying a child slept with an adult presents abuse as a mutual sexual choice. Say what the adult did and name the offence if known.',
  sources: ['ZT', 'LSCB-TBL', 'ROSA', 'OUTSHADOWS'],
  examples: {
    incorrect: [
      "She's been [[having it off with]] the lodger (38).",
      'Staff think she [[shagged the older lads]] at the party.',
      'Jade (14) is [[bonking a 30-year-old]], the carer says.',
      {
        text: 'She [[slept with him]] to pay off the debt.',
        suggestions: ['was sexually abused by [adult]', 'was raped by [adult]'],
      },
      'Imogen (14) has been [[sleeping with her friend’s dad]], the school heard.',
      'Mia has been [[sleeping with men]] she meets through the takeaway.',
      'Amira (15) [[slept with an older man]] she met on Instagram.',
      'Ellie [[sleeps with several men]] at the flat, according to the school.',
      'Jade and the 21-year-old [[slept together]] twice.',
      'Mia (15) has been [[sleeping with a 40-year-old]] from the pub.',
      'Lily (15) [[slept with two of the men]] at the house.',
      'Connor (15) has been [[sleeping with an older woman]] from the estate since June.',
      'Kayleigh [[went to bed with]] the man after the party.',
      'Chloe (14) has been [[sleeping with the owner]] of the car wash, who is 41.',
      'Concern: [[sleeping with older males]] at the flat',
      'Jade (14) [[slept with her football coach]] after training, the log says.',
      'Mia (15) has been [[sleeping with a man in his thirties]] she met online.',
      'Has [[slept with at least 4 adult males]] (YP 14)',
      'Tick-box explanation: she (14) is [[sleeping with the older lads]] at weekends',
      'Ffion (15) has been [[sleeping with different lads]] from the estate.',
    ],
    correct: [
      'The joiner screwed the older boards back on.',
      'She told the nurse she had been forced to sleep with men at the flat.',
      'He was made to sleep with the men who visited.',
      'Jade (14) was sexually abused by the man to pay off a debt he invented.',
      'The four girls slept on the floor of a single room.',
      'Anna, 23, slept with a man she met at work.',
      'Mia slept with the light on after she came home.',
      'Kyle slept with the lodger’s dog on the sofa.',
    ],
    // With no age for the child, the age guard reads the adult's age as the
    // narrative's main person's (see the lexicon report).
    knownMisses: ['Chloe has been sleeping with the owner of the car wash, who is 41.'],
  },
} satisfies RuleSpec
