import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'maturity-in-list',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: ['@adult-list-adj', 'older than @jv-child-age', 'older than $poss age|years', '@adult-hard-adj'],
  unless: [
    'jv-list-value',
    'jv-reported-framing',
    'jv-mistaken-for',
    'jv-agency-response',
    {
      precededBy: [
        'children|girls|boys|kids|pupils|students|people|victims|teenagers|those|all|any|anyone|someone|men|women|adults',
      ],
      within: 1,
    },
  ],
  guards: {age: true},
  message: '`{actual}` in a list of traits presents the child as older or more of a threat than a child',
  suggestions: ['is 15; how [child] presents does not reduce the risk from [adult]'],
  note: 'A maturity or threat word typed into a presentation list or field ("Presentation: mature, intimidating") adultifies the child and erodes their vulnerability. Give the age, describe what was seen, and say that presentation does not reduce the risk.',
  sources: ['DAVIS', 'HMICFRS-ADULT', 'OXON', 'RISE'],
  examples: {
    incorrect: [
      {
        text: 'Observed: YP streetwise, [[mature]], not vulnerable',
        suggestions: ['is 15; how [child] presents does not reduce the risk from [adult]'],
      },
      'Presentation (YP 14): [[intimidating]], six foot, hood up',
      '- [[knowing]], talks about sex openly',
      'Presentation: confident, [[savvy]], "can handle herself"',
      'Concerns from school: [[dangerous]] – carries a knife',
      'Presentation: street wise, confident, [[older than 15]]',
      '- [[fearless]], goes to Hull alone',
      'Presentation: confident, [[older than her age]]',
    ],
    correct: [
      'Mature cannabis plants were found in the loft.',
      'The men are dangerous and have threatened her family.',
      'Presentation: frightened, tired, had not eaten',
      'Adult 2: male, 40s, intimidating, drives a white van',
      'Avoid words such as "mature" and "intimidating" for a child.',
      'Mother (44): mature, supportive of the plan',
      'Children older than 13 can be referred by the school.',
    ],
  },
} satisfies RuleSpec
