import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'enjoyed-it',
  category: 'consent',
  severity: 'warning',
  target: 'action',
  // An adult who enjoys the flat is not the child.
  guards: {adults: true},
  phrases: [
    '{enjoy} the sex|sexual|contact|attention|lifestyle',
    '{enjoy} being with him|them',
    '{enjoy} being with the|older|adult men|males',
    '{seem}|{appear} to {enjoy} it',
    '{enjoy} it at the time',
    '{enjoy} what happened',
    '{enjoy} the buzz|thrill|excitement|status|money|gifts|parties',
    // Enjoyment read into the abuse itself: "was clearly enjoying it", "enjoying herself with the men", "enjoys the trips".
    '@be|@seem @choice-degree? @degree? enjoying|loving it|this|every-minute|every-second|all-of-it',
    '{enjoy} $self with|around|at @choice-exploit-venue|@choice-exploit-person|@choice-men',
    '{enjoy} the|these|those|$poss? trips|rides|drives|days-out|nights-out|outings|lifts|drives-out',
    // Liking or preferring the exploiters' places and company: "likes going to the flat",
    // "enjoys staying at the address", "prefers being with the olders", "would rather be at his flat".
    '{enjoy}|{like}|{love}|{prefer} going|staying|sleeping|living|hanging|hanging-out back? to|at|with|round|in @choice-exploit-place',
    '{enjoy}|{like}|{love}|{prefer} being at|in @choice-exploit-place',
    "would|'d rather|sooner be|stay|go back? at|with|to|in @choice-exploit-place",
  ],
  unless: [
    'choice-good-complement',
    'choice-good-source',
    {followedBy: ['at school|college|club', 'at the session|group|club|gym', 'football|boxing'], within: 1},
  ],
  message: '`{actual}` presents the abuse as something the child enjoyed',
  suggestions: [
    'was groomed with [gifts / attention] by [adult] during',
    'appeared to accept [act], a recognised effect of grooming, during',
  ],
  note: 'Apparent enjoyment is a common effect of grooming with attention, gifts and status, and it does not reduce the harm. Record what the adults gave or did to build control.',
  adult: {
    message: '`{actual}` presents the abuse as something the person enjoyed',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['TCS-MED', 'CARDIFF-LANG', 'DFE-CSE'],
  examples: {
    incorrect: [
      'Lauren (14) [[likes going to the flat]] in Walsall.',
      'Concerns: Amber (15) [[enjoys staying at the address]].',
      'Eve, 15, [[loves being at the flat]] with the olders.',
      'Rosie (14) [[would rather be at the address]], per YP.',
      {
        text: 'She [[enjoyed the sex]] with the older men, the officer noted.',
        suggestions: [
          'was groomed with [gifts / attention] by [adult] during',
          'appeared to accept [act], a recognised effect of grooming, during',
        ],
      },
      'Kyle [[enjoys being with them]] and sees them as family.',
      'Amira [[enjoys being with older men]] at the hotel.',
      'Jade appeared to have [[enjoyed what happened]] in the car.',
      'Mia [[seemed to enjoy it]] when the men took her to hotels.',
      'Amira [[enjoyed it at the time]], staff felt.',
      'Tomasz [[enjoys the buzz]] of running drugs out of town.',
      'YP [[was clearly enjoying it]], per door staff.',
      'She seemed to be [[enjoying herself with the men]] in the car.',
      'Per strategy minutes, Jade (14) [[enjoys the trips]] with Lee Platt (45).',
    ],
    correct: [
      'Dre, 30, likes staying at the flat in Walsall.',
      'Lauren (14) likes going to the gym with her aunt.',
      'She did not like going to the flat.',
      'He would rather stay at home with his nan.',
      'Jade enjoyed the art session at school.',
      'Mia did not enjoy it and wanted to leave.',
      'Mia enjoys the trips out with her keyworker.',
      'She enjoys the trips with her foster carers.',
    ],
  },
} satisfies RuleSpec
