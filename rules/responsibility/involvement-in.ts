import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'involvement-in',
  category: 'responsibility',
  severity: 'error',
  target: 'term',
  phrases: [
    '$poss? involvement in|with CSE|CCE|exploitation|county-lines|gangs|crime|criminality|offending|drugs|drug-dealing',
    '$poss? involvement in|with child? sexual|criminal exploitation',
    '$poss involvement in|with a|the gang|gangs',
    '$poss involvement in|with drug|gang|criminal activity|activities|supply',
    // The supply named as what the child is in: "his involvement in supply", "heavily involved in dealing".
    '$poss|$owner involvement in|with supply|dealing|the-supply|drug-supply|drugs-supply|selling|the-drugs-trade|the-drug-trade',
    '{be}? heavily|deeply|actively|increasingly|fully|very|more|firmly|well involved in|with supply|dealing|the-supply|drug-supply|selling|crime|offending|criminality|the-gang|gangs|the-line',
  ],
  unless: [
    {
      precededBy: [
        'professional|agency|agencies|police|multi-agency|partner|partners|services|our|your|practitioner|community',
      ],
      within: 1,
    },
    {
      followedBy: [
        'work|cases|operations|policing|response|responses|disruption|teams|prevention|intervention',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` casts the child as a participant in their own exploitation',
  suggestions: ['the exploitation of [child] by [adult]', 'what [adult] made [child] do'],
  note: 'A child is not “involved in” exploitation or the crime it forces on them; they are its victim. Say who exploited the child and what they were made to do.',
  sources: ['TCS-YJLC', 'CARDIFF-LANG', 'TCS-LP'],
  examples: {
    incorrect: [
      '[[His involvement in supply]] is well established.',
      'Kyle [[is heavily involved in dealing]] on the estate.',
      '[[Kyle’s involvement in the supply]] began at 13.',
      {
        text: 'The school raised [[his involvement in gangs]] at the meeting.',
        suggestions: ['the exploitation of [child] by [adult]', 'what [adult] made [child] do'],
      },
      'Staff are worried about [[her involvement with the gang]] in Leeds.',
      '[[Her involvement in sexual exploitation]] began at 13.',
      '[[His involvement in CCE]] was noted by the youth offending service.',
      'Police are aware of [[his involvement in drug supply]] in Hull.',
      'Staff date Owen’s [[involvement in county lines]] to the spring of Year 8.',
    ],
    correct: [
      'Kyle is not heavily involved in dealing; he was made to hold a bag once.',
      'Professionals involved in supply teaching at the school were informed.',
      'The school asked for her involvement in the safety plan.',
      'His involvement in football training has helped him settle.',
      'Police involvement in county lines work has grown since 2019.',
      'Avoid phrases such as "his involvement in county lines" in referrals.',
    ],
  },
} satisfies RuleSpec
