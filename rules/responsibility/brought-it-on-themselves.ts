import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'brought-it-on-themselves',
  category: 'responsibility',
  severity: 'error',
  target: 'term',
  phrases: [
    '{bring} it|this|that on $self',
    '{ask} for it',
    // Harm or risk of the child's own making: "a situation of her own making", "the risks are self-inflicted".
    'of $poss own making|doing',
    'self-inflicted|self-made|self-created|self-induced risk(s)|situation|debt(s)|problem(s)|mess|danger',
    'risk(s)|situation|debt(s)|problem(s)|danger(s) {be} @jv-degree? @jv-degree? self-inflicted|self-made|self-created|self-induced',
    'was|were asking for it',
    '{bring} it|this|that|trouble|problems|harm|danger|abuse|it-all|this-all|all-this|all-of-this on|upon @choice-self',
    // With a quantity (`@choice-blame-quant`): "brings a lot of this on herself", "brought most of it upon himself".
    '{bring} @choice-blame-quant it|this|that|what-happened|the-trouble|the-harm|the-problems|her-problems|his-problems|their-problems on|upon @choice-self',
  ],
  unless: [{followedBy: ['to|back|again|be|later|now'], within: 1}],
  message: '`{actual}` blames the child for being abused',
  suggestions: ['was abused by [adult]', 'was harmed by [adult]'],
  note: 'Nothing a child does invites abuse; the adult who abuses is responsible. Describe what the adult did.',
  sources: ['UKCIS', 'CASEY'],
  examples: {
    incorrect: [
      'The debt is [[of his own making]], the YOT officer says.',
      'Staff see it as a situation [[of her own doing]].',
      '[[Self-inflicted risk]]: goes to Leeds with the men',
      '[[Risks are largely self-inflicted]], according to the unit.',
      {
        text: 'Jade [[brought it on herself]] by going to the flat on Ash Road.',
        suggestions: ['was abused by [adult]', 'was harmed by [adult]'],
      },
      'He [[brings this on himself]] by going to Hull.',
      'The file suggests she [[asked for it]] by wearing the dress.',
      'Jade [[was asking for it]], in the view of one carer.',
      'He [[brought it upon himself]] by going back to the flat.',
      'Staff feel she is [[bringing problems on herself]].',
      'She is a troubled girl who [[brings a lot of this on herself]].',
    ],
    correct: [
      'She has self-inflicted injuries to both arms.',
      'The debt was not of his own making; the men staged the robbery.',
      'The risks are created by the adults, not by Jade.',
      'Jade did not bring this on herself; she was groomed by an adult.',
      'Kyle asked for help from his teacher on 3 May.',
      'The phrase "asked for it" is victim blaming.',
    ],
    info: ['She told me he said she had "[[asked for it]]".'],
  },
} satisfies RuleSpec
