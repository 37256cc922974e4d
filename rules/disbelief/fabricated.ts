import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'fabricated',
  category: 'disbelief',
  severity: 'error',
  target: 'term',
  phrases: [
    'fabricated',
    'fabricating',
    'fabrication(s)',
    'fabricate(s)',
    'concocted',
    'invented the|a|her|his|this|that story|account|allegation',
    '{invent} the|her|his|their|this|that|these|those threat(s)|abuse|assault|attack|rape|debt|incident|details|allegation(s)|claim(s)|account(s)|stories|man|men|boyfriend|kidnap|kidnapping',
    '{invent} it|things|stuff|everything',
    '{invent} the whole thing|story|lot',
    // Imagination as the source: "has a vivid imagination", "an overactive imagination".
    '{have} a|an @degree? vivid|active|overactive|over-active|wild|fertile imagination',
  ],
  unless: [
    {precededBy: ['metal|steel|textile|sheet|welding'], within: 1},
    {
      followedBy: [
        'document|documents|passport|passports|identity|ID|papers|visa|visas|birth|certificate|certificates|payslips|records|references',
      ],
    },
    {followedBy: ['or induced', 'and induced', 'illness']},
    {
      precededBy: [
        'man|men|adult|adults|exploiter|exploiters|elders|olders|gang|trafficker|traffickers|offender|offenders|abuser|abusers',
      ],
      within: 2,
    },
  ],
  message: "`{actual}` declares the child's account invented",
  suggestions: ['[record what was said and what has been found]'],
  note: "Calling a child's account fabricated can leave an exploited child without protection. Record what the child said, what was checked and what is unknown.",
  sources: ['NSPCC-MAL', 'SEFTON-CRED', 'NRM-FORM'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[fabricated]] the account to avoid going home, police believe.',
        suggestions: ['[record what was said and what has been found]'],
      },
      'Kyle is [[fabricating]] the debt, the YOT worker thinks.',
      'The social worker described it as a [[fabrication]].',
      "Amira [[concocted]] the story about the car, in her mother's view.",
      'Officers think children [[fabricate]] this kind of account.',
      'Staff think Tomasz [[invented the story]] about the lorry.',
      'Kyle [[invented the threats]] to get a move, the carer believes.',
      'The school thinks Mia [[invents things]] to get attention.',
      'Amira is [[inventing the debt]] in the view of her uncle.',
      'She [[invented the whole thing]] to avoid going home.',
      'YP [[has a vivid imagination]] and tells staff all sorts.',
      'Teacher: Kyle [[has an overactive imagination]].',
    ],
    correct: [
      'Kyle draws every day and uses his imagination in art.',
      'The paediatrician ruled out fabricated or induced illness.',
      'The men invented a debt and told Kyle he had to work it off.',
      'Jade gave a detailed account that matches the hotel records.',
      'Avoid words like "fabricated" for a child\'s account.',
    ],
  },
} satisfies RuleSpec
