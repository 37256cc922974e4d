import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'got-drunk',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{get} drunk|wasted|hammered|stoned|high|intoxicated',
    '{have} been drinking',
    'was|is|were|are|been out drinking',
    '{go} drinking',
    '{be} drinking alcohol|heavily|again',
    '{drink} heavily|excessively|to-excess',
    '{be} often|always|regularly|frequently|usually drunk|intoxicated|wasted|high|stoned',
  ],
  unless: [
    {followedBy: ['water|tea|juice|milk|fluids|squash|coffee|plenty|enough'], within: 1},
    {
      precededBy: ['adults|parents|carers|men|women|males|mother|father|mum|dad|uncle|aunt who|that'],
      within: 2,
    },
    {
      precededBy: [
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents',
        'children|people|pupils|victims|teenagers|youngsters|kids|adolescents who|that',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` presents alcohol or drug use as the child’s choice, not something adults supplied',
  suggestions: ['was given [substance] by [adult]', 'was supplied with [substance] by [adult]'],
  note: 'Adults often supply alcohol and drugs to groom and control children, and this is an indicator of exploitation. Record who supplied what, where and when.',
  sources: ['NSPCC-RISK', 'OUTSHADOWS'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[got drunk]] at the flat on Saturday.',
        suggestions: ['was given [substance] by [adult]', 'was supplied with [substance] by [adult]'],
      },
      'Kyle [[had been drinking]] when police found him in Hull.',
      'Amira [[was out drinking]] in the park until 2am.',
      'She [[goes drinking]] with the group at weekends.',
      'Tomasz [[is drinking heavily]] again.',
      'Jade [[drinks excessively]] at the parties.',
      'Jess [[is often drunk]] when she comes home.',
    ],
    correct: [
      'Jade was given vodka by two adult men at the flat.',
      'The men had been drinking before they drove her to Hull.',
      'There was no sign she had been drinking.',
      'She has been drinking water and eating well since placement.',
    ],
  },
} satisfies RuleSpec
