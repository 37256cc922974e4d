import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'malicious',
  category: 'disbelief',
  severity: 'error',
  target: 'term',
  phrases: [
    'malicious',
    'maliciously',
    'vindictive(ly)',
    'out of spite',
    'spiteful(ly)',
    // A motive put on the account: "motivated by revenge", "an axe to grind", "an attempt to get a move",
    // "only saying this to get out of trouble".
    '@doubt-account|allegation|allegations|claims|complaint|disclosure @be|@seem @jv-degree? likely|probably|possibly|partly|largely|mainly|entirely? motivated|driven by revenge|spite|jealousy|money|malice|a-grudge|anger',
    '{be}|@seem @jv-degree? motivated|driven by revenge|spite|jealousy|malice|a-grudge',
    'out of revenge|jealousy|malice',
    '{have} an|a axe to grind|grudge-against',
    'a|an attempt|ploy|bid|way to get|secure|gain|force|engineer a|an? move|new-placement|transfer|house|flat|compensation|revenge',
    'only|just {say}|{claim}|{allege}|{disclose}|{report} this|it|that|these-things? to get-out-of|stay-out-of|avoid|escape|get|gain|cover',
    'only|just {make} the|this|that|these|a|an|her|his disclosure|disclosures|allegation|allegations|claim|claims|report|complaint to get-out-of|stay-out-of|avoid|escape|get|gain|cover',
    // A claim of exploitation used to dodge the law: "a get out of jail free card", "an attempt to avoid prosecution".
    'a|an|the|$poss? get out of jail free? card',
    '@doubt-account|claim|claims|nrm|referral|disclosure|allegation|allegations|defence|it|this|that @be @jv-degree? a|an|just-a|only-a|simply-a|merely-a attempt|ploy|bid|way|tactic|means|excuse to avoid|escape|evade|dodge prosecution|charges|a-charge|being-charged|arrest|custody|conviction|deportation|removal',
  ],
  unless: [
    {
      followedBy: [
        'communications|communication|wounding|damage|software|code|email|emails|link|links|wounding',
      ],
    },
  ],
  message: "`{actual}` attributes bad motives to the child's account",
  suggestions: ['[record what was said and what has been found]'],
  note: 'Labelling an account malicious leads to missed harm; case reviews show children were disbelieved this way. Record the facts and any discrepancies neutrally.',
  sources: ['NSPCC-MAL', 'SEFTON-CRED', 'NRM-FORM'],
  examples: {
    incorrect: [
      {
        text: 'The school feels the report was [[malicious]] and made to get a move.',
        suggestions: ['[record what was said and what has been found]'],
      },
      'Kyle is being [[vindictive]] towards his former carer.',
      'Jade rang the police [[out of spite]] after the argument with her mum.',
      'The home felt Amira had acted [[maliciously]] when she called the police.',
      'Staff described the text as [[spiteful]] towards the man.',
      'Her [[disclosure is likely motivated by revenge]] after the break-up.',
      'Staff think she [[has an axe to grind]] with the driver.',
      'The allegation is probably [[an attempt to get a move]] to a new placement.',
      'He is [[only saying this to get out of]] trouble with the police.',
      'Carer: she did it [[out of jealousy]] of the other girl.',
      'The [[complaint seems motivated by spite]].',
      'He [[only made the disclosure to avoid]] being charged.',
      'Trafficking claim used as [[a get out of jail card]].',
      'Police believe the NRM [[referral is an attempt to avoid prosecution]].',
      'Officer view: [[it is just a ploy to avoid deportation]]',
    ],
    correct: [
      'She made an attempt to get help from a teacher.',
      'The men were motivated by money.',
      'Staff took the disclosure seriously and made a referral.',
      'The men were charged with malicious wounding after the attack on Kyle.',
      "Jade's account is not malicious; the hotel records support it.",
      'Avoid labels such as "malicious" for a child\'s account.',
      'The men used children as a way to avoid arrest.',
      'The section 45 defence protects victims from prosecution for offences they were compelled to commit.',
      'She made the disclosure to get help for her sister.',
    ],
    knownFalsePositives: ["Deano sent malicious messages to Jade's mother."],
  },
} satisfies RuleSpec
