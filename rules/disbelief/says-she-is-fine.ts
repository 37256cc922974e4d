import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'says-she-is-fine',
  category: 'disbelief',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{say}|{state}|{insist}|{maintain}|{report} $subj {be} fine|ok|okay|alright|happy|safe',
    '{say}|{state} $subj {be} all right',
    '{say}|{state} everything {be} fine|ok|okay',
    '{say}|{state} $subj {be} not at risk',
    '{say}|{state} $subj {be} not being exploited',
  ],
  unless: [
    'reason-clause-before',
    {precededBy: ['as|because|since']},
    'doubt-modal-before',
    // The child's own views recorded in their field: "Views of the child: says she is happy".
    {
      precededBy: [
        'views|voice|wishes|feelings of the? child|yp|cyp|young-person|pv',
        "child's|yp's views|voice",
      ],
      within: 1,
    },
    // "denies any exploitation and says she is fine": part of the denial that closes the case, which no-concerns-as-denies and denies-exploitation report.
    {precededBy: ['{deny} any|all? exploitation|abuse|it|this|everything|concerns|harm and'], within: 1},
    {precededBy: ['if|though|although|whether'], within: 3},
    {
      followedBy: [
        'but|however|although|though|yet',
        'which|this|that does|is not',
        'because',
        'to|with|for|about|being|enough',
      ],
    },
  ],
  message: "`{actual}` may be read as closing the concern on the child's word",
  suggestions: ['says [quote]; this does not reduce the concern because [reason]'],
  note: 'A child saying they are fine is common when they are groomed or frightened, and does not close a concern. Record what they said alongside why the concern remains.',
  sources: ['SEFTON-MS', 'TEES', 'CARDIFF-LANG'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[says she is fine]] and no further action is needed.',
        suggestions: ['says [quote]; this does not reduce the concern because [reason]'],
      },
      'Kyle [[said he was okay]] so the return interview was closed.',
      'Amira [[states she is safe]] at the address in Luton.',
      'Kyle [[insists he is fine]] and the return interview was closed.',
      'Tomasz [[says everything is fine]] at the car wash.',
      'Kyle [[said he was all right]] and the case was closed.',
      'Mia [[said she was not at risk]] from the men.',
      'Jay [[says he is not being exploited]] and the case was closed.',
    ],
    correct: [
      'Views of the child: says she is happy at school and wants to stay.',
      'After the strategy meeting Kyle denied it and said he was fine; the plan stays in place.',
      'Jade says she is fine, but she was found at the flat again on Friday.',
      'Avoid closing a case because a child "says she is fine".',
      'Kyle told us he is scared of the elders.',
    ],
  },
} satisfies RuleSpec
