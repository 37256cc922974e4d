import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'affair',
  category: 'sexualising',
  severity: 'error',
  target: 'term',
  phrases: [
    'affair',
    '{have} an affair',
    'love affair',
    'fling',
    'romance',
    'tryst(s)',
    'affairs',
    '{have} affairs',
    // The child as an adult's young lover: "schoolgirl lover", "teenage mistress".
    'schoolgirl|schoolboy|teenage|teen|underage|under-age|child|juvenile|young|@crime-aged-child lover(s)|mistress|mistresses|sweetheart(s)',
    // "Underage girlfriend" is underage-relationship's.
    'schoolgirl|child|@crime-aged-child girlfriend(s)',
    'schoolgirl|child|underage|under-age|@crime-aged-child bride(s)',
    // The child as an adult's secondary lover: "Paddy's bit on the side".
    'bit on the side',
    'side piece|chick',
  ],
  unless: [
    {
      precededBy: [
        'foreign|home|current|public|internal|consumer|veterans|legal|student|family|financial|business|money|personal|domestic|state|world|external|corporate|regulatory|government|european|social|cultural|community',
        '{manage}|{handle}|{sort}|{run}|{organise} $poss|the',
        '{manage}|{handle}|{sort}|{run}|{organise} $poss own',
      ],
      within: 1,
    },
    {followedBy: ['scam(s)|fraud(s)|fraudster(s)|scammer(s)'], within: 1},
  ],
  guards: {age: true},
  message: '`{actual}` presents the sexual abuse of a child as an affair between equals',
  suggestions: ['abuse by [adult]', 'abusive contact by [adult]'],
  note: 'An affair or romance suggests two consenting partners; an adult’s sexual contact with a child is abuse. Name it as abuse and give the adult’s age and role.',
  sources: ['LM', 'ROSA', 'NSPCC-BF'],
  examples: {
    incorrect: [
      'The 14-year-old and the teacher were having a [[love affair]], the log says.',
      {
        text: 'She [[had an affair]] with her PE teacher over the summer term.',
        suggestions: ['abuse by [adult]', 'abusive contact by [adult]'],
      },
      'Mia [[has an affair]] with a married man from the gym.',
      'Ellie (14) had a [[fling]] with the lodger.',
      'The [[romance]] between Kayleigh and the coach started online.',
      'Jade had secret [[trysts]] with the landlord at the flat.',
      'Staff knew of Mia’s (14) [[affairs]] with men she met online.',
      'Ellie (15) has [[had affairs]] with two married men, the school heard.',
      'The press called her his [[schoolgirl lover]]; she was 14.',
      'In the 2012 notes Jade is the landlord’s [[teenage mistress]].',
      'The 38-year-old called Mia (14) his [[underage bride]] in the messages.',
      'The taxi driver (41) and his [[schoolgirl girlfriend]] were stopped in Bradford.',
      'Neighbour says the girl (15) is his [[bit on the side]].',
      "Jade (14) is the 30-year-old's [[side piece]], per her friends.",
    ],
    correct: [
      'Pathway plan: Demi (17) is learning to manage her own affairs with support.',
      'It was treated as a love affair between Amira and the 29-year-old.',
      'The Home Affairs Committee published its report in 2023.',
      'The teacher sexually abused Jade (15) over the summer term.',
      'Anna, 34, had an affair with a colleague.',
      'Amira’s mother lost money in a romance scam.',
      'Her nan manages her financial affairs.',
    ],
  },
} satisfies RuleSpec
