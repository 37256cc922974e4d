import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'infatuated',
  category: 'sexualising',
  severity: 'error',
  target: 'action',
  phrases: [
    // The romance frame from the child's side: a feeling word and the adult it is for.
    '@romance-feeling with|on|by',
    '@degree? sweet|keen on $obj',
    '@degree? crazy|mad|nuts about $obj',
    // ("{fall}" would give "falled": the verb table has no "fell", "fallen".)
    'fall|falls|fell|fallen|falling for $obj|@romance-man-ref',
    'fall|falls|fell|fallen|falling in love with',
    '{have} a|an big|massive|huge? crush on',
    '{be} in love',
    '{love}|{adore}|{worship}|{idolise}|{idolize} him|@romance-man-ref',
    '{have} strong|romantic|deep|real? feelings for $obj|@romance-man-ref',
    '@degree? devoted to $obj|@romance-man-ref',
    // Fixation and devotion idioms: "obsessed with him", "fixated on the 26-year-old",
    // "worships the ground he walks on", "thinks the world of him".
    '@degree? @romance-fixation $obj|@romance-man-ref|@romance-adult-ref',
    '@romance-devotion',
  ],
  unless: [
    'romance-peer',
    'professional-subject',
    // A peer: "in love with a boy in her class".
    {
      followedBy: [
        'a|another|the|one? boy|girl|lad|lass|classmate|peer|pupil|student|kid|boys|girls|lads|classmates|peers',
      ],
      within: 2,
    },
    // Things and pets, not people: "in love with her new puppy".
    {
      followedBy: [
        '$poss|the|a|an|this|that|his|her? new|little|own? idea|thought|lifestyle|money|attention|gifts|status|life|area|place|city|job|phone|game|games|music|football|dog|cat|puppy|kitten|pet|pets|horse|pony|rabbit|hamster|baby|car|bike|clothes|trainers|makeup|tiktok|snapchat|instagram|band|singer|team|school|college|course',
      ],
      within: 2,
    },
  ],
  guards: {adults: true},
  message: '`{actual}` presents an adult who is grooming the child as someone the child is in love with',
  suggestions: ['is being groomed by', 'has been made emotionally dependent on'],
  note: 'Grooming works by making a child feel loved; describing the child as infatuated or in love makes the abuse a romance and the child its driver. Give the adult’s age and describe what the adult does to build the attachment.',
  sources: ['NSPCC-BF', 'LSCB-TBL', 'LM', 'DFE-CSE'],
  examples: {
    incorrect: [
      {
        text: 'Ayesha (14) is totally [[besotted with]] Kamran, who is 27.',
        suggestions: ['is being groomed by', 'has been made emotionally dependent on'],
      },
      'Chelsea (15) appears [[infatuated with]] Lee, 31, and waits for his calls.',
      'Staff say Ruby (14) [[is in love with]] the 24-year-old who collects her.',
      'Mia (13) is [[smitten with the lodger]] and waits up for him.',
      'Jade (14) has [[fallen in love with]] a man she met on Snapchat.',
      'Ellie (15) [[has a crush on]] the 30-year-old at the takeaway.',
      'Kayleigh (14) [[fell for him]] within weeks of meeting him at the park.',
      'She has [[fallen for the 21-year-old]] who buys her vapes.',
      '- [[head-over-heels with]] "T" (approx. 25), stays at his flat',
      'Leah (14) is [[madly in love with]] Deano, 26.',
      'Mia (13) is [[really keen on him]] and waits for him after school.',
      'Jade (14) is [[crazy about him]], her friend told the teacher.',
      'Ruby (14) [[loves him]] and wants to move in with him; he is 28.',
      'Jade (14) [[has strong feelings for the 25-year-old]].',
      'She is [[devoted to him]], staff say; he is 32.',
      'Mia (13) is [[smitten by the lodger]] and waits up for him.',
      'Foster carer: Sophie (15) is [[obsessed with him]] and checks her phone all night.',
      'Since the summer Jade (15) and Dean seem [[devoted to each other]]; he is 29.',
      'Health visitor: Amy (15) and Rob [[seem very much in love]], he is 34.',
      'Carer’s note: Mia (14) is [[very much in love with]] Deano (26).',
      'Kaya (14) has become [[fixated on the 29-year-old]] from the gym.',
      'She (14) clearly [[worships the ground he walks on]]; he is 31.',
      'Leah [[thinks the world of him]] and will not hear a word against him.',
      'Jade (13) [[hangs on his every word]], her teacher noticed.',
    ],
    correct: [
      'Her parents are devoted to each other and very supportive.',
      'Her foster carers seem very much in love and have been married for 20 years.',
      'Kamran, 27, groomed Ayesha (14) with gifts and daily messages until she depended on him.',
      'Kamran, 27, is infatuated with Ayesha and has been warned off by police.',
      'Nadia is not in love with him; she is frightened of him.',
      'Avoid words such as "besotted" or "infatuated" for a child who is being groomed.',
      'Ruby (14) is mad about football and plays for the school team.',
      'Ruby (14) is in love with a boy in her class, her mum says.',
      'Jade is in love with her new puppy.',
      'Mia (13) is smitten with the new kitten.',
      'Anna, 22, is in love with a man she met at work.',
      'Mum loves him and wants him home.',
      'Kai has feelings of fear when the phone rings.',
      'Sophie is obsessed with her phone and TikTok.',
      'Her little brother thinks the world of her.',
      'Dean (31) is obsessed with her and has been served a CAWN.',
    ],
    info: ['Ruby (14) says she [[is in love with]] him and wants to live with him.'],
  },
} satisfies RuleSpec
