import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'involved-with-older-men',
  category: 'sexualising',
  severity: 'error',
  target: 'term',
  phrases: [
    '{be}? involved with older|adult|much-older men|males|man|male|guys',
    '{be}? involved with a|an? older|adult man|male|guy',
    '{be}? involved with men|males',
    '{be}? involved with a|an _ year old',
    '{get}|{become} involved with older|adult men|males',
    'older|adult men|males in $poss life',
    'older|adult man|male in $poss life',
    'man|men in $poss life',
    '{be} mixed up with older|adult men|males',
    // The abuse as a romance or a liaison: "romantic involvement with a 30-year-old".
    'romantic|sexual involvement|attachment|liaison|entanglement|connection with',
  ],
  unless: [
    {
      precededBy: [
        'professionals|agencies|services|staff|officers|workers|police|everyone',
        'romantically|sexually|intimately|emotionally',
      ],
      within: 1,
    },
  ],
  guards: {age: true},
  message: '`{actual}` softens a group of adults who are abusing the child into men she is involved with',
  suggestions: ['is being sexually exploited by adult men', 'is being abused by [adults], aged [ages]'],
  note: 'Describing abusers as men the child is involved with, or men in her life, hides who is doing what. Say that adult men are sexually exploiting the child and give what is known about them.',
  sources: ['LM', 'LSCB-TBL', 'HMICFRS-MET'],
  examples: {
    incorrect: [
      '[[Romantic involvement with]] a 30-year-old.',
      'Concerns: [[sexual liaison with]] the lodger (38)',
      'Jade (15) has a [[romantic attachment with]] Deano, 29.',
      {
        text: 'She [[is involved with older men]] in Oldham.',
        suggestions: ['is being sexually exploited by adult men', 'is being abused by [adults], aged [ages]'],
      },
      'Mia has [[been involved with an older man]] since March.',
      'Staff are worried about the [[older men in her life]].',
      'There is an [[older man in her life]] who buys her phones.',
      'Amira [[got involved with older men]] through a friend at school.',
      'Ellie (15) [[is involved with men]] who collect her in cars.',
      'The [[men in her life]] supply her with vodka.',
      'Kayleigh [[is mixed up with older men]] in Telford.',
      'Jade (13) [[is involved with a 35-year-old]] man from Hull.',
    ],
    correct: [
      'She has a close attachment with her foster carer.',
      'Jade (14) is being sexually exploited by adult men in Oldham.',
      'Anna, 29, is involved with older men at the club.',
      'Jade is not involved with men; the concern is online grooming.',
    ],
  },
} satisfies RuleSpec
