import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'runaway',
  category: 'label',
  severity: 'warning',
  target: 'label',
  phrases: [
    // The child as a creature of the street: "street girl", "street kid", "street urchin".
    'street girl(s)|kid(s)|urchin(s)|rat(s)',
    'a|the known|teenage|teen|child|persistent|serial|habitual|chronic|regular|frequent|repeat? runaway(s)',
    'runaways',
    'runaway',
  ],
  unless: [
    {
      followedBy: [
        'helpline|helplines|service(s)|project(s)|train|vehicle|car|lorry|bus|van|success|victory|hit|inflation|costs|growth|reaction|horse|trolley|truck|bride|favourite|winner|leader|lead|bestseller|best-seller|scooter|bike|dog|spending|prices',
      ],
    },
  ],
  message: '`{actual}` labels a missing child as a runaway rather than a child at risk',
  suggestions: [
    'a child who has been missing [N] times since [date]',
    'a child reported missing from [home / care]',
  ],
  note: 'Each missing episode can be an indicator of exploitation, not a habit of the child. Record how often the child has been missing, where they were found and with whom.',
  sources: ['MCFARLANE', 'CARDIFF-LANG', 'COP-MET'],
  examples: {
    incorrect: [
      '[[Street girl]], 15, sleeping in doorways.',
      '[[Street kid]] living rough by the station.',
      'Kai is a [[street urchin]], the PCSO says.',
      {
        text: 'Chloe, 14, is [[a runaway]] who is usually found in Blackpool.',
        suggestions: [
          'a child who has been missing [N] times since [date]',
          'a child reported missing from [home / care]',
        ],
      },
      'Chloe has been [[a known runaway]] since she moved to the placement in Preston.',
      "The children's home has three [[runaways]] who are often found together in Preston.",
      "Kayleigh, 14, is [[a chronic runaway]] from her children's home.",
      '[[Runaway]] Ellie, 13, was found in Blackpool again on Friday.',
      'Ellie, a 13-year-old [[runaway]], was picked up by two men in Preston.',
      'The unit logged Ellie as [[runaway]] again on 3 May.',
    ],
    correct: [
      'Street-connected children need specialist outreach.',
      'Chloe was treated as a teenage runaway by the call handler.',
      'Chloe has been reported missing 11 times since January and was found in Blackpool with two adult men.',
      'Chloe was given the number for the Runaway Helpline by her social worker.',
      'Chloe is not a runaway; she is a child being exploited by adults in Blackpool.',
      'Avoid labels such as "runaway" for children who go missing.',
      'The runaway car was stopped by police on the M6.',
      'Rent in the area has seen runaway inflation since 2022.',
      'She should not be seen as a runaway; she was taken.',
    ],
  },
} satisfies RuleSpec
