import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'in-exchange-for',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    'in exchange|return for',
    '{earn} $poss keep',
    'as|in payment for',
    // An act of the child's with its price (`@choice-paid-act … for @choice-reward`): "does it for weed",
    // "sends pics to men for money", "carries for a few quid", "goes wiv older lads for drink".
    '@choice-paid-act for @choice-reward',
    '@choice-paid-act _ _? _? _? for @choice-reward',
    '@choice-hang-verb @choice-with-prep @choice-exploit-person|@choice-men|@choice-exploit-venue _? _? for @choice-reward',
    // The price as the condition: "as long as she gets her weed and a lift", "so long as he gets paid".
    'as|so long as $subj|they|she|he {get}|{have}|{be} @choice-reward|paid|looked-after|sorted|given-stuff',
  ],
  unless: [
    {followedBy: ['something|anything|things|what|whatever|nothing|reduced|leniency|immunity|rent|payment']},
    {
      followedBy: [
        'a|the|some|his|her|their favour|favor|favours|favors|kindness|loan|deposit|discount|reference|lift-to-work',
      ],
    },
    {followedBy: ['a reduced|lighter|lesser sentence|charge']},
    {precededBy: ['{be} given|paid|promised|offered|handed'], within: 5},
    {
      precededBy: [
        'may|can|could|might|often|sometimes|commonly|typically|frequently|usually|include|includes|including|involve|involves|involving',
      ],
      within: 8,
    },
  ],
  message: '`{actual}` frames what the child did or was given as a trade the child agreed to',
  suggestions: ['after [adult] gave [child] [item]', 'while [adult] controlled [child] through [item]'],
  note: 'Exchange wording makes the child a party to a bargain, but receiving food, a room, a lift or drugs does not make a child less of a victim. Say what the adult gave or withheld and what the adult made the child do.',
  adult: {
    message: '`{actual}` frames what the person did or was given as a trade the person agreed to',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['DFE-CSE', 'LM', 'LSCB-TBL', 'CCE-DEF'],
  examples: {
    incorrect: [
      {
        text: 'Mia (14) did the cleaning [[in exchange for]] her keep at the flat.',
        suggestions: ['after [adult] gave [child] [item]', 'while [adult] controlled [child] through [item]'],
      },
      'Leah was having sex with him [[in return for]] food and a bed.',
      'Ellie (13) offered sex to the driver [[in return for]] a lift to Leeds.',
      'She stayed at the flat in Rochdale [[in exchange for]] cannabis.',
      'Kai held the drugs [[in return for]] new trainers.',
      'Mia cooked and cleaned for the men to [[earn her keep]].',
      'Ellie worked at the nail bar [[as payment for]] her room.',
      'Kacey [[does it for weed]], the outreach worker said.',
      'YP has been [[sending pics to men on Snap for money]].',
      'poss cse – yp (13) [[goes wiv older lads for drink]]',
      'She is happy to go with them [[as long as she gets her weed]] and a lift.',
    ],
    correct: [
      'CSE involves sexual activity in exchange for something the victim needs or wants.',
      'He was convicted of paying for the sexual services of a child.',
      'Tomasz was promised £30 a day in return for work at the car wash.',
      'Kyle was given £50 in return for holding the drugs.',
      'The landlord let the family stay in return for rent paid by the council.',
      'Mia did not do the cleaning in exchange for anything; she was made to.',
      'The men gave Leah food and a bed and sexually abused her at the flat.',
      'Avoid phrases such as "in exchange for" about what a child was given.',
      'She went to the shop for food with her foster carer.',
      'She sent the pictures to the police for evidence.',
    ],
  },
} satisfies RuleSpec
