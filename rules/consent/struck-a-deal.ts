import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'struck-a-deal',
  category: 'consent',
  severity: 'warning',
  target: 'action',
  phrases: [
    // The exploitation told as a bargain the child made: "struck a deal with the driver", "made an agreement with the dealers".
    '{make}|strike|strikes|striking|struck|{do}|{cut}|{reach}|{have} a|an deal|agreement|arrangement|bargain|pact with @choice-exploit-person|@crime-exploiter-ref|the-driver|the-drivers',
    '{accept}|{agree} to? the|$poss|their terms|deal|bargain',
    '{put} $self forward for|to @det? run|runs|drop|drops|job|jobs|trip|trips|work|it',
    '{offer} $poss services',
    '{enter} into a|an deal|arrangement|agreement|relationship with @choice-exploit-person',
  ],
  unless: [
    'professional-subject',
    'choice-good-complement',
    // Terms of a plan or a service: "accepted the terms of the safety plan".
    {
      followedBy: [
        'of the|her|his|their? safety|support|care|tenancy|placement|contract|plan|agreement|licence|bail',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` presents exploitation as a bargain the child chose to make',
  suggestions: [
    'was [paid / promised / given] [item] by [adult] to [act]',
    'was drawn in by [adult] with [offer]',
  ],
  note: 'A child cannot bargain on equal terms with adults who exploit them; the "deal" is the grooming, and receiving something does not make a child less of a victim. Say what the adults offered or demanded, and what they did.',
  adult: {
    message: '`{actual}` presents exploitation as a bargain the person chose to make',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the deception, debt or control behind the deal.',
  },
  sources: ['DFE-CSE', 'MSA-S1-2', 'CCE-DEF', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'Leah (14) [[struck a deal with the driver]] for lifts.',
        suggestions: [
          'was [paid / promised / given] [item] by [adult] to [act]',
          'was drawn in by [adult] with [offer]',
        ],
      },
      'Kyle [[made an agreement with the dealers]] in June.',
      'She [[accepted the terms]] and went to the flat.',
      'He [[put himself forward for the run]] to Norwich.',
      'Leah [[offered her services]] to the men, per the DC.',
      'She [[entered into a relationship with him]] at 13.',
    ],
    correct: [
      'Kyle made an agreement with his social worker about contact.',
      'Leah accepted the terms of the safety plan.',
      'The men made a deal with each other to share the girls.',
    ],
  },
} satisfies RuleSpec
