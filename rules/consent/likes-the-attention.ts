import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'likes-the-attention',
  category: 'consent',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{like}|{love} the attention|money|status|gifts|lifestyle|buzz|thrill|excitement|cash|clothes|respect|life',
    '{like}|{love} being with older|adult men|males|boys',
    // With a determiner and the relish verbs: "seems to like being with the older males", "enjoys being around the men".
    '{like}|{love}|{enjoy} being with|around the|those|these older|adult? men|males|boys|lads|olders|elders|group|gang',
    // What the child gets from it, as their reason: "she gets something out of it", "he gets a lot from the arrangement".
    '{get} something|a-lot|plenty|lots|loads out-of|from it|this|that|the-arrangement|the-relationship|the-lifestyle',
    '{love} the gang|street life|lifestyle',
    'in it for the money|attention|gifts',
    'attracted by the money|lifestyle|status|gifts',
    // Relish of the rewards of grooming (`@choice-relish @choice-perk`): "lapping up the attention",
    // "revels in the status", "flattered by all the attention", "chuffed with his cut", "in it for the trainers".
    '@choice-relish @choice-perk',
    '{lap}|{soak}|{hoover} it|this|that|them|everything? all? up',
    // The rewards as what the child was after: "he wanted the money", "only after what she can get".
    '{want}|{crave}|{chase} the money|cash|status|lifestyle|fast-money|easy-money|street-cred|rep',
    'only|just after what $subj can|could get',
    // The thrill of it: "gets a buzz out of it", "gets a kick from it".
    '{get} a|the|such-a|real-a buzz|kick|thrill|rush out of|from it|this|that|the-attention|the-money',
    // The money as the reason: "went along with it because the money was good".
    'because|as|since the money|pay|cash {be} @degree? good|decent|great|easy',
    // A taste acquired: "had clearly got a taste for it", "developed a liking for the money".
    '{get}|{develop}|{acquire}|{have} a|the|real-a? taste|liking|appetite for it|this|that|@choice-perk',
    // The work as easy money: "sees it as easy money", "views the runs as a quick buck".
    '{see}|{view}|{regard}|{treat} it|this|that|the-runs|the-work|the-drops|the-job|dealing|selling as easy|quick|fast|good money|cash|buck|earner',
  ],
  unless: [
    'choice-good-complement',
    'choice-good-source',
    'choice-generic-subject',
    // Money owed or returned: "the boys wanted the money back".
    {
      followedBy: [
        'back|returned|repaid|paid-back',
        'for $poss? mum|mum’s|family|family’s|rent|food|bills|debt',
      ],
    },
  ],
  message: '`{actual}` presents reward-based grooming as the child’s own motive',
  suggestions: [
    'is being groomed with [attention / money / gifts]',
    'is given [attention / money / gifts] by [adult], who uses them to control [child]',
  ],
  note: 'Exploiters groom children with attention, money and status; describing the child as liking these rewards repeats the exploiter’s story. Say what the adults gave, when, and what they demanded in return.',
  adult: {
    message: '`{actual}` presents reward-based grooming as the person’s own motive',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['TCS-MED', 'CARDIFF-LANG', 'DFE-CSE', 'CCE-DEF'],
  examples: {
    incorrect: [
      'Jade seems to [[like being with the older males]].',
      'Concerns: Kyle [[enjoys being around the olders]]',
      'Concerns: YP [[gets something out of it]]',
      'She [[gets a lot from the relationship]] with Dean, staff think.',
      'Kyle (15) is [[proud of the money]] he makes.',
      'Leah [[brags about the gifts]] to her friends.',
      'She [[shows off the new phone]] he bought her.',
      'Kyle [[enjoys being part of something]], per the YOT.',
      'Leah seems to [[get a buzz out of it]].',
      'He seems to [[relish the role]].',
      'He wasn’t forced into anything – he [[wanted the money]].',
      'She’s [[only after what she can get]] from them, per the carer.',
      {
        text: 'She [[likes the attention]] she gets from the men.',
        suggestions: [
          'is being groomed with [attention / money / gifts]',
          'is given [attention / money / gifts] by [adult], who uses them to control [child]',
        ],
      },
      'Kyle [[likes the money]] and the new trainers.',
      'Mia [[loves the lifestyle]] and the parties.',
      'Tomasz [[loves the status]] of being around the elders.',
      'Amira [[likes being with older men]] because they buy her things.',
      'Kyle [[loves the gang life]] in Croydon.',
      'Kyle is [[in it for the money]], the PCSO wrote.',
      'She seems [[attracted by the lifestyle]] in the flat.',
      'Mia [[laps it all up]] when the men buy her things.',
      'Kayla seemed to be [[lapping up the attention]] at the takeaway.',
      'He seems [[chuffed with his cut]] from the line.',
      'Dylan is [[in it for the cash]] and the trainers.',
      'Kerry-Ann (14) is [[hooked on the attention]].',
      'Ryan, 14, had clearly [[got a taste for it]].',
      'Kian, 15, [[sees it as easy money]].',
      'Jade (14) seems to [[enjoy being the go-between]].',
      'Daria (23) worked there [[because the money was good]], the note says.',
    ],
    correct: [
      'She gets a lot out of the youth club.',
      'He enjoys being with the group at youth club.',
      'She does not get anything out of it; the men take the money.',
      'The men get something out of it.',
      'Leah is proud of her GCSE results.',
      'Kyle showed off his new trainers from his nan.',
      'He enjoys being part of the football team.',
      'The boys wanted the money back from Deano.',
      'The men wanted the money he owed them.',
      'Leah wanted the money for her family’s rent, which the men used to control her.',
      'Jade does not like the attention and wants it to stop.',
      'The men used money and attention to groom Mia.',
      'She loves the gifts from her nan at Christmas.',
      'He is happy with his placement and his new school.',
      'He is hooked on Fortnite.',
      'She has a taste for spicy food.',
      'She sees it as a chance to talk to her ISVA.',
    ],
    info: ['Kyle told me he "[[likes the money]]"; the men used it to keep him running drugs.'],
  },
} satisfies RuleSpec
