import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'brought-it-on-themselves',
  category: 'responsibility',
  severity: 'error',
  target: 'term',
  phrases: [
    '{bring} it|this|that on $self',
    '{ask} for it',
    'was|were asking for it',
    '{bring} it|this|that|trouble|problems|harm|danger|abuse|it-all|this-all|all-this|all-of-this on|upon @choice-self',
  ],
  unless: [{followedBy: ['to|back|again|be|later|now'], within: 1}],
  message: '`{actual}` blames the child for being abused',
  suggestions: ['was abused by [adult]', 'was harmed by [adult]'],
  note: 'Nothing a child does invites abuse; the adult who abuses is responsible. Describe what the adult did.',
  sources: ['UKCIS', 'CASEY'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[brought it on herself]] by going to the flat on Ash Road.',
        suggestions: ['was abused by [adult]', 'was harmed by [adult]'],
      },
      'He [[brings this on himself]] by going to Hull.',
      'The file suggests she [[asked for it]] by wearing the dress.',
      'Jade [[was asking for it]], in the view of one carer.',
      'He [[brought it upon himself]] by going back to the flat.',
      'Staff feel she is [[bringing problems on herself]].',
    ],
    correct: [
      'Jade did not bring this on herself; she was groomed by an adult.',
      'Kyle asked for help from his teacher on 3 May.',
      'The phrase "asked for it" is victim blaming.',
    ],
    info: ['She told me he said she had "[[asked for it]]".'],
  },
} satisfies RuleSpec
