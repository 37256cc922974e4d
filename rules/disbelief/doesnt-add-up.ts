import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'doesnt-add-up',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: [
    "doesn't|didn't|don't add|stack up",
    'does|did|do not add|stack up',
    'not adding|stacking up',
    "doesn't|didn't|don't ring true",
    'does|did|do not ring true',
    "doesn't|didn't|don't hold water",
    'does|did|do not hold water',
    // An account that fails when tested: "doesn't hang together", "does not hold up", "is full of holes".
    '{do} not hang|hold|fit together',
    'not hanging|holding together',
    '@doubt-account @jv-degree? {do} not hold|stand up',
    '@doubt-account @be|@seem @jv-degree? @jv-degree? (full of|riddled with) holes|gaps|contradictions|inconsistencies',
    '@doubt-account of _ _? @be|@seem @jv-degree? @jv-degree? (full of|riddled with) holes|contradictions|inconsistencies',
    '@doubt-account @jv-degree? {fall}|{come} apart',
    '{pick}|{poke} holes in $poss|the|$owner @doubt-account',
    'holes in $poss|$owner @doubt-account',
    // Full of holes with the account out of reach: "Aoife's version of what happened is so full of holes".
    '{be}|@seem so|just|completely|totally|absolutely|utterly (full of|riddled with) holes|gaps|contradictions|inconsistencies',
    '{be}|@seem (full of|riddled with) contradictions|inconsistencies',
  ],
  unless: [
    // An adult's account: "the suspect's account doesn't add up", "the man's story".
    'jv-other-owner',
    'doubt-adult-owner',
    // A thing full of holes, or a case against an adult: "the fence is full of holes", "the prosecution case".
    {
      precededBy: [
        'fence|shed|roof|wall|walls|floor|door|net|tent|bucket|boat|sock|socks|jeans|clothes|case|argument|theory|plan|prosecution|defence|defense|alibi|timetable|budget|figures',
      ],
      within: 4,
    },
    // Figures, plans and records that do not add up are not the child's account.
    {
      precededBy: [
        'timeline|timings|dates|figures|numbers|sums|maths|costs|budget|finances|data|records|report|plan|case|evidence|prosecution|charge|charges|system|timetable|rota|paperwork',
      ],
      within: 4,
    },
  ],
  message: "`{actual}` dismisses the child's account without saying what differs",
  suggestions: ['details differ between accounts on [dates]; this can reflect fear or trauma'],
  note: "Gaps in a child's account are common when they fear the exploiters or have been coached. Record what differs and possible reasons.",
  sources: ['NRM-FORM', 'SEFTON-CRED', 'SEFTON-MS'],
  examples: {
    incorrect: [
      {
        text: "Jade's account of the night [[doesn't add up]].",
        suggestions: ['details differ between accounts on [dates]; this can reflect fear or trauma'],
      },
      "Kyle's explanation about the money [[does not add up]].",
      'The hotel story [[does not ring true]] to the sergeant.',
      'Staff feel her story is [[not adding up]].',
      'His explanation for the train ticket [[did not stack up]].',
      "The account of the journey [[doesn't ring true]] to officers.",
      'Her reasons for going to Luton [[do not hold water]].',
      "His reasons for having £300 [[didn't hold water]] with officers.",
      'What Kacey said about the man in the van [[doesn’t hang together]].',
      'Staff feel his [[explanation does not hold up]] once the CCTV is checked.',
      'Her [[account is so full of holes]] that the sergeant closed the log.',
      'The [[story is riddled with contradictions]], according to the duty officer.',
      'The OIC thinks the [[account falls apart]] on the dates alone.',
      'Her [[account of the night is riddled with contradictions]].',
      'The home manager [[picked holes in her account]] at the strategy meeting.',
      'Staff feel her account is [[not hanging together]] since the ABE.',
      'There are [[holes in her account]] of the trip to Luton, the note says.',
      "Mia's version of what happened at the park in Leeds [[is so full of holes]] that nobody believes her.",
      'Her version of what happened in Hull [[is full of contradictions]].',
    ],
    correct: [
      "The suspect's account doesn't add up, the DS noted.",
      "The man's story was full of holes, officers said.",
      'The prosecution case against the driver is so full of holes that it was dropped.',
      'The fence at the back is completely full of holes.',
      'Details of the journey differ between the accounts of 3 and 9 May.',
      'Avoid phrases like "doesn\'t add up" about a child\'s account.',
      'The hours Kyle worked add up to over 60 a week.',
      'The old shed at the back is full of holes and was searched by officers.',
      'The case against the driver does not hold up without the phone data.',
      'The two accounts hang together well and match the CCTV.',
      'The figures in the budget do not add up, the finance officer said.',
    ],
  },
} satisfies RuleSpec
