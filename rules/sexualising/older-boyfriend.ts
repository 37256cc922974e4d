import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'older-boyfriend',
  category: 'sexualising',
  severity: 'error',
  target: 'term',
  phrases: [
    'older|adult|much-older|grown-up boyfriend(s)|girlfriend(s)|bf|partner(s)|lover(s)',
    'older|adult|much-older|grown-up boy friend(s)',
    'boyfriend|girlfriend|partner who is|was much? older',
    'boyfriend|girlfriend|partner who is|was an adult',
    // Any age word before any partner noun: "older fella", "grown-up lover", "middle-aged partner".
    '@romance-age-mod @romance-partner-noun',
    // "older b/f": the tokeniser splits "b/f" at the slash, so the phrase finds the "b".
    '@romance-age-mod b|g',
    // The adult's age after the noun, as fields and bullets give it: "partner aged 31", "boyfriend is 24".
    '@romance-partner-noun aged|age @crime-adult-age',
    '@romance-partner-noun @crime-aged-adult',
    // A note's bare age after the noun: "(partner 24)", "boyfriend 31 – together 8 months".
    '@romance-partner-noun @crime-adult-age',
  ],
  unless: [
    'partner-word-hedged',
    {precededBy: ['boyfriend|girlfriend|partner or|and']},
    'any-partner-after',
    {followedBy: ['@romance-slash-not-f'], within: 1},
    // A length of time, not an age: "partner 18 months", "boyfriend 20 years ago".
    {
      followedBy: ['years|yrs|months|mths|weeks|wks|days|hours|minutes|mins|times|miles|percent|%|x'],
      within: 1,
    },
    // A relative's partner: "her mum, 40, and her 42-year-old partner", "the 24-year-old partner of her aunt".
    {
      precededBy: [
        'mum|mother|dad|father|nan|gran|grandma|grandad|aunt|auntie|uncle|carer|carers|sister|brother|parent|parents|cousin|stepmum|stepdad',
        "mum's|mother's|dad's|father's|nan's|gran's|aunt's|auntie's|uncle's|carer's|sister's|brother's|cousin's",
      ],
      within: 4,
    },
    {
      followedBy: [
        'of $poss|the|a? mum|mother|dad|father|nan|gran|aunt|auntie|uncle|carer|sister|brother|parent|cousin',
      ],
    },
  ],
  guards: {age: true},
  message: '`{actual}` turns an adult’s grooming of a child into a romance',
  suggestions: ['adult who is grooming [child]', 'abuser ([adult], aged [age])'],
  note: 'The “older boyfriend” label can mask child sexual exploitation: the age gap is the concern, not a detail of a romance. Give the adult’s age and describe what they are doing.',
  sources: ['NSPCC-BF', 'LSCB-TBL', 'NWALES'],
  examples: {
    incorrect: [
      {
        text: 'She has an [[older boyfriend]] who picks her up from school.',
        suggestions: ['adult who is grooming [child]', 'abuser ([adult], aged [age])'],
      },
      'Mia has been staying with her [[adult partner]] in Reading.',
      'Amira’s [[much-older lover]] paid for the hotel.',
      'Kyle (15) has an [[older girlfriend]] who buys him alcohol.',
      'Ellie has a [[boyfriend who is much older]] than her.',
      'Jade has a [[boyfriend who is an adult]] and drives a black Audi.',
      'Kayleigh’s [[grown-up boy friend]] is known to police.',
      'Risk: [[older bf]] (25), picks her up after school',
      'Mia (14) spends weekends with her [[older fella]] in Hull.',
      'Staff describe Leah’s [[middle-aged partner]] as controlling.',
      'Concerns: [[older b]]/f, missing overnight, new phone',
      'Leah (14) stays at weekends with her [[24-year-old partner]] in Leeds.',
      '- [[22yo boyfriend]], picks her up from school',
      'Jade (15): [[partner aged 31]], not known to services',
      'Risk: [[partner 31yo]], missing overnight',
      'Issues: poor relationship choices ([[partner 24]])',
      '- [[boyfriend 31]] – together approx 8 months',
      'YP (14): [[bf 19]], met on Snapchat',
    ],
    correct: [
      'Mum and her partner 18 months ago moved to Hull',
      "Mum's partner 45 attends the meetings",
      'Jade (14) is being groomed by a 26-year-old man who picks her up from school.',
      'Anna, 30, lives with her older partner in Hove.',
      'Signs include going missing and having an older boyfriend.',
      'The NSPCC warns that the label older boyfriend can hide exploitation.',
      'Leah’s mum, 40, and her 42-year-old partner attended the meeting.',
      'Anna (24) lives with her 26-year-old partner in Hove.',
      'Leah is not in a relationship; the 24-year-old partner of her aunt is abusing her.',
    ],
  },
} satisfies RuleSpec
