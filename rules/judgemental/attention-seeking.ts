import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'attention-seeking',
  category: 'judgemental',
  severity: 'warning',
  target: 'label',
  phrases: [
    'attention-seeking|attention-seeker(s)',
    '{seek} attention',
    '{do} it for attention',
    '{want}|{crave} attention',
    '{do} it|this|that|things|everything|stuff @minimise-hedge? for attention|the-attention',
    'just|only|purely|simply|all for attention|the-attention',
    'crying|cry|cries|cried out for attention',
    'drama queen(s)',
    '{enjoy}|{love}|{crave} the? drama|attention',
  ],
  message: '`{actual}` dismisses the child’s need for help as a bid for attention',
  suggestions: ['seeking help', 'seeking connection and support'],
  note: 'A child who draws attention to themselves may be asking for help. Describe what the child did and what they may need.',
  sources: ['NSPCC-LIST', 'CWCT'],
  examples: {
    incorrect: [
      {
        text: 'Jade is [[attention-seeking]] when she self-harms.',
        suggestions: ['seeking help', 'seeking connection and support'],
      },
      'Kyle is an [[attention seeker]] at school.',
      'Amira [[seeks attention]] from older males.',
      'She [[does it for attention]], in the view of the carer.',
      'He [[craves attention]] from the group.',
      'Staff describe Jade as [[attention seeking]] when she self-harms.',
      'Rosie is [[doing this for attention]], the school feels.',
      'The posts are [[just for attention]], her carer says.',
      'She is [[crying out for attention]].',
      'She [[enjoys the drama]] when police are called',
      '[[Drama queen]], staff say',
    ],
    correct: [
      'Jade asked staff for help twice on 3 May.',
      'Avoid words such as "attention-seeking" about a child.',
      'Kyle is not attention seeking; he is frightened.',
    ],
  },
} satisfies RuleSpec
