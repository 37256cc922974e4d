import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'offered-to',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '@choice-offer to @choice-act',
    '@choice-offer on|upon @choice-ing',
    // Asking and begging take only the exploitation itself (`@choice-want-act`): "begged to go with the olders".
    '@choice-ask to @choice-want-act',
  ],
  unless: [
    'professional-subject',
    'choice-good-complement',
    // "she was offered", "he was asked to go": passive, the adults asked.
    {precededBy: ['@be|{get} @degree?'], within: 1},
  ],
  message: '`{actual}` presents the child as the one who offered to take part in their own exploitation',
  suggestions: ['was asked by [adult] to [go / carry / hold]', 'was told by [adult] to [go / carry / hold]'],
  note: 'Exploiters make a child feel that offering was their own idea, through gifts, status, debt or fear. Say who asked for it and what the child was given, promised or threatened.',
  adult: {
    message: '`{actual}` presents the person as the one who offered to take part in their own exploitation',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['MSA-S1-2', 'CCE-DEF', 'TCS-LP', 'TEES'],
  examples: {
    incorrect: [
      {
        text: 'Poppy [[offered to hold]] the drugs for Mason (24) at her house.',
        suggestions: [
          'was asked by [adult] to [go / carry / hold]',
          'was told by [adult] to [go / carry / hold]',
        ],
      },
      'Aiden [[volunteered to do the runs]] to Torquay over Easter.',
      'Keira [[insists on going back]] to the flat on Crown Street after school.',
      'Jess [[insisted on staying]] at the hotel with the two men.',
      'He [[begged to go with the olders]] to Ipswich.',
      'Sadie, 14, [[offered to send pictures]] to the man she met on Snapchat.',
      'Kasim has [[volunteered to carry]] for the Hilltop group since March.',
      'Kai [[begged to go on the runs]] with the olders.',
    ],
    correct: [
      'Tom offered to show officers the address on a map.',
      'He volunteered to speak to the police about the men.',
      'Ruby insisted on going back to her mum’s that night.',
      'She was offered to go to the refuge but was too frightened.',
      'Kai was asked to hold the drugs by Mason (24).',
      'The men offered to drive her to Leeds.',
      'She never offered to carry anything; they put the bag in her coat.',
      'Jade offered to help at the youth club on Saturdays.',
      'K has asked to go again on Saturday with her keyworker.',
    ],
  },
} satisfies RuleSpec
