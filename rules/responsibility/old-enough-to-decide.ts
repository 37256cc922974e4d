import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'old-enough-to-decide',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    '@choice-capacity to @choice-deciding',
    'capable|incapable of deciding|choosing|judging',
    'capable of making $poss own? decisions|choices|mind|minds',
    '{make} $poss own decisions',
    '{make} $poss own mind up',
    '{know} $poss own mind',
    '{have} a mind of $poss own',
  ],
  unless: [
    'choice-agency-subject',
    {
      followedBy: [
        'about|on|regarding|over|around|for $poss? own? care|treatment|health|contraception|medication|medicine|vaccine|vaccination|vaccinations|education|school|college|course|career|future|placement|support|referral|therapy|counselling|hair|clothes|religion|faith|diet|body|name|pronouns',
        'about|on|regarding|over|around|for $poss? sexual-health|medical|health|mental-health|school|college|education|leisure|care|support|safety plan|plan|treatment',
        'whether|if to? have|accept|attend|take|go-to|start|consent-to the|a|an|$poss? _? vaccine|vaccination|jab|treatment|medication|referral|support|contraception|interview|examination|course|college|school|counselling|therapy|appointment',
        'whether|if|how|when|where|what to? share|disclose|tell|speak|talk|give|support',
        'who|whether|if $subj|to? talk|talks|speak|speaks|tell|tells|share|shares',
        'where $subj? wants|want|would-like|would-prefer? to? live|lives|study|studies',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` treats the child as able to choose their own exploitation',
  suggestions: [
    'is a child of [age] who is being exploited by [adult]',
    'is [age] and is being groomed by [adult]',
  ],
  note: 'A child’s apparent capacity to decide does not make exploitation a choice, and in law a child cannot consent to it. State the child’s age and what the adults are doing; capacity belongs in decisions about care or treatment, not about abuse.',
  adult: {
    message: '`{actual}` treats the person as having chosen their own exploitation',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['TEES', 'CWCT', 'DAVIS', 'MSA-S1-2', 'TCS-LP'],
  examples: {
    incorrect: [
      'Staff feel Ruby (15) is [[capable of making her own decisions]] about the men.',
      {
        text: 'He’s 15 and [[old enough to decide]] whether he goes to Margate with them.',
        suggestions: [
          'is a child of [age] who is being exploited by [adult]',
          'is [age] and is being groomed by [adult]',
        ],
      },
      'Tasha, 16, is an adult in all but name and is [[making her own decisions]].',
      'Kacey is [[capable of deciding]] whether she goes to the parties.',
      'Staff feel Leon (16) is [[able to make his own choices]] about who he hangs around with.',
      'At 15 she is [[mature enough to choose]] who she sees.',
      'Decision-making: [[knows her own mind]], will not be told',
      'Jayden is 14 but has [[made his own mind up]] about the olders.',
      'Leah [[has a mind of her own]] and goes where she likes.',
      'She is 15 and [[old enough to know better]].',
    ],
    info: ['Mum says Ruby is [[capable of making her own decisions]] about Dean (29).'],
    correct: [
      'She is old enough to decide whether to have the HPV vaccine.',
      'Kacey is Gillick competent to make decisions about her contraception.',
      'He is not old enough to decide; he is a child of 14 who is being exploited.',
      'Jade is able to decide who she talks to about what happened.',
      'The panel is able to decide on the referral today.',
      'At 14 she cannot make her own decisions about the men, whatever she says.',

      'She is capable of deciding where she wants to live, according to the IRO.',
    ],
  },
} satisfies RuleSpec
