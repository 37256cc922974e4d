import type {RuleSpec} from '../../src/types.js'

const who = 'older|adult|much-older men|males|guys|man|male'

export default {
  id: 'seeking-out-older-men',
  category: 'sexualising',
  severity: 'error',
  target: 'action',
  phrases: [
    `seek|seeks|seeking|sought out? ${who}`,
    'seek|seeks|seeking|sought out? sex|sexual',
    'seek|seeks|seeking|sought out men|males',
    `{look} for ${who}`,
    '{look} for sex|sexual|men',
    `{go} looking for ${who}`,
    '{go} looking for sex|men',
    `{target} ${who}`,
    `{pursue}|{chase} ${who}`,
    `{approach} ${who}`,
    // Chasing or wanting the attention of older males: "chasing after older lads", "looking for attention from older guys".
    `{chase}|{run} after ${who}`,
    '{chase}|{run} after @romance-adult-ref',
    '{chase}|{pursue} @romance-adult-ref',
    `{look} for attention|affection|validation from ${who}`,
    '{look} for attention|affection|validation from @romance-adult-ref',
    '{crave}|{want}|{chase}|{get} attention|affection|validation from @romance-adult-ref',
  ],
  unless: [
    {
      followedBy: [
        'health|advice|help|support|assistance|abuse|violence|assault|exploitation|offences|offenders|predators',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` reverses who is targeting whom',
  suggestions: ['is targeted by older men', 'is approached by adult men'],
  note: 'Saying a child seeks out older men or sex inverts the power imbalance; the inspectorate criticised this wording. Say that the adults are targeting the child and how they make contact.',
  sources: ['HMICFRS-MET', 'HMICFRS-GB', 'LM'],
  examples: {
    incorrect: [
      {
        text: 'She [[seeks out older men]] in the town centre.',
        suggestions: ['is targeted by older men', 'is approached by adult men'],
      },
      'Mia has been [[seeking out sex]] with men she meets online.',
      'Amira is [[looking for older men]] on dating apps.',
      'Ellie [[goes looking for men]] when she is missing.',
      'Kayleigh (15) [[targets older males]] at the takeaway.',
      'Jade [[sought out men]] at the hotel bar.',
      'Mia [[went looking for older guys]] at the retail park.',
      'Amira was [[looking for sex]] on the app.',
      'Ellie [[chases older men]] at the park.',
      'Jade [[approaches adult men]] for cigarettes.',
      'She is always [[chasing older boys]] from the estate.',
      'He [[pursues the older men]] he meets online.',
      'Kacey (14) [[runs after older men]] at the bus station.',
      'Carers say he is [[chasing after the older lads]] from the estate.',
      'She is [[looking for attention from older men]] online.',
      'Mia (13) [[craves attention from the lodger]], her mum says.',
    ],
    correct: [
      'The older boys chased her down the road.',
      'The older men chased after her car when she left.',
      'Children may be chased by older men online.',
      'Older men are targeting Jade (14) in the town centre.',
      'The 35-year-old man seeks out girls at the bus station.',
      'Mia is not seeking out older men; they contact her.',
      'Amira is seeking sexual health advice from the school nurse.',
    ],
  },
} satisfies RuleSpec
