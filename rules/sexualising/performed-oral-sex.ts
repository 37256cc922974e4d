import type {RuleSpec} from '../../src/types.js'

const coerced = [
  '{make}|{force}|{coerce}|{pressure}|{tell}|{order}|{compel}|{threaten}|{groom}|{manipulate}|{get}|{want}|{expect} $obj to?',
  '{make}|{force}|{coerce}|{pressure}|{tell}|{order}|{compel}|{expect} to',
  'into',
]

export default {
  id: 'performed-oral-sex',
  category: 'sexualising',
  severity: 'error',
  target: 'action',
  phrases: [
    '{perform}|{give}|{do} oral sex on|to?',
    '{perform}|{give}|{do} sex|sexual acts|favours on|to|for?',
    '{perform}|{give}|{do} a sex|sexual act on|to|for?',
    '{perform}|{give}|{do} a? blow|hand job(s) on|to|for?',
    '{perform}|{give}|{do} a? blowjob(s)|handjob(s) on|to|for?',
    '{give} $obj|men|@romance-adult-ref oral sex',
    '{give} $obj|men a? blow|hand job(s)',
    '{give} $obj|men a? blowjob(s)|handjob(s)|head',
    '{perform} oral|sexually',
    '{perform} on $obj',
    // Touching and kissing with the child as the actor: "kissing and cuddling the 30yo",
    // "straddling him", "flirting with the older men".
    '@sex-touch-verb him|them|@romance-adult-ref',
  ],
  unless: [
    {precededBy: coerced, within: 1},
    // Family affection: "cuddled her uncle", "kissed her dad goodbye".
    {
      followedBy: [
        'goodbye|good-night|goodnight|hello|on-the-cheek|better',
        'uncle|stepdad|stepfather|dad|father|grandad|grandfather|brother|cousin|nan|gran|mum',
      ],
      within: 1,
    },
    {precededBy: ['hug|hugs|hugged|hugging|and|or'], within: 1},
  ],
  message: '`{actual}` makes the child the actor in sexual acts an adult did to them',
  suggestions: ['was sexually abused by', 'was orally raped by'],
  note: 'Describing a child as performing or giving sex acts puts the child in the role of the actor. Name the adult as the one who abused the child, and say how they made it happen.',
  sources: ['NSVRC', 'ZT', 'DFE-CSE', 'SOA-AGE'],
  examples: {
    incorrect: [
      {
        text: 'She [[performed oral sex on]] the man in his car.',
        suggestions: ['was sexually abused by', 'was orally raped by'],
      },
      'She [[gave oral sex to]] two of the men at the flat.',
      'Mia [[gave him a blow job]] in exchange for a lift.',
      'Amira [[performed sexual acts on]] the men at the party.',
      'Kyle [[performed oral]] on the 35-year-old in the toilets.',
      'Jade [[performed on them]] while they filmed it.',
      'Ellie [[did sexual acts for]] the older boys.',
      'She [[did a sex act on]] him in the stairwell.',
      'Jade (13) [[gave him oral sex]] in the back of the car.',
      'Ellie (14) [[gave blow jobs to]] older boys at the park.',
      'Jade [[gave a blowjob to]] the driver, the log says.',
      'Mia [[gave them head]] at the party, the men said.',
      'Kayleigh [[gave men hand jobs]] at the flat for vapes.',
      'Mia [[performed sexually]] for the camera.',
      'On the CCTV Kacey (14) is [[kissing and cuddling the 28-year-old]] in his car.',
      'She was [[straddling him]] on the sofa when staff walked in.',
      'In the park Leah (15) was [[flirting with the older men]] all evening.',
      'Jade (13) [[kissed the man]] at the bus stop, the CCTV log says.',
      'Tia (15) [[gave the men oral sex]] at the flat, the interview notes say.',
    ],
    correct: [
      'The man forced Jade to perform oral sex on him.',
      'Mia was made to perform sexual acts on the men at the party.',
      'Amira was coerced into giving oral sex by the 30-year-old.',
      'The adults sexually abused Ellie at the flat.',
      'The 28-year-old was kissing and touching Kacey in his car.',
      'Mia kissed her dad goodbye at the gate.',
      'She was made to kiss the man at the bus stop.',
      'Leah was not flirting with the men; they approached her in the park.',
    ],
  },
} satisfies RuleSpec
