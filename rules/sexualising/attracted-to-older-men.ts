import type {RuleSpec} from '../../src/types.js'

const who = 'older|adult|much-older men|males|guys|man|male'

export default {
  id: 'attracted-to-older-men',
  category: 'sexualising',
  severity: 'error',
  target: 'action',
  phrases: [
    `attracted|drawn to ${who}`,
    `proclivity|preference|penchant|liking|taste|attraction for|towards|with|to ${who}`,
    'proclivity for|towards|with',
    `{like}|{prefer}|{fancy} ${who}`,
    `{be} into ${who}`,
    `{have} a thing for|about ${who}`,
    `{gravitate} to|towards ${who}`,
    // "goes for older men", "always goes after men in their twenties".
    `{go} for|after ${who}`,
    'attracted|drawn to $obj|@romance-man-ref',
    // A crush put on the child: "fancies the 25-year-old", "fancies the older lads".
    '{fancy} @romance-man-ref|@romance-adult-ref',
  ],
  message: '`{actual}` presents adults’ targeting of a child as the child’s own sexual preference',
  suggestions: ['targeted by older men', 'being groomed by [adults]'],
  note: 'Describing a child as attracted to older men puts the cause of the abuse in the child; HMICFRS criticised this kind of wording. Say which adults are targeting the child and what they do.',
  sources: ['HMICFRS-GB', 'HMICFRS-MET', 'LM'],
  examples: {
    incorrect: [
      'Mia (14) [[fancies a 25-year-old]] from the chippy.',
      'Kai (14) [[fancies the older lads]] at the gym.',
      {
        text: 'She is [[attracted to older men]] and goes to their flats.',
        suggestions: ['targeted by older men', 'being groomed by [adults]'],
      },
      'Mia has a general [[proclivity with older men]].',
      'Amira has a [[preference for older males]] according to the school.',
      'Ellie [[prefers older guys]] who have cars.',
      'Kayleigh [[is into older men]].',
      'Jade [[has a thing for older men]].',
      'Mia [[gravitates towards adult males]] at the park.',
      'Amira has a [[proclivity towards]] men in their thirties.',
      'Jade (15) [[likes older males]] who have money.',
      'Mia (14) is [[attracted to the 28-year-old]] lodger.',
      'Tia (14) [[goes for older men]] with cars, staff say.',
      '- always [[going after older males]] at the bus station',
    ],
    correct: [
      'Mia fancies a boy in her class.',
      'Older men are targeting Jade (14) and taking her to their flats.',
      'The 45-year-old man is attracted to older men.',
      'The police went after the older men who supplied her.',
      'Mia is not attracted to older men; she is frightened of them.',
    ],
  },
} satisfies RuleSpec
