import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'sex-in-exchange-for',
  category: 'consent',
  severity: 'error',
  target: 'term',
  phrases: [
    'sex in exchange|return for',
    'sexual favours|acts|contact in exchange|return for',
    'oral? sex for money|cash|drugs|cannabis|alcohol|cigarettes|vapes|accommodation|food|lifts|gifts|clothes',
    'sexual favours|acts for money|cash|drugs|cannabis|alcohol|cigarettes|vapes|accommodation|food|lifts|gifts|clothes',
    '{sleep}|{have} with|sex _ _? _? for @choice-gift|@choice-reward',
  ],
  unless: [
    {followedBy: ['something|anything'], within: 1},
    {
      precededBy: [
        '{exchange}|{trade}|{swap}|{barter}|{offer}|{give}|{provide}|{perform}|{do}',
        '{exchange}|{trade}|{swap}|{barter}|{offer}|{give}|{provide}|{perform}|{do} oral',
      ],
      within: 1,
    },
    'force-stated',
  ],
  message: '`{actual}` frames the sexual abuse of a child as a trade the child took part in',
  suggestions: ['sexual abuse by [adult], who supplied', 'sexual exploitation, with [adult] supplying'],
  note: 'A child who receives something is no less a victim, and exchange wording hides the adult who abused them. Say what the adult gave and what they did.',
  adult: {
    message: '`{actual}` frames the sexual abuse of a person as a trade the person took part in',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['LM', 'LSCB-TBL', 'DFE-CSE'],
  examples: {
    incorrect: [
      '| CSE | [[sleeping with older males for weed]] |',
      'She [[has sex with them for vapes]] and lifts.',
      {
        text: 'There are concerns about [[sex in exchange for]] drugs at the address.',
        suggestions: ['sexual abuse by [adult], who supplied', 'sexual exploitation, with [adult] supplying'],
      },
      'The risk assessment lists [[sexual favours in return for]] lifts and food.',
      'Staff heard about [[oral sex for cigarettes]] in the park.',
      'Police are concerned about [[sex for drugs]] at the flat in Ipswich.',
      'The school heard about [[sexual acts for cash]] at the park.',
      'Officers recorded [[sexual acts in exchange for]] a place to sleep.',
      'Tick-box explanation: she (14) is [[sleeping with the older lads for a bed]]',
    ],
    correct: [
      'The 19-year-old told police he had been forced to sleep with men for money by his landlord.',
      'He was made to have sex with them for money, he told the nurse.',
      'CSE involves sexual activity in exchange for something the victim needs or wants.',
      'The men gave Jade drugs and sexually abused her at the address.',
      'Sexual activity in return for something the child wants is still abuse.',
      'Young people may be coerced into sexual activity in return for drugs or money.',
    ],
  },
} satisfies RuleSpec
