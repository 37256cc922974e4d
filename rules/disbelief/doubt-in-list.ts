import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'doubt-in-list',
  category: 'disbelief',
  severity: 'warning',
  target: 'label',
  phrases: ['@doubt-list-adj'],
  unless: [
    'jv-list-value',
    'jv-reported-framing',
    'jv-mistaken-for',
    {
      precededBy: [
        'attendance|parenting|engagement|contact|supervision|care|sleep|sleeping|diet|eating|boundaries|routine|routines|medication|signal|wifi|transport|housing|income|funding|intelligence|intel|information|data|records|evidence|source|sources|cctv|timings|timeline',
      ],
      within: 3,
    },
    'jv-agency-response',
  ],
  message: '`{actual}` in a list or field casts the child’s account as untrue',
  suggestions: [
    'gave further detail on [date]',
    'details differ between accounts on [dates]; this can reflect fear or trauma',
  ],
  note: 'A doubt word typed into a field ("Account: inconsistent, vague") tells the reader not to believe the child, when partial and changing accounts are common after grooming and trauma. Record what was said, when, and what is corroborated.',
  sources: ['NRM-FORM', 'SEFTON-CRED', 'NSPCC-ALLEGED', 'SEFTON-MS'],
  examples: {
    incorrect: [
      {
        text: 'Credibility: low – [[inconsistent]], changed details twice',
        suggestions: [
          'gave further detail on [date]',
          'details differ between accounts on [dates]; this can reflect fear or trauma',
        ],
      },
      'Account given: [[doubtful]]',
      '- [[unreliable]], changes details',
      'Interview 2: [[vague]], would not name the driver',
      'Character: [[dishonest]], manipulative',
      'Notes: YP [[cagey]], evasive, tells a different tale every time',
      'Presentation: [[shifty]], would not give her address',
      '- [[lying]]',
      'Concerns: [[deluded]], thinks the man loves her',
    ],
    correct: [
      'Attendance: inconsistent since Easter',
      'Her account was consistent with what her friend said.',
      'Intelligence: unreliable, single source',
      'The information was vague and needs checking with the school.',
      'Avoid writing "inconsistent" about a child’s account; record what changed and when.',
      'Kai was lying on the sofa when staff checked at 2am.',
    ],
  },
} satisfies RuleSpec
