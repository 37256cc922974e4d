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
    '{invent} it|things|stuff|everything|stories|tales|lies|excuses',
    'invented|fabricated|concocted @doubt-account|allegation|allegations|claim|claims',
    '{invent} the whole thing|story|lot',
    // Imagination as the source: "has a vivid imagination", "an overactive imagination".
    '{have} a|an @degree? vivid|active|overactive|over-active|wild|fertile imagination',
    // The abuse itself called invented: "the assault was made up", "the kidnap has been exaggerated".
    'the|this|that|her|his|their|any|these|those @doubt-abuse-event @be|{have} @jv-degree? been? @jv-degree? invented|fabricated|concocted|imagined|exaggerated|embellished|overstated|staged|fictitious|an-invention',
    // Imagination as a place: "lives in a fantasy world", "living in a dream world".
    '{live} in a|$poss own? fantasy|dream world|land',
  ],
  unless: [
    {precededBy: ['metal|steel|textile|sheet|welding'], within: 1},
    {
      followedBy: [
        'document|documents|passport|passports|identity|ID|papers|visa|visas|birth|certificate|certificates|payslips|records|references',
      ],
    },
    {followedBy: ['or induced', 'and induced', 'illness']},
    // Invented by someone named after it: "the debt was invented by the men".
    {followedBy: ['by']},
    // Invented as a tool of control: "the debt was invented to control her".
    {
      followedBy: [
        'to|so-as-to|in-order-to control|keep|trap|force|make|pressure|scare|frighten|exploit|hold|bind|justify|punish|threaten',
      ],
    },
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
      'Carer feels [[the assault was invented]].',
      'Police think [[the kidnap has been exaggerated]] to get a move.',
      'Review: [[the kidnap was probably imagined]]',
      'She [[lives in a fantasy world]] and says things that are not true.',
      'YP has a history of [[inventing stories]].',
      '- [[invented account]] of being held',
    ],
    correct: [
      'Kyle draws every day and uses his imagination in art.',
      'The paediatrician ruled out fabricated or induced illness.',
      'The men invented a debt and told Kyle he had to work it off.',
      'Jade gave a detailed account that matches the hotel records.',
      'Avoid words like "fabricated" for a child\'s account.',
      'The assault was reported to police on 3 May.',
      'The men said the debt was invented by the police.',
      'Rhys did not choose this: the debt was invented by the men who robbed him.',
      'She told police the debt was invented to control her.',
      'The assault was not invented: the hospital recorded her injuries.',
      'The game is set in a fantasy world the children designed.',
    ],
  },
} satisfies RuleSpec
