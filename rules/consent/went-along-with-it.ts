import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'went-along-with-it',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '{go} along with it|this|that|them|him|what|everything',
    // Whatever the adults ask (`@choice-whatever`): "goes along with whatever they ask", "does anything he tells her".
    '{go}|{play} along with @choice-whatever',
    '{do} @choice-whatever',
    '{go} along with it|this|that|them|him|everything willingly|happily|voluntarily',
    '{go} along with the men|boys|adults',
    // Demands read as agreed: "went along with his requests", "went along with the arrangement".
    '{go} along with $poss|the|their|his requests|demands|plans|plan|arrangement|suggestions|instructions|wishes',
    '{play} along with it|them|him',
    '{be} up for it|anything',
    'up for it|sex',
    '{say} yes to sex|him|them|it|going|meeting|everything',
    '{go} with the flow',
    // Coming along as a passenger: "had gone along for the ride", "tagged along with them".
    '{go}|{come}|{tag}|{be} along for the ride|trip|laugh',
    '{tag} along with @choice-exploit-person',
    '{go}|{play} along with @choice-ing',
    '{say} yes to @choice-ing',
    '{say} yes when he|they|$obj asked',
  ],
  unless: [
    'professional-subject',
    {
      precededBy: [
        'signed|sign|signs|signing|set|stood|stand|stands|lined|line|put|puts|own|owned|owns|owning|held|hold|holds|holding|hand|hands',
      ],
      within: 1,
    },
  ],
  guards: {referent: false},
  message: '`{actual}` presents the child’s compliance as agreement to their own abuse',
  suggestions: ['complied because [adult] [threatened / pressured] [child]', 'did what [adult] demanded'],
  note: 'Going along with abuse is compliance, often from fear, grooming or debt, not agreement. Say what the adult did that made the child comply.',
  adult: {
    message: '`{actual}` presents the person’s compliance as agreement to their own abuse',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['TCS-LP', 'DFE-CSE', 'CCE-DEF', 'TEES'],
  examples: {
    incorrect: [
      'He [[goes along with whatever they ask]], he is 15.',
      'YP (14) will [[do anything he tells her]], per the log.',
      'She [[did whatever the men wanted]], she is 13.',
      {
        text: 'She [[went along with it]] because she wanted to keep him happy.',
        suggestions: [
          'complied because [adult] [threatened / pressured] [child]',
          'did what [adult] demanded',
        ],
      },
      'Kyle [[goes along with what]] the older boys tell him.',
      'Mia [[played along with them]] at the party.',
      'Kyle [[went along with the men]] to Slough.',
      'Mia [[went along with it willingly]] every time he called.',
      'Amira [[was up for it]] at the time, the officer felt.',
      'Ellie seemed [[up for sex]] with the older boys.',
      'Jade (14) [[said yes to him]] when he asked her to come to the flat.',
      'Mia [[said yes when he asked]] her to stay the night.',
      'She [[went with the flow]] when they took her to the hotel.',
      'Kyle [[went along with carrying]] the package to Hull.',
      'Tyrese has [[said yes to selling]] for the Eastside group.',
      'Jade had [[gone along for the ride]] to Leeds.',
      'He [[tagged along with the olders]] to Bristol.',
      'Chloe (14) [[went along with his requests]] for photos.',
    ],
    correct: [
      'She did whatever her social worker suggested.',
      'The men did whatever they wanted with her.',
      'Jade complied because the man threatened to post the images.',
      'Kyle did not go along with it; he ran to a neighbour.',
      'Mia went along with the safety plan agreed at the meeting.',
      'Amira said yes to the referral and to an advocate.',
      'Kyle signed up for it at the youth centre.',
      'The panel went along with her suggestions for the safety plan.',
    ],
  },
} satisfies RuleSpec
