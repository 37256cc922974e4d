import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'not-credible',
  category: 'disbelief',
  severity: 'error',
  target: 'term',
  phrases: [
    'not credible',
    'lacks|lacked|lacking credibility',
    'questionable|doubtful|poor credibility',
    'not a credible|reliable witness|child|girl|boy',
    'an unreliable witness|narrator',
    'she|he {be} unreliable',
    'not believable',
    'unbelievable account|story',
    'dubious|questionable|doubtful account|story|claims',
    'unreliable historian',
    'credibility issue(s)|concern(s)|problem(s)',
    'questions|doubts|concerns about|over $poss credibility',
    '$poss credibility {be} questionable|doubtful|poor|low|weak|limited|damaged|undermined',
  ],
  unless: [
    {
      precededBy: [
        'sign|evidence|indication|proof|assume|assumed|conclude|concluded|mean|means|suggest|suggests|imply|implies that',
      ],
      within: 4,
    },
    {
      precededBy: [
        'phone|phones|transport|bus|car|signal|internet|data|wifi|records|system|systems|equipment|timings|timing|dates',
      ],
      within: 2,
    },
  ],
  message: "`{actual}` dismisses the child's account as not believable",
  suggestions: ['[record what was said, what is corroborated and what is not]'],
  note: 'Credibility judgements about a child should account for their age, trauma and possible grooming, and should not rest on peripheral details. Record what is and is not corroborated instead.',
  sources: ['SEFTON-CRED', 'NRM-FORM', 'NSPCC-MAL'],
  examples: {
    incorrect: [
      {
        text: "Jade's account is [[not credible]] because she went back to the flat.",
        suggestions: ['[record what was said, what is corroborated and what is not]'],
      },
      'The account [[lacks credibility]] as Kyle had a phone.',
      "Tomasz is [[not a credible witness]] in the officer's view.",
      'Mia is [[an unreliable witness]] according to the CPS note.',
      'Staff think [[he is unreliable]] and has changed his account before.',
      'The hotel account is [[not believable]] to the sergeant.',
      'Officers logged it as an [[unbelievable account]] of the journey.',
      'The sergeant noted a [[dubious account]] of the train journey.',
      'The GP describes Jade as an [[unreliable historian]].',
      'There are [[credibility issues]] with Kyle and the debt.',
      'Staff raised [[doubts about her credibility]] after the missing episode.',
      'The sergeant said [[her credibility is poor]] given the missing episodes.',
      'The case file notes [[poor credibility]] due to missing episodes.',
    ],
    correct: [
      'Jade gave a clear account of the flat and the two men.',
      'The bus service to the estate is unreliable at night.',
      'Avoid phrases such as "not credible" about a child\'s account.',
    ],
  },
} satisfies RuleSpec
