import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'version-of-events',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: [
    '$poss version of events',
    '$poss version',
    'version of events',
    '$poss side of the story',
    '$poss side of things',
  ],
  unless: [
    'jv-other-owner',
    {
      precededBy: [
        '{explore}|{understand}|{record}|{hear}|{seek}|{obtain}|{establish}',
        'curious about',
        '{listen} to',
      ],
      within: 3,
    },
    {
      precededBy: [
        'police|officers',
        "man's|men's|adult's|adults'|suspect's|offender's|father's|perpetrator's",
      ],
      within: 1,
    },
  ],
  message: "`{actual}` sets the child's account up as one version to be weighed against others",
  suggestions: ['account', 'what [child] told [professional]'],
  note: "Calling a child's account a version of events signals doubt. Record what the child said and what other information shows.",
  sources: ['NSPCC-ALLEGED', 'SEFTON-CRED'],
  examples: {
    incorrect: [
      {
        text: 'Jade gave [[her version of events]] to PC Shah on 2 May.',
        suggestions: ['account', 'what [child] told [professional]'],
      },
      'On [[his version]], Kyle was driven to Exeter by the elders.',
      'The [[version of events]] given by Amira differs from the CCTV.',
      'Officers took [[her side of the story]] at the hotel.',
      'Mia gave the social worker [[her side of things]] in March.',
    ],
    correct: [
      "The trafficker's version of events was rejected by the jury.",
      'Jade gave an account to PC Shah on 2 May.',
      'Avoid phrases like "version of events" for a child\'s account.',
      "The man's version of events was that she had asked to come.",
    ],
  },
} satisfies RuleSpec
