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
  ],
  unless: [
    {
      precededBy: [
        'given|provided|needed|need|needs|required|requires|arranged|arrange|requested|request|had|has|have|offered|organised|organized|allocated|with|under|without|by|police|get|got|gets',
      ],
    },
    {followedBy: ['to|for|from|home|back|service|vehicle|officer|officers|girl|girls']},
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
    ],
    info: ['A neighbour thought the girls at the flat were [[call girls]].'],
    correct: [
      'Danny was treated as a rent boy by the officers at the station.',
      'Paige, 15, was sexually exploited at a hotel in Leeds by men who paid an adult.',
      'The 35-year-old sex worker who rented the flat was not involved.',
      'Avoid terms such as "sex worker" when describing children.',
      'Paige is not a sex worker; she is a child who was sexually abused.',
      'Two officers escorted Paige to the police station.',
      'Paige was given an escort to school by the local authority.',
    ],
  },
} satisfies RuleSpec
