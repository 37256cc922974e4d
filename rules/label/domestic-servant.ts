import type {RuleSpec} from '../../src/types.js'

// A child in domestic servitude named by the job the household gives them:
// "the house girl", "their maid", "a domestic".
export default {
  id: 'domestic-servant',
  category: 'label',
  severity: 'warning',
  target: 'label',
  phrases: [
    'house girl(s)|boy(s)',
    'housegirl(s)|houseboy(s)',
    "{be} @jv-degree? the|a|an|their|$poss|the-family’s|the-family's live-in? maid|housemaid|servant|skivvy|domestic|house-help|housekeeper|dogsbody|help",
    'as a|an|the|their|$poss live-in? maid|housemaid|servant|skivvy|domestic|house-help|housekeeper|dogsbody',
    '@crime-child-mod live-in? maid|housemaid|servant|skivvy|domestic|house-help|housekeeper',
  ],
  unless: [
    'crime-label-not-the-child',
    'crime-relative-is',
    // "as a domestic violence victim", "the help she needs", "a domestic abuse case".
    {
      followedBy: [
        'violence|abuse|incident|incidents|setting|settings|worker|workers|servitude|slavery|work|labour|duties|chores|staff|agency|agencies|visa|visas|she|he|they|from|with|of|for|to|desk|line|available',
      ],
    },
    {
      precededBy: [
        'any|some|more|extra|further|no|without|need|needs|needed|ask|asked|asking|get|getting|seek|seeking|offer|offered|for',
      ],
      within: 2,
    },
  ],
  message: '`{actual}` names a child in domestic servitude by the work they are made to do',
  suggestions: [
    'is kept in domestic servitude by [adult]',
    'is made to cook, clean and care for [adult]’s children',
  ],
  note: 'A child who cooks, cleans and minds children for a household is a victim of domestic servitude, not its maid or "house girl". Say who made the child work, for how long, and what was withheld.',
  sources: ['NRM-FORM', 'ECPAT-UK', 'CARDIFF-LANG'],
  examples: {
    incorrect: [
      'Grace (14) is, to all intents and purposes, the [[house girl]].',
      {
        text: 'Precious, 13, [[is a domestic]] who has been treated well by the family.',
        suggestions: [
          'is kept in domestic servitude by [adult]',
          'is made to cook, clean and care for [adult]’s children',
        ],
      },
      'Ama (15) [[is their maid]] and never goes to school, the visit found.',
      'Role in household: [[houseboy]], sleeps in the kitchen',
      'She was brought from Lagos at 11 and kept [[as a live-in maid]].',
      'Status: [[child servant]] in the Ilford address',
    ],
    correct: [
      'Her mother is a housekeeper at a hotel in Leeds.',
      'Precious was made to cook and clean for the family and was not paid.',
      'The referral is about domestic servitude of a 14-year-old.',
      'She is a domestic abuse survivor and lives in a refuge.',
      'Grace needs help with her English, her teacher says.',
      'Mrs Adeyemi, 52, is a domestic worker agency owner.',
      'Avoid terms such as "house girl" for a child in servitude.',
    ],
  },
} satisfies RuleSpec
