import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'sexualised-label',
  category: 'sexualising',
  severity: 'error',
  target: 'label',
  phrases: [
    // Names that cast a child as a sexual temptation.
    'lolita|jailbait|temptress|seductress|nymphet|minx|vixen|man-eater',
    'prick-tease|prick-teaser|cock-tease|cock-teaser|hussy|trollop|floozy|harlot',
    '{be} a|an|such-a @degree? tease|flirt',
    // Sexualised descriptions of the child's behaviour or dress.
    'slutty|sluttish|tarty|trampy|seductive|lewd|wanton behaviour|behavior|behaviours|behaviors|conduct|manner|ways|dress|dressing|clothes|clothing|outfit|outfits|look',
    'deviant sexual behaviour|behavior|behaviours|conduct',
    '@degree? sexually deviant',
    // The child called sexualised: "a very sexualised girl for her age", "oversexualised".
    'sexualised|sexualized|oversexualised|oversexualized|over-sexualised|over-sexualized|hypersexualised|hypersexualized|hyper-sexualised|hypersexual|seductive|provocative young|little? girl|girls|boy|boys|child|kid|teenager|teen|lady|madam|woman',
    // Sexual behaviour aimed at the adults: "sexualised behaviour towards staff", "provocative with the men".
    'sexualised|sexualized|flirtatious behaviour|behaviours|behavior|behaviors|conduct|manner towards|toward|around|with|to men|males|adults|staff|officers|him|them|older|the-men|the-males|adult|grown',
    // "Provocative" towards staff is goading; towards men it is the sexual reading.
    'provocative behaviour|behaviours|behavior|behaviors|conduct|manner towards|toward|around|with men|males|older|the-men|the-males|adult|grown',
    'seductive towards|toward|around|with men|males|adults|staff|officers|him|them|older|the-men|the-males|adult|grown',
    'provocative towards|toward|around|with men|males|older|the-men|the-males|adult|grown',
    '{behave}|{act} in a|an @degree? sexualised|sexualized|sexual|seductive|provocative way|manner|fashion',
    // The child called seductive: "she is very seductive", "can be provocative".
    'she|he {be} @degree? seductive',
    // Sex as the child's instrument: "uses sex to get what she wants", "uses her body to get lifts".
    '{use} sex to get|gain|obtain|attract|manipulate',
    '{use} $poss sexuality|body|looks to get|gain|obtain|attract|manipulate',
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
      'Night log: [[sexualised behaviour towards staff]] and male residents.',
      'Tia (14) was [[provocative with the men]] at the party, the PC noted.',
      'Kayla (13) [[behaves in a sexualised way]] around older boys.',
      'Staff feel [[she is very seductive]] for a 14-year-old.',
      'Jade (14) [[is a tease]], according to the lads at the garage.',
      'She [[uses sex to get]] lifts and vapes, the YOT worker wrote.',
      '- known [[hussy]], hangs round the taxi rank',
      '- [[provocative behaviour around men]] at the hostel',
      'Mia (14) can be [[seductive towards older]] lads, the manager says.',
      'Kayla (14) [[uses her body to get]] lifts from the drivers.',
      'Mia (15) is a [[provocative young girl]] in the eyes of the staff.',
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
      'He is provocative towards staff and goads other residents.',
      'The 40-year-old was seductive towards her on Snapchat.',
      'Men used sex to get control over her.',
      'She is not a tease; she is a 14-year-old child.',
      'The boys tease her about her weight.',
    ],
    info: ['The men called her "[[jailbait]]" in messages found on the phone.'],
  },
} satisfies RuleSpec
