import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'challenging-behaviour',
  category: 'judgemental',
  severity: 'warning',
  target: 'action',
  phrases: [
    'challenging|difficult|problematic|bad|disruptive|problem behaviour(s)|behavior(s)',
    // Other trait words on the behaviour: "aggressive behaviour towards peers", "appalling behaviour".
    'aggressive|violent|defiant|oppositional|appalling|atrocious|unacceptable|poor|attention-seeking|manipulative|volatile|erratic|destructive|disrespectful|rude|unruly|outrageous|disgraceful|shocking behaviour(s)|behavior(s)',
    // Two traits on it: "challenging and aggressive behaviour".
    '@judge-list-adj and|or|& @judge-list-adj behaviour(s)|behavior(s)',
    // The behaviour or attitude given a poor grade: "her behaviour has been appalling", "His attitude is atrocious".
    '$poss|the? behaviour|behaviours|behavior|attitude|conduct @judge-attitude-to? has|have|had? @be @jv-degree? @judge-poor-adj|unacceptable|disgraceful|deplorable|horrendous|outrageous|out-of-control|a-nightmare|terrible',
    // A form's field given a poor grade: "Attitude: poor", "Behaviour in school: appalling".
    'behaviour|behavior|attitude|conduct|demeanour|demeanor : poor|bad|negative|awful|terrible|appalling|dreadful|shocking|atrocious|horrendous|abysmal|rubbish|unacceptable|disgraceful|deplorable',
    'behaviour|behavior|attitude|conduct in|at school|home|placement|class|the-home|the-unit : poor|bad|negative|awful|terrible|appalling|dreadful|shocking|atrocious|horrendous|abysmal|rubbish|unacceptable|disgraceful|deplorable',
  ],
  unless: [
    {precededBy: ['may|might|can|could present|display|show|exhibit|have with?'], within: 1},
    // Another person's conduct: "the men's violent behaviour", "the driver's attitude was poor".
    'jv-other-owner',
    'jv-other-subject',
    'jv-agency-response',
    'jv-mistaken-for',
  ],
  message: '`{actual}` judges the child’s behaviour without saying what happened or why',
  suggestions: ['[specific behaviour] on [date], which may be linked to [harm / fear]'],
  note: 'Behaviour is often how a child communicates harm. Describe the specific behaviour and its likely cause.',
  sources: ['DURHAM', 'OXON', 'CWCT'],
  examples: {
    incorrect: [
      {
        text: 'Jade shows [[challenging behaviour]] at the home.',
        suggestions: ['[specific behaviour] on [date], which may be linked to [harm / fear]'],
      },
      "Kyle's [[disruptive behaviour]] led to exclusion.",
      "Amira's [[difficult behaviour]] at weekends worries staff.",
      'Tomasz has [[problem behaviours]] at school.',
      'Kai (15) displays [[aggressive behaviour]] towards peers.',
      'A history of [[challenging and aggressive behaviour]] at previous placements.',
      'Since Christmas [[her behaviour has been appalling]], the unit says.',
      '[[His attitude towards staff is atrocious]].',
      '[[Attitude: poor]]',
      '[[Behaviour at school: unacceptable]], excluded twice',
      'Concerns: [[unacceptable behaviour]] at weekends, out till late',
    ],
    correct: [
      'Jade shouted at staff after the men sent her messages.',
      'Avoid phrases such as "challenging behaviour" in referrals.',
      'The case is complex and the work can be slow.',
      'Children who are exploited may present with challenging behaviour linked to trauma.',
      "The men's violent behaviour towards her was reported to police.",
      'Her stepfather’s behaviour has been appalling and he has threatened her.',
      'Police response: poor, no interpreter offered',
      'Attendance: poor since the men started collecting her from school',
      'The driver, 40, had an attitude that was poor and dismissive.',
      'Avoid phrases such as "aggressive behaviour" without the incident and its trigger.',
    ],
    knownFalsePositives: [
      'Aggressive behaviour can be mistaken for defiance rather than seen as a sign of harm.',
    ],
  },
} satisfies RuleSpec
