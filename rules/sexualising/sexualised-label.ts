import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'sexualised-label',
  category: 'sexualising',
  severity: 'error',
  target: 'label',
  phrases: [
    // Names that cast a child as a sexual temptation.
    'lolita|jailbait|temptress|seductress|nymphet|minx|vixen|man-eater',
    // Sexualised descriptions of the child's behaviour or dress.
    'slutty|sluttish|tarty|trampy|seductive|lewd|wanton behaviour|behavior|behaviours|behaviors|conduct|manner|ways|dress|dressing|clothes|clothing|outfit|outfits|look',
    'deviant sexual behaviour|behavior|behaviours|conduct',
    '@degree? sexually deviant',
    // The child called sexualised: "a very sexualised girl for her age", "oversexualised".
    'sexualised|sexualized|oversexualised|oversexualized|over-sexualised|over-sexualized|hypersexualised|hypersexualized|hyper-sexualised|hypersexual young|little? girl|girls|boy|boys|child|kid|teenager|teen|lady|madam|woman',
    'sexualised|sexualized|oversexualised|oversexualized|over-sexualised|over-sexualized|hypersexualised|hypersexualized|hypersexual for $poss age|years',
    '{be} @degree? oversexualised|oversexualized|over-sexualised|over-sexualized|hypersexualised|hypersexualized|hyper-sexualised|hypersexual',
    // Said of the child as a predicate: "presents as very sexualised", "is highly sexualised for 13".
    '@seem @degree? sexualised|sexualized|oversexualised|oversexualized|hypersexualised|hypersexualized',
    '{be} very|quite|extremely|highly|really|so|overly|increasingly sexualised|sexualized',
    'a|an very|quite|extremely|highly|really|overly|increasingly sexualised|sexualized',
  ],
  unless: [
    'crime-label-actor',
    'crime-label-agent',
    'crime-label-other',
    // About an offender: "a history of deviant sexual behaviour towards children".
    {precededBy: ['history|record|pattern|risk of']},
    {followedBy: ['towards|toward|against|with children|child|girls|boys|minors|young']},
    // What was done to the child: "sexualised by the men who abused her".
    {followedBy: ['by|through|as-a-result|because']},
  ],
  message: '`{actual}` sexualises the child and casts them as inviting the abuse',
  suggestions: [
    'child who is being sexually exploited by [adult]',
    'was groomed and sexually abused by [adult]',
  ],
  note: 'Words that make a child a sexual temptation repeat how abusers justify themselves and move the blame onto the child. Leave them out and record what the adults did.',
  sources: ['OUTSHADOWS', 'HMICFRS-MET', 'ZT', 'SAFESOUND'],
  examples: {
    incorrect: [
      {
        text: 'The 2010 log called the girls [[Lolitas]] who hung around the takeaway.',
        suggestions: [
          'child who is being sexually exploited by [adult]',
          'was groomed and sexually abused by [adult]',
        ],
      },
      'Concerns: [[slutty behaviour]] at parties, missing overnight',
      'The school described Mia (13) as a [[temptress]] in the older boys’ eyes.',
      'Her [[seductive behaviour]] towards adult men was noted by staff.',
      '- [[sexually deviant]] (YP 14), meets men online',
      'Records from 2009 describe her [[deviant sexual behaviour]] with older men.',
      'Abbie is [[a very sexualised girl]] and is drawn to older men.',
      'Kayla is an [[oversexualised young girl]] in the view of the night staff.',
      'The staff log says Kyra (14) is [[sexualised for her age]].',
      'Keeley (13) [[is hypersexual]] and goes off with men, the night staff wrote.',
      'Jade (13) [[presents as very sexualised]] with staff.',
      'Mia [[is highly sexualised]] for a 12-year-old.',
      'School nurse: [[a very sexualised]] and confident girl',
    ],
    correct: [
      'She was very sexualised by the abuse she suffered.',
      'Children who are abused may present as sexualised.',
      'Adult men targeted Mia (13) at the takeaway and gave her alcohol.',
      'Avoid words such as "Lolita" or "temptress" for a child.',
      'The 45-year-old has a history of deviant sexual behaviour towards children.',
      'The man’s deviant sexual behaviour was assessed by probation.',
      'She has shown sexualised behaviour since the abuse, which CAMHS are assessing.',
      'The men sexualised the girls with gifts of underwear and make-up.',
    ],
    info: ['The men called her "[[jailbait]]" in messages found on the phone.'],
  },
} satisfies RuleSpec
