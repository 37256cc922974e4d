import type {RuleSpec} from '../../src/types.js'

const who = 'older|adult|grown|much-older men|males|man|male|guys|boys|lads'

export default {
  id: 'associating-with-older-men',
  category: 'sexualising',
  severity: 'error',
  target: 'action',
  phrases: [
    `{associate}|{mix}|{socialise}|{socialize}|{fraternise}|{party}|{chill} with ${who}`,
    `{hang} around|about|out with ${who}`,
    `{spend} time with ${who}`,
    `{associate}|{mix}|{socialise}|{socialize}|{fraternise}|{party}|{chill} with men|males`,
    `{hang} around|about|out with men|males`,
    `{spend} time with men|males`,
    `{associate}|{mix}|{socialise}|{socialize} with a|an? older|adult man|male|men|males|guy`,
    `{hang} around|about|out with a|an? older|adult man|male|guy`,
    `{spend} time with a|an? older|adult man|male|guy`,
    `associate(s)|association(s) with ${who}`,
    `{keep} company with ${who}`,
  ],
  message: '`{actual}` makes the child the source of contact with men who are targeting them',
  suggestions: ['seen with adult men who are targeting [child]', 'targeted by adult men'],
  note: 'Association wording implies a chosen friendship and puts the child at the centre of the risk. Say who the adults are, their ages, and that they are targeting the child.',
  sources: ['LM', 'LSCB-TBL', 'COP-MET', 'HMICFRS-MET'],
  examples: {
    incorrect: [
      {
        text: 'She has been [[associating with older men]] in the town centre.',
        suggestions: ['seen with adult men who are targeting [child]', 'targeted by adult men'],
      },
      'Mia [[hangs around with older males]] at the takeaway.',
      'Amira [[spends time with adult men]] she meets through friends.',
      'Ellie [[mixes with men]] at the flat on Cross Street.',
      'Kayleigh [[hangs out with men]] in their twenties.',
      'Jade [[spent time with males]] who are known to police.',
      'Kyle (15) [[socialises with an older man]] who gives him cannabis.',
      'Mia was [[hanging about with an older guy]] near the station.',
      'Amira [[spends time with an adult male]] called Deano.',
      'The concern is her [[association with older men]] in Rochdale.',
      'Ellie [[keeps company with older men]] at the park.',
    ],
    correct: [
      'Jade (14) has been seen with adult men believed to be exploiting her.',
      'Older men are targeting Mia at the takeaway.',
      'The 30-year-old man associates with older men from the gang.',
    ],
  },
} satisfies RuleSpec
