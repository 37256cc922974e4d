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
  ],
  unless: [
    'crime-label-actor',
    'crime-label-agent',
    'crime-label-other',
    // About an offender: "a history of deviant sexual behaviour towards children".
    {precededBy: ['history|record|pattern|risk of']},
    {followedBy: ['towards|toward|against|with children|child|girls|boys|minors|young']},
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
    ],
    correct: [
      'Adult men targeted Mia (13) at the takeaway and gave her alcohol.',
      'Avoid words such as "Lolita" or "temptress" for a child.',
      'The 45-year-old has a history of deviant sexual behaviour towards children.',
      'The man’s deviant sexual behaviour was assessed by probation.',
    ],
    info: ['The men called her "[[jailbait]]" in messages found on the phone.'],
  },
} satisfies RuleSpec
