import type {RuleSpec} from '../../src/types.js'

// The account doubted for its delivery rather than its content: "sounds
// rehearsed", "her disclosure seems coached", "textbook story", "has form
// for making allegations". Being coached BY the exploiters ("coached by the
// men to say she is 18") is an indicator and is excepted.
export default {
  id: 'rehearsed-account',
  category: 'disbelief',
  severity: 'error',
  target: 'action',
  phrases: [
    '@seem|{sound} @jv-degree? rehearsed|coached|scripted|practised|practiced|well-rehearsed|word-perfect|learned|learnt|too-polished|too-pat|off-pat|textbook',
    '@doubt-account @be|@seem @jv-degree? rehearsed|coached|scripted|well-rehearsed|word-perfect|too-polished|off-pat',
    'rehearsed|coached|scripted|well-rehearsed|learnt|learned|stock|textbook|off-the-shelf|pat @doubt-account',
    '{have} form for @jv-degree? making? allegations|accusations|complaints|claims|stories|things-up',
    // The victim status doubted as hard to see: "it's hard to see him as trafficked".
    'hard|difficult to see|view|regard|accept $obj|him|her|them as @jv-degree? a? trafficked|exploited|coerced|groomed|victim',
    // The timing or the motive of the account doubted: "convenient timing", "only disclosed after
    // charge", "using the NRM to avoid prosecution", "the NRM script", "suspiciously detailed",
    // "tells stories".
    'convenient|suspicious|interesting timing',
    'conveniently|suspiciously timed|late|soon|after|just-after|only-after|once',
    'only disclosed|reported|mentioned|raised|claimed after|once $poss? arrest|arrested|charge|charged|caught|interview|court',
    '{use}|{play} the nrm|trafficking|modern-slavery|exploitation|s45|section-45 card|script|route|excuse|defence|defense|loophole|get-out',
    '{use} the nrm|trafficking|modern-slavery|s45|section-45 to avoid|escape|evade|dodge|get-out-of',
    'suspiciously|too|overly|unusually|remarkably detailed|polished|consistent|neat|convenient',
    '{tell}|{spin} stories|yarns|a-yarn',
    // The account as a stock one: "is textbook – the same story every kid in a grow tells".
    'the same story|account|line|script|tale as? every|all|each|the-other|the-others|they-all',
    '@doubt-account {be} @jv-degree? textbook|formulaic|stock|generic|copy-and-paste',
    // The account as the one every child gives: "usual story", "the same old tale", "which is what they all say when caught".
    'the? same old story|tale|line|excuse|excuses|spiel|yarn|routine',
    'the|$poss? usual story|tale|line|excuse|excuses|spiel|yarn',
    'what they|kids|lads|girls|these-kids|these-lads|these-girls|they-all all|always say|claim|tell-us|tell-you|come-out-with',
    'they|kids|lads|girls all say|claim that|this|it',
    // Ready answers as a sign of a script: "has an answer for everything".
    '{have} an|a-ready answer|excuse|explanation|reply|response for|to everything',
    // The account given for a gain: "an attempt to bolster his case", "something he's invented to get a move".
    'a|an attempt|bid|ploy|tactic|ruse|way|effort to bolster|strengthen|boost|prop-up|shore-up|help|support $poss|the case|claim|application|appeal|asylum-claim|age-claim',
    'invented|made-up|exaggerated|embellished|fabricated|concocted|dreamt-up|dreamed-up|cooked-up|said|disclosed|claimed it|this|that|everything? to get|gain|secure|obtain|win|avoid|escape|bolster|strengthen a|an|the|$poss move|placement|house|flat|status|visa|leave|support|case|claim|way|sympathy|attention',
  ],
  unless: [
    // Textbook as typical of harm: "her account is textbook trauma", "textbook grooming".
    {
      followedBy: [
        'trauma|grooming|exploitation|cse|cce|of|victim|response|disclosure|signs|indicators|coercion|control',
      ],
    },
    'professional-subject',
    'doubt-adult-owner',
    // Coached by the exploiters: "coached by the men to say she is 18", "coached on what to say".
    {followedBy: ['by|on|in|to-say|what-to-say']},
    // Storytelling and homework: "tells stories to her brother", "tells stories at the drama club".
    {
      followedBy: [
        'to|at|for|in|with $poss|the|a? little? brother|sister|siblings|class|children|kids|group|club|school',
      ],
    },
  ],
  message: '`{actual}` doubts the child’s account for how, when or why it was told',
  suggestions: ['gave an account of [events]', 'described [events] to [professional] on [date]'],
  note: 'Traumatised and groomed children often give accounts that sound flat, practised or stock, and exploiters do coach children; neither makes the account untrue. Record what the child said, when and to whom, and what corroborates it.',
  sources: ['SEFTON-CRED', 'NRM-FORM', 'NSPCC-MAL'],
  examples: {
    incorrect: [
      'Caseworker minute: applicant, stated age 15, [[has an answer for everything]].',
      'Kai (15) blames the olders, but [[they all say that]] when caught.',
      'Kai (15) [[only disclosed after charge]], which is convenient.',
      '[[Convenient timing]] for the disclosure, per the officer.',
      'Jade (16) is [[using the NRM to avoid]] prosecution, the note says.',
      'He is [[playing the NRM card]], the officer thinks.',
      '[[Suspiciously detailed]] account from a 14-year-old.',
      'Her disclosure was [[conveniently timed]], a day before court.',
      'Jade (14) [[tells stories]], according to her carer.',
      {
        text: 'Her [[disclosure seems rehearsed]], the officer noted.',
        suggestions: ['gave an account of [events]', 'described [events] to [professional] on [date]'],
      },
      '- account [[sounds coached]], few details',
      'Leah’s [[account is word-perfect]] each time she tells it.',
      'Reviewer: [[textbook story]], probably learnt from friends',
      'Jade (14) [[has form for making allegations]] at the home.',
      'Kai is 15 but it is [[hard to see him as trafficked]].',
      'It is [[the same story every]] lad from that estate gives us.',
      'In interview his [[account was textbook]] from start to finish.',
      'Misper return: YP (14) back on her own again, no explanation, [[usual story]].',
      'Kayla (15) says men follow her home; [[the same old tale]].',
      'The girl (14) said a man outside made her steal, which is [[what they all say]] when caught.',
      'The late disclosure of abuse in Calais smacks of [[an attempt to bolster his case]].',
      'His debt to the men at the gym is probably something he has [[invented to get a move]].',
    ],
    correct: [
      'This is textbook grooming by the two men.',
      'Her account is textbook trauma and should be believed.',
      'She tells stories to her little brother at bedtime.',
      'The timing was convenient for the men, who left before police arrived.',
      'The NRM is the route to support for a child who has been trafficked.',
      'She had been coached by the men to say she is 18.',
      'Jade seemed coached on what to say about her age.',
      'The suspect’s account seems rehearsed, the interviewing officer noted.',
      'Her account is detailed and consistent with the CCTV.',
      'The police had rehearsed the interview plan with the intermediary.',
      'Avoid writing that an account "sounds rehearsed".',
      'This is a textbook case of grooming by an adult.',
      'It is the usual story of grooming: gifts, lifts, then threats.',
      'The solicitor made an application to support his asylum claim.',
      'The men invented the debt to get control of him.',
    ],
  },
} satisfies RuleSpec
