import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'no-wish-to-leave',
  category: 'consent',
  severity: 'warning',
  target: 'action',
  phrases: [
    // Staying with the exploiters as the child's wish: "has no wish to leave the group", "no desire to come home".
    '{have} no|little|zero @choice-wish to leave|exit|quit|stop-seeing|get-out|come-away|come-home',
    '{have} no|little|zero @choice-wish to leave|exit|quit|stop-seeing @choice-exploit-place',
    '{have} no|little|zero real|genuine? interest|intention in|of leaving|exiting|quitting|getting-out|coming-home|stopping',
    // Signs of wanting out denied: "hasn't shown any sign of wanting out", "shows no sign of wanting to leave".
    '{show}|{give} no|little sign|signs|indication|indications of wanting out|to-leave|to-get-out|to-stop',
    "hasn't|hadn't|haven't|doesn't|didn't|don't|not|never shown|show|showing|given|give any sign|signs|indication|indications of wanting out|to-leave|to-get-out|to-stop",
    '{do} not @seem? to? {want} out',
    '{do} not @seem? to? {want} to leave|quit|stop-seeing|get-away-from|come-away-from @choice-exploit-place',
    '{do} not @seem? to? {want} to leave|quit the relationship|group|gang|line',
    '{be} happiest|happier|most-settled with|at @choice-exploit-place',
  ],
  unless: [
    'professional-subject',
    'choice-good-complement',
    // A home, school or placement the child wants to keep: "no wish to leave her foster placement".
    {
      followedBy: [
        '$poss|the? foster|placement|school|college|home|family|carers|mum|dad|nan|unit|area|job|course',
      ],
      within: 1,
    },
  ],
  guards: {negation: false},
  message: '`{actual}` presents staying with the exploiters as the child’s own wish',
  suggestions: ['has been unable to leave [adult / group]', 'remains under the control of [adult / group]'],
  note: 'A child who will not leave their exploiters is usually held by grooming, debt, fear or a trauma bond; their wish to stay does not make it a choice. Say what keeps the child there: threats, debt, gifts, dependency.',
  adult: {
    message: '`{actual}` presents staying with the exploiters as the person’s own wish',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what keeps the person there: threats, debt, deception or control.',
  },
  sources: ['COP-MET', 'CARDIFF-LANG', 'TEES', 'MSA-S1-2'],
  examples: {
    incorrect: [
      {
        text: 'Kyle [[has no wish to leave the group]] and says they look after him.',
        suggestions: [
          'has been unable to leave [adult / group]',
          'remains under the control of [adult / group]',
        ],
      },
      'Leah (14) [[has no desire to come home]] from the flat.',
      '- YP [[has no interest in leaving]]',
      'She [[doesn’t want to leave him]], per the IDVA.',
      'Tia [[does not seem to want to leave the relationship]].',
      'Amira [[is happiest with them]] and returns each weekend.',
      'Shay (15) [[doesn’t want out]] of the line.',
      'He [[shows no sign of wanting out]], the YOT says.',
      'Shay (15) [[hasn’t shown any sign of wanting out]].',
      'Mackenzie [[has no real intention of leaving]] this life behind.',
    ],
    correct: [
      'Leah has no wish to leave her foster placement.',
      'Kyle wants to leave the group but is frightened of the debt.',
      'The men have no intention of leaving the area.',
      'Jade does not want to leave her school.',
      'If she shows any sign of wanting out, call the duty team.',
    ],
  },
} satisfies RuleSpec
