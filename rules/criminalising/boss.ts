import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'boss',
  category: 'criminalising',
  severity: 'warning',
  target: 'relationship',
  // The child's "boss": the employment frame for the adult who exploits them
  // ("Kofi's boss on the line", "treats T as his boss"). Another person's boss
  // ("his mum's boss") is not the child's; "the boss" of a gang names the adult.
  phrases: ['boss|gaffer|employer'],
  unless: [
    // The child's own view, recorded as a sign of grooming: "speaks of the older men as
    // his employers", "talks about the adults as if they were his employers".
    {
      precededBy: [
        '{speak}|{talk}|{think} of|about the|a|an|$poss|these|those|them|him? _? _? as|like $poss',
        'as if|though $subj|it {be} $poss|the',
        '{see}|{view}|{regard}|{consider} them|him|her as $poss',
      ],
    },
    {
      precededBy: [
        'the|a|an|this|that|big|main|top|gang|line|crime|drug|drugs|ocg|mafia|real|own|head|new|old|former|ex',
      ],
    },
    {
      followedBy: [
        'at $poss|the|a? apprenticeship|job|work|workplace|café|cafe|shop|salon|restaurant|pub|bar|garage|office|supermarket|store|bakery|college|placement|saturday-job|part-time-job',
      ],
    },
  ],
  message: '`{actual}` casts the adult exploiting the child as their employer',
  suggestions: ['[adult], who is exploiting [child]', 'the adult who controls [child]'],
  note: 'Calling an exploiter the child’s boss or employer takes on the exploiters’ framing of exploitation as a job. Name the adult, their age and what they make the child do.',
  sources: ['NSPCC-CCE', 'CARDIFF-LANG', 'CCE-DEF'],
  examples: {
    incorrect: [
      {
        text: 'Tyrell’s [[boss]] on the Bournemouth line sent him to Poole.',
        suggestions: ['[adult], who is exploiting [child]', 'the adult who controls [child]'],
      },
      'Since May Aaron has treated Smithy as his [[boss]].',
      'Jayden (15) takes orders from his [[bosses]] in Liverpool.',
      'Staff describe the man who collects Leah as her [[employer]].',
    ],
    correct: [
      'Kyle talks about the older boys as his employers, which is a known effect of grooming.',
      'She thinks of the men at the flat as if they were her bosses and does not see the harm.',
      'Kofi was sent to Bangor by Dre, 26, who controls the line.',
      'His mum’s boss gave her time off to look for him.',
      'Mum said her boss at the hospital let her leave early.',
      'Police believe the boss of the line is a 31-year-old from Liverpool.',
      'Deano, 29, told officers his boss would hurt Kai if he talked.',
      'Jay, 17, says his boss at the garage is supportive.',
      'The review warned against calling the exploiter the child’s "boss".',
    ],
    info: [
      'Kai told me that T is his "[[boss]]" and that he has to answer the phone.',
      "- transport to the car wash provided by '[[employer]]'",
    ],
  },
} satisfies RuleSpec
