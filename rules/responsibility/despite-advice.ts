import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'despite-advice',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    'despite|against professional|police|staff|our|repeated|clear? advice|warnings',
    'despite being warned|advised|told',
    '{ignore} advice|warnings',
    '{ignore} the|our|all|professional|police|staff|safety|safeguarding advice|warnings',
    'despite the risks|dangers',
    '{be} repeatedly? warned about|of|not',
    'despite|in-spite-of|regardless-of|against|ignoring|disregarding|defying @choice-advice',
    '{ignore}|{disregard}|{flout}|{breach}|{break}|{defy} @choice-advice',
  ],
  unless: ['choice-other-subject-after', {followedBy: ['to $obj|adults|the-men'], within: 1}],
  message: '`{actual}` holds the child responsible for abuse that continued after warnings',
  suggestions: [
    'and [adult] continued to target [child] despite safeguarding action',
    'after [adult] contacted [child] again',
  ],
  note: 'Warnings to a child do not stop adults who are grooming or controlling them. Record what the adults did, and state earlier advice as a neutral fact if it matters.',
  sources: ['DURHAM', 'UKCIS', 'LM'],
  examples: {
    incorrect: [
      {
        text: 'Jade went back to the flat [[despite advice]] from her social worker.',
        suggestions: [
          'and [adult] continued to target [child] despite safeguarding action',
          'after [adult] contacted [child] again',
        ],
      },
      'Kyle travelled to Hull [[against professional advice]].',
      'Amira met him again [[despite being warned]] by police.',
      'Tomasz [[ignored advice]] from the youth worker.',
      'She continues to meet him [[despite repeated warnings]] from police.',
      'Jade [[ignores the warnings]] she has been given.',
      'Kyle went to Hull again [[despite the risks]].',
      'Kiera [[was warned about]] the men at the takeaway.',
      'Zara keeps seeing him [[despite the CSE plan]].',
      'He went to Margate again [[in spite of the safety plan]].',
      'She [[ignores her safety plan]] and goes to the flat.',
      'Kian [[breached his bail conditions]] to meet the olders.',
    ],
    correct: [
      'The adults continued to target Jade despite safeguarding action.',
      'The men ignored the warnings in the abduction notice.',
      'The man was warned about contact with Jade under a CAWN.',
      'Avoid phrases such as "despite advice" when recording missing episodes.',
      'She discharged herself against medical advice on 3 June.',
      'Despite the safety plan, the men continued to contact her.',
      'The men ignored the abduction warning notices.',
    ],
  },
} satisfies RuleSpec
