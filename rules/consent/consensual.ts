import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'consensual',
  category: 'consent',
  severity: 'error',
  target: 'term',
  phrases: [
    'consensual|consentual|consensually|consentually',
    'mutually agreed|desired|wanted',
    'by mutual consent|agreement',
    '@be @degree? mutual',
    // Mutual as a second predicate: "was sexual in nature and mutual".
    'and @degree? mutual|reciprocated|reciprocal',
    'mutual relationship(s)|attraction|feelings|affection|desire|sex|sexual|consent|agreement|decision|thing|love',
    'consenting sexual|sex|relationship(s)|activity|contact|intercourse|partner(s)|participant(s)',
    // A note that all parties agreed: "found with two adult males, all consenting".
    'all|both|everyone consenting|consented|willing',
  ],
  unless: [
    // "mutual friends", "and mutual support": not the abuse.
    {
      followedBy: [
        'friend(s)|aid|support|respect|trust|benefit|interest(s)|understanding|acquaintance(s)|contacts',
      ],
      within: 1,
    },
    // "all consenting to the plan": parties agreeing to a plan or procedure.
    {
      followedBy: [
        'to|with the|a|an|this|that|our? plan|referral|assessment|treatment|procedure|meeting|interview|search|examination|sharing|decision|course|arrangement|medical',
      ],
      within: 2,
    },
    // "groomed into believing it was a consensual relationship": the abuser's story, named as such.
    {
      precededBy: [
        'into|to believing|believe|thinking|think|feeling|feel that?',
        'into|to believing|believe|thinking|think|feeling|feel that? _ _? _? _? had|was|were|is|are|it|a|an',
      ],
      within: 4,
    },
    {
      precededBy: [
        'non',
        'appear(s)|appeared|appearing|seem(s)|seemed|seeming|look(s)|looked',
        'even if|where|when|though',
        'perceived as',
        'perceived to be',
      ],
      within: 3,
    },
    {
      precededBy: [
        'imply|implies|implying|implied|suggest|suggests|suggesting|portray|portrays|frame|frames|framing a|an|the?',
      ],
      within: 2,
    },
    {followedBy: ['to the? child|children|person|victim(s)', 'to the? young people|person'], within: 2},
    {
      followedBy: [
        'plan(s)|date(s)|time(s)|meeting(s)|action(s)|outcome(s)|target(s)|goal(s)|approach|review|visit(s)|timescale(s)|agenda|terms',
      ],
      within: 1,
    },
    {
      precededBy: [
        'plan(s)|date(s)|time(s)|meeting(s)|action(s)|outcome(s)|target(s)|goal(s)|approach|review|visit(s)|timescale(s)|agenda|terms',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` describes the abuse of a child as mutual and agreed',
  suggestions: ['sexual abuse of a child', 'abuse that [child] could not legally agree to'],
  note: 'Sexual activity between an adult and a child is abuse even when it appears consensual, and consent does not prevent a finding of exploitation for adults either. Describe what the abuser did instead.',
  adult: {
    message: '`{actual}` describes the abuse of a person as mutual and agreed',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['DFE-CSE', 'SOA-AGE', 'MSA-S1-2', 'TCS-LP', 'CASEY', 'ZT'],
  examples: {
    incorrect: [
      'The contact between Chloe (15) and the 25-year-old was sexual in nature [[and mutual]].',
      'Police log: kissing observed, YP (14) and male (30), [[and reciprocated]]',
      {
        text: 'Police recorded that the sex was [[consensual]] and took no further action.',
        suggestions: ['sexual abuse of a child', 'abuse that [child] could not legally agree to'],
      },
      'The officer described the contact between Jade (14) and the man as [[consensual]].',
      'The sexual contact between Lena, 24, and the men who paid was [[consensual]], the log says.',
      'Kyle (15) and the 31-year-old met [[consensually]] at the hotel on three dates.',
      'Police recorded that the pair met [[by mutual agreement]] at the hotel.',
      'The encounters between Neve (15) and the 40-year-old were [[mutually agreed]], the log says.',
      'The contact between Chloe (14) and Jason (25) [[was mutual]], the officer wrote.',
      'CSE concerns: contact with the 22yo was [[consentual]] (YP 14)',
      'It was described as a [[mutual relationship]] in the strategy minutes.',
      '- [[consenting sexual]] activity with a 19 year old',
      'Police notebook: female, 15, found in a car with two adult males, [[all consenting]]',
    ],
    correct: [
      'Jade and Mia have mutual friends at school.',
      'Jade (15) and her sister share a bedroom and mutual support.',
      'Sexual exploitation can happen even if the sexual activity appears consensual.',
      'A child may be exploited even where it seems consensual to them.',
      'The man was charged with non-consensual sexual activity with Jade (14).',
      'It was not consensual: Jade was 13 and the man was 30.',
      'The word relationship implies a consensual arrangement between equals.',
      'The safety plan was mutually agreed with Jade and her carers.',
      'Amira was groomed into believing she and Tariq had a consensual relationship.',
      'He led her to believe the relationship was consensual.',
      'They had a mutual friend at school.',
      'A mutual aid request was made to the neighbouring force.',
      'Her parents and the school were all consenting to the plan.',
    ],
    knownFalsePositives: ['Anna, 22, described a consensual relationship with her partner of four years.'],
    info: ['Kyle told officers it was "[[consensual]]" and that he wanted to go back.'],
  },
} satisfies RuleSpec
