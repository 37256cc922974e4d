import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'her-choice',
  category: 'responsibility',
  severity: 'error',
  target: 'term',
  phrases: [
    '$poss|my own? choice',
    'choice to go|stay|return|leave|run|meet|live|remain|travel|sell|carry|be|keep|see|continue',
    '$poss|my own? choice to go|stay|return|leave|run|meet|live|remain|travel|sell|carry|be|keep|see|continue',
    // A form's reason or assessment field: "Reason for missing: own choice", "Presenting need: YP's choice".
    '@field-reason|@field-assessment : @degree? own|personal|lifestyle|free? choice|choices|decision|decisions',
    // Telegraphic: "Own choice.", "- own decision to stay" ("own choice of advocate" stays quiet).
    'own choice|decision',
    // The decision stressed as wholly the child's: "entirely her decision", "all Kai's own doing".
    'entirely|completely|totally|wholly|purely|solely|all @jv-degree? $poss|$owner own? decision|choice|call|doing',
    'by|out-of|through choice',
    // The choices owned: "her choices are her own now", "his decisions are his own".
    '$poss|@jv-child-owner choices|decisions|actions {be} $poss own',
    // The decision named as the child's in a field or an assessment: "Assessment: YP's decision", "her own decision".
    "yp's|yp’s|cyp's|cyp’s|child's|child’s own? decision|choice",
    '$poss own decision',
    '{make} $poss own choices',
    '$poss own? decision to @choice-act',
    // A named child's or a field's "YP's" decision, and choices that led them here.
    '$owner own? decision to @choice-act',
    '$poss|$owner own? choices|decisions {lead}|{get}|{put}|{land}|{bring} $obj|$self',
    // The decision named first and owned after the copula: "the decision to go back was hers",
    // "the choice to return to the flat was his own", "the idea to meet them was entirely Jade's".
    'the|this|that decision|choice|idea to @choice-want-act _? _? @be @jv-degree? hers|his|theirs|$owner own?',
    'the|this|that decision|choice|idea to go|run|head|get|come|stay|stop back|missing|off|away|out|over @be @jv-degree? hers|his|theirs|$owner own?',
    'the|this|that decision|choice|idea to return|abscond @be @jv-degree? hers|his|theirs|$owner own?',
    // An act as the subject and the decision as its complement: "returning to the address was his decision",
    // "meeting the men was her own idea", "carrying for them is his call".
    // ("Her own choice" and "entirely her decision" are read by the phrases above, at their own span.)
    '@choice-ing-exploit _? _? _? @be $poss|$owner decision|idea|call|doing',
    '@choice-ing-exploit _? _? _? @be $poss|$owner own idea|call|doing',
    '(going|getting|heading|running|coming|sneaking) back|missing|off|away @be $poss|$owner decision|idea|call|doing|choice',
  ],
  unless: [
    'choice-good-complement',
    // "The decision to go back was his mother's": another person's decision.
    {
      followedBy: [
        "mother's|mother’s|father's|father’s|mum's|mum’s|dad's|dad’s|parents'|parents’|carer's|carer’s|carers'|family's|family’s|nan's|nan’s|gran's|gran’s|worker's|worker’s|sister's|sister’s|brother's|brother’s",
      ],
      within: 1,
    },
    {precededBy: ['of'], within: 1},
    {precededBy: ['a|the|no|any|real|free'], within: 1},
    {
      followedBy: [
        'to speak|talk|tell|disclose|share|report|give|make|have|attend|ask|contact|call',
        'to be interviewed|seen|accompanied|supported|referred',
      ],
      within: 1,
    },
    {
      followedBy: [
        'of|about school|placement|college|advocate|interpreter|worker|officer|name|pronouns',
        'whether|if|where|which|who|how',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` frames the child’s exploitation as something they chose',
  suggestions: ['the result of grooming and control by [adult]', 'what [adult] pressured [child] into'],
  note: 'A child cannot make a free choice about their own exploitation; grooming, threats and debt remove that choice. Say who controlled or pressured the child and how.',
  sources: ['CWCT', 'TEES', 'TCS-LP'],
  examples: {
    incorrect: [
      '[[The decision to go back was hers]], staff feel.',
      'Per the review, [[the choice to return was his own]].',
      '[[The idea to go to the flat was entirely Jade’s]].',
      '[[Returning to the address was his decision]] each time.',
      'Concerns: [[meeting the men was her own idea]]',
      '[[Staying over at the flat is her call]], per mum.',
      '[[Carrying for them is his call]], he is not being made to.',
      '- [[going missing was her decision]]',
      'Going back was [[entirely her decision]], staff say.',
      "Assessment: [[all Kai's own doing]]",
      'The move to Leeds was [[completely her own choice]].',
      "Assessment: [[YP's decision]], no exploitation indicators, was at boyfriend's (22)",
      'Missing from care – reason: [[child’s own choice]]',
      'Staying at the flat was [[her own decision]], she is 14.',
      'Missing log: [[YP’s decision to go back]] to the flat.',
      '[[His choices led him]] to the trap house, the PSR says.',
      {
        text: 'Going to the flat in Hull is [[her choice]] and she goes most weekends.',
        suggestions: ['the result of grooming and control by [adult]', 'what [adult] pressured [child] into'],
      },
      'Kyle stays at the trap address [[by choice]].',
      'Leah goes to the hotel [[out of choice]], per the night log.',
      "It is Jade's [[choice to go]] to Leeds at weekends.",
      'Staying in Leeds was [[her own choice to stay]], in the view of staff.',
      'The review says Irina, 29, made [[her choice to return]] to the farm near Boston.',
      'Jade is [[making her own choices]] about where she sleeps.',
      'Staying with the group in Luton was [[his own choice]].',
      'It is [[his decision to keep going]] to Margate, the carer says.',
      '[[Worker view: own decision]] to stay out',
      '[[Reason for missing: own choice]]',
      'Presenting need: none, YP [[making own choices]]',
      '[[Own choice]]. Returned 02:00.',
      '[[Assessment: lifestyle choice]], low risk',
      'The social worker notes that [[her choices are her own]] now.',
      'Owain (16) has stayed in it [[through choice]].',
    ],
    correct: [
      'It was her decision to go to the police.',
      "It was the court's decision to remand him.",
      'The decision to refer was hers.',
      'The choice to speak to police was her own.',
      'Going to the police was her own idea.',
      'Staying with her nan was her decision.',
      'The decision to go back was his mother’s, not his.',
      'The decision to go back was not hers; the men came for her.',
      'Returning to the flat was never his choice.',
      '- own choice of advocate',
      'Reason for missing: taken by adult male',
      'Outcome: YP supported to return home',
      'It was entirely her decision to speak to the police.',
      'It was not her choice; the men threatened her.',
      "The panel's decision was to keep the case open.",
      'It was her own decision to speak to the police.',
      "It was not YP's decision; the men collected her.",
      'It was the panel’s decision to close the case.',
      'Leah’s decision to speak to police took great courage.',
      'It was not her choice to go to Leeds; the men had threatened her sister.',
      'Jade was offered an advocate of her choice.',
      'Kyle asked about his choice of school after the move.',
      'Young people have the choice to stay with their foster carers until 21.',
      'It was her choice to speak to a female officer.',
      'It was her decision to speak to the police.',
      'Her choices are not her own; the men control her.',
    ],
    info: [
      'She described staying at the flat as "[[her choice]]" when we spoke on 4 May.',
      'Jade said, "It was [[my choice to go]] with them."',
    ],
    // "her choice" alone still fires when the act after it is a good one.
    knownFalsePositives: ['It was her choice to go back to school in May.'],
  },
} satisfies RuleSpec
