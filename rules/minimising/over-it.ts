import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'over-it',
  category: 'minimising',
  severity: 'warning',
  target: 'action',
  phrases: [
    // Abuse made brief or past: "it only happened once", "the abuse was short-lived", "she's over it now".
    'it|this|that|the-abuse|the-contact|the-relationship only lasted a-few-weeks|a-couple-of-weeks|a-short-time|a-few-days|a-few-months',
    'a|an one-time|one-off|isolated thing|occurrence|event|lapse',
    '@be short-lived|short lived|brief|fleeting',
    '$subj @be over it',
    '$subj {have} moved on|got-over-it',
    // Moved on as it looks, or with the contraction: "she seems to have moved on", "she's moved on from it now".
    '@seem @jv-degree? to have moved on|got-over-it|put-it-behind-her|put-it-behind-him|put-it-behind-them',
    '{move} on from it|this|that|what-happened|the-abuse|the-exploitation|the-cse|the-incident|the-assault',
    '$subj {have} put it behind $obj|$self',
    '@seem @degree? unaffected|unscathed|unfazed|untroubled|none-the-worse',
    '{be} none the worse for it',
    'no lasting damage|harm|effect|effects|impact|trauma',
    '{come} to no harm',
  ],
  unless: [
    'professional-subject',
    // A move, not the abuse: "the family have moved on to Leeds", "unaffected by the move".
    {
      followedBy: [
        'to|from the? area|address|town|city|school|placement',
        'to|from|into a|an|the|her|his|their new|different|another|other|secure|foster? area|address|town|city|school|placement|home|house|flat|unit|college|job|hostel|room|family|carer|carers|worker',
        'by the|a|her|his move|change|placement|news|weather',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` treats abuse as brief, over or harmless to the child',
  suggestions: ['[child] was [abused / exploited] on [date(s)]', 'the impact on [child] is not yet known'],
  note: 'Harm is not measured by how long abuse lasted or how the child seems now; children often mask trauma, and one incident can be serious. Record what happened and what support the child needs.',
  sources: ['TCS-LP', 'UKCIS', 'DFE-CSE', 'CASEY'],
  examples: {
    incorrect: [
      'CAMHS: the family friend touched Lucy at 9; it was only the once and she [[seems to have moved on]].',
      'Risk matrix | Sexual exploitation | Comment: historic CSE, [[she has moved on from it]] now',
      'Kyle [[is none the worse for it]], the YOT worker says.',
      'Summary: [[he has put it behind him]] and is settled.',
      {
        text: 'Duty log: [[the contact only lasted a few weeks]] and Leah (14) has not seen him since.',
        suggestions: [
          '[child] was [abused / exploited] on [date(s)]',
          'the impact on [child] is not yet known',
        ],
      },
      'Outcome: [[a one-time thing]], no further action',
      'The contact with Jay (25) [[was short-lived]].',
      'Assessment: [[she is over it]] now.',
      'Kyle [[seems unaffected]] by the robbery at the flat.',
      '[[She has moved on]] and is doing well at school.',
      '[[No lasting damage]] was noted at the review.',
      'She [[came to no harm]] at the hotel, per the duty log.',
    ],
    correct: [
      'She has moved on to a new placement in Hull.',
      'Staff should not assume she has moved on from the abuse without support.',
      'It did not only last a few weeks; Leah was taken to the flat for a year.',
      'The family have moved on to Leeds.',
      'Kyle seems unaffected by the move to his new school.',
      'Officers came to no harm during the arrest.',
    ],
  },
} satisfies RuleSpec
