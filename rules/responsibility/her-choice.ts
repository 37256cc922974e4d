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
    'by|out-of choice',
    // The decision named as the child's in a field or an assessment: "Assessment: YP's decision", "her own decision".
    "yp's|yp’s|cyp's|cyp’s|child's|child’s own? decision|choice",
    '$poss own decision',
    '{make} $poss own choices',
    '$poss own? decision to @choice-act',
    // A named child's or a field's "YP's" decision, and choices that led them here.
    '$owner own? decision to @choice-act',
    '$poss|$owner own? choices|decisions {lead}|{get}|{put}|{land}|{bring} $obj|$self',
  ],
  unless: [
    'choice-good-complement',
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
    ],
    correct: [
      'It was her decision to go to the police.',
      "It was the court's decision to remand him.",
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
    ],
    info: [
      'She described staying at the flat as "[[her choice]]" when we spoke on 4 May.',
      'Jade said, "It was [[my choice to go]] with them."',
    ],
    // "her choice" alone still fires when the act after it is a good one.
    knownFalsePositives: ['It was her choice to go back to school in May.'],
  },
} satisfies RuleSpec
