import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'in-a-relationship-with',
  category: 'sexualising',
  severity: 'error',
  target: 'term',
  phrases: [
    '{be}? in a|an relationship with',
    '{be} in a|an relationship',
    '{have} a|an relationship with',
    '{start}|{begin}|{form}|{develop} a|an relationship with',
    '{be}? in a|an online|secret|serious|long-distance|on-off|exclusive|romantic|steady|proper relationship with?',
    'their relationship',
    '$poss relationship with him|them',
    '$poss relationship with a|an? older|adult',
    // Relationship words from classes: "Harley's online relationship", "a secret relationship with a
    // 30-year-old", "consentual relationship w/ 19yo" (a phrase cannot cross the slash of "w/").
    '$owner @romance-rel-adj relationship(s)',
    '@romance-rel-adj relationship(s) with|w?',
    'relationship(s) w',
    'relationship(s) with @romance-man-ref',
    '{be} a couple|pair',
  ],
  unless: [
    'romance-peer',
    // Relationships education and guidance: "healthy online relationships".
    {precededBy: ['healthy|safe|positive|respectful|unhealthy|equal'], within: 2},
    {followedBy: ['education|lessons|lesson|workshop(s)|session(s)|programme|safety|skills|curriculum']},
    // "There were a couple of men at the flat."
    {followedBy: ['of']},
    {
      followedBy: [
        '$poss|the? social|youth|key? worker(s)|mum|mother|dad|father|parent(s)|carer(s)|foster|family|sister|brother|siblings|nan|gran|grandparents|aunt|uncle|teacher(s)|school|staff|peers|friends|classmates|professionals|services|police|education',
        'to|with the|$poss? school|education|services|professionals|staff|teachers|college|placement|carers|family|parents|mother|mum|father|dad|community|church|team',
      ],
      within: 1,
    },
    {precededBy: ['mother|mum|parents|carers|father|dad|family|siblings|sister|brother'], within: 3},
    {
      followedBy: [
        'mother|mum|father|dad|parent(s)|carer(s)|aunt|uncle|sister|brother|nan|gran|grandmother|grandfather|cousin|siblings|family|school|staff|worker|teacher',
      ],
      within: 5,
    },
  ],
  guards: {age: true},
  message: '`{actual}` presents the sexual abuse of a child by an adult as a relationship',
  suggestions: ['is being sexually exploited by', 'is being groomed by'],
  note: 'Relationship language implies a consensual, mutual bond and hides the power imbalance. Describe the contact between the adult and the child and name it as abuse or exploitation.',
  sources: ['LM', 'NSPCC-BF', 'ROSA', 'COP-MET'],
  examples: {
    incorrect: [
      {
        text: 'She [[is in a relationship with a 24-year-old]] man from Luton.',
        suggestions: ['is being sexually exploited by', 'is being groomed by'],
      },
      'Mia [[has a relationship with the man]] who runs the shop.',
      'Amira (15) [[started a relationship with the 30-year-old]] in May.',
      'Ruby (13) has [[been in an online relationship with a man]] in Canada.',
      'Staff are worried about [[their relationship]] because of the age gap.',
      'Ellie (15) talks about [[her relationship with him]] as serious.',
      'Kayleigh [[is in a relationship]] and he is much older.',
      'Jade (13) thinks [[her relationship with an older man]] is serious.',
      '[[Skye’s online relationship with a man]] in Devon began when she was 13.',
      'Notes: [[mutual relationship w]]/ 22yo (YP 15)',
      'Ruby (14) has a [[secret relationship with a 30-year-old]] from the gym.',
      'The log describes Mia (15) as [[in a relationship with]] the lodger.',
      'Ellie (14) [[is in a relationship with a married man]] from Hull.',
      'Risk: [[relationship with 26yo]] from the gym',
      'Jade (14) and Dean [[are a couple]] now, her friends say.',
    ],
    correct: [
      'Jade has a good relationship with her social worker.',
      'Mia’s relationship with her mother has improved since June.',
      'Kyle has a trusting relationship with his youth worker.',
      'Mia has a relationship with her mother that is slowly improving.',
      'Jade and her mum say their relationship is better.',
      'Their relationship with the school has improved.',
      'The lodger is in a relationship with Jade’s mother.',
      'The relationship between going missing and exploitation is well known.',
      'Anna, 25, is in a relationship with a man she met at university.',
      'The school teaches healthy online relationships in Year 8.',
      'The online relationships workshop is on Tuesday.',
      'Mia has a loving relationship with her nan.',
      'There were a couple of men waiting outside the school.',
      'Mia (14) is in a relationship with a boy in her year.',
    ],
  },
} satisfies RuleSpec
