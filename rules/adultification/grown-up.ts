import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'grown-up',
  category: 'adultification',
  severity: 'error',
  target: 'label',
  phrases: [
    '{be}? very|so|really|quite|incredibly grown up',
    '{be}|{seem}|{appear}|{act}|{behave}|{look} grown up',
    '{seem}|{appear}|{act}|{behave}|{look} very|so|really|quite grown up',
    '{be}? grown up for $poss? age|years',
    '{be}? grown up for a|an _ year old',
    // Grown in body or in standing: "15 but fully grown", "very much his own man".
    '$subj @be @jv-degree? fully|full|physically grown|developed',
    'and|but @jv-degree? fully|full|physically grown|developed',
    '@be @jv-degree? $poss own man|woman',
  ],
  unless: ['modal-before', 'still-a-child-after', 'hedged-appearance'],
  guards: {age: true},
  message: '`{actual}` describes the child as grown up, which can hide their vulnerability',
  suggestions: ['is 14', 'is 14; how [child] presents does not reduce the risk from [adult]'],
  note: 'Describing a child as grown up suggests they can protect themselves. State the age and record what adults have done.',
  sources: ['DAVIS', 'HMICFRS-ADULT', 'RISE'],
  examples: {
    incorrect: [
      'He is 15 [[but fully grown]] and very strong.',
      'Kyle (14) [[is very much his own man]] these days.',
      'Mia is 14, [[she is physically developed]] and looks older.',
      {
        text: 'Mia [[is very grown up]] and manages her own money.',
        suggestions: ['is 14', 'is 14; how [child] presents does not reduce the risk from [adult]'],
      },
      'Kyle [[acts really grown up]] around the older boys.',
      'Hotel staff found her [[so grown up]] for 13.',
      'Jay [[seems grown up]] and told staff he did not need a carer.',
      'Amira [[is grown up for her age]] and the men knew it.',
      'Kyle [[is grown-up for a 13-year-old]] and travels alone.',
      'Officers said she [[looked grown-up]] in the club.',
      'Vulnerability: [[grown up for age]], confident with adults',
    ],
    correct: [
      'Her brother, 24, is his own man and lives in Leeds.',
      'The tree is fully grown.',
      'Jade has grown up in care in Wolverhampton.',
      'Kyle grew up in Luton and moved to Derby last year.',
      'Ella, 23, is very grown up about her recovery plan.',
      'Avoid terms such as "grown up" for a child who is being exploited.',
    ],
  },
} satisfies RuleSpec
