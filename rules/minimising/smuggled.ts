import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'smuggled',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: [
    '{smuggle} $obj',
    '$subj {be} smuggled',
    '{be} smuggled',
    'smuggled child|children|girl|girls|boy|boys|minor|minors|teenager|teenagers',
    'child smuggling',
  ],
  unless: [
    {
      followedBy: ['and then? trafficked|exploited', 'before being trafficked|exploited'],
      within: 4,
    },
    {
      precededBy: [
        'drug|drugs|cash|money|phone|phones|weapon|weapons|knife|knives|item|items|goods|cigarettes|package|packages|parcel|parcels|it|which|cannabis|cocaine|heroin|contraband|they|that|these|those',
      ],
      within: 2,
    },
  ],
  message: '`{actual}` describes a trafficked child as smuggled',
  suggestions: ['trafficked', 'brought to [place] by [adult]'],
  note: 'Smuggling is a migration transaction; trafficking is moving a child for exploitation, and a child needs only the act and the purpose. Say "trafficked" where both are present, or describe the journey facts.',
  sources: ['ISLINGTON', 'ECPAT-UK', 'MSA-S1-2'],
  examples: {
    incorrect: [
      {
        text: 'Tomasz [[was smuggled]] into the UK in the back of a lorry.',
        suggestions: ['trafficked', 'brought to [place] by [adult]'],
      },
      'The men [[smuggled her]] from Albania and took her to a house in Slough.',
      'Police believe [[she was smuggled]] to London by an agent.',
      'Officers found two [[smuggled children]] at the car wash.',
      "The agent's fee for [[child smuggling]] was paid by the men.",
    ],
    correct: [
      'Tomasz was trafficked to the UK in the back of a lorry.',
      'The drugs were smuggled into the prison by a visitor.',
      'Trafficking is not the same as smuggling.',
      'Avoid the word "smuggled" for a trafficked child.',
    ],
  },
} satisfies RuleSpec
