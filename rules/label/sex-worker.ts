import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'sex-worker',
  category: 'label',
  severity: 'error',
  target: 'label',
  phrases: [
    'sex worker(s)',
    'sex-trade worker(s)',
    'working girl(s)',
    'rent boy(s)',
    'call girl(s)',
    'escort girl(s)',
    'an escort',
    // Alone in a field, a cell or a bullet ("| 16 | female | escort |"), and online selling of abuse.
    'escort',
    'cam girl(s)|boy(s)',
    'camgirl(s)|camboy(s)',
    // "a webcam girl", "works as a stripper" at 16.
    'webcam girl(s)|boy(s)|model(s)',
    'as a|an stripper|lap-dancer|pole-dancer|exotic-dancer|hostess',
    '@crime-child-mod sex worker|escort',
  ],
  unless: [
    'crime-label-question',
    'crime-label-other',
    {
      precededBy: [
        'given|provided|needed|need|needs|required|requires|arranged|arrange|requested|request|had|has|have|offered|organised|organized|allocated|with|under|without|by|police|get|got|gets',
      ],
    },
    {
      precededBy: [
        'secure|prison|transport|custody|court|medical|security|staff|school|taxi|safe|officer|officers',
        'an officer',
        'to|will|would|can|could|may|must|should|did|do|does|and|also|then|they|we|staff|officers|police',
      ],
    },
    {
      followedBy: [
        'to|for|from|home|back|service|services|vehicle|officer|officers|girl|girls|agency|agencies|website|websites|site|sites|app|apps|advert|adverts|ad|ads|profile|profiles|van|car|team|duty|duties',
        '$obj|me|us|you|the|a|an|$poss',
      ],
    },
  ],
  message: '`{actual}` presents the sexual abuse of a child as sex work',
  suggestions: [
    'child who is being sexually exploited',
    'child sexually abused by [adults] who paid [adult]',
  ],
  note: 'A child cannot be a sex worker or escort: the words imply consent and a trade. Describe the abuse, who arranged it and who paid.',
  sources: ['LUX', 'ZT', 'HMICFRS-MET', 'SAFESOUND'],
  examples: {
    incorrect: [
      'Mia (15) was advertised online as a [[call girl]] by the men.',
      'Danny (15) was found with men who paid him as a [[rent boy]] in Soho.',
      {
        text: 'Paige, 15, was recorded as a [[sex worker]] after being found at the hotel.',
        suggestions: [
          'child who is being sexually exploited',
          'child sexually abused by [adults] who paid [adult]',
        ],
      },
      'Officers on the night shift called her a [[working girl]].',
      'Skye, 16, was advertised online and is now [[an escort]] in Derby.',
      'The booking site listed her as an [[escort girl]] based in Hull.',
      'Both girls were [[sex-trade workers]] in the eyes of the hotel staff.',
      '| 15 | F | [[escort]] – Leeds hotels |',
      'Occupation (per police log): [[escort]]',
      'Mia (15) was found to be working as a [[cam girl]] on a paid website.',
      '- [[escort]], advertised online by an adult',
      'Hotel staff described her as a [[15-year-old sex worker]].',
      'Ruby, 14, is described in the log as a [[camgirl]] with paying viewers.',
      'Summary: 15 y/o [[escort]], found at a hotel in Hull',
      'Jade (15) is a [[webcam girl]] and talks to men online.',
      'She works [[as a stripper]] at the club, aged 16.',
    ],
    info: ['A neighbour thought the girls at the flat were [[call girls]].'],
    correct: [
      'Mum, 38, works as a hostess at the hotel.',
      'Danny was treated as a rent boy by the officers at the station.',
      'Paige, 15, was sexually exploited at a hotel in Leeds by men who paid an adult.',
      'The 35-year-old sex worker who rented the flat was not involved.',
      'Avoid terms such as "sex worker" when describing children.',
      'Paige is not a sex worker; she is a child who was sexually abused.',
      'Two officers escorted Paige to the police station.',
      'Paige was given an escort to school by the local authority.',
      'Officers will escort her to the refuge in the morning.',
      'A police escort took Paige to the station.',
      'The escort agency that advertised Paige is being investigated.',
      'Transport: secure escort arranged for Monday',
    ],
  },
} satisfies RuleSpec
