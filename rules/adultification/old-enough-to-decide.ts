import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'old-enough-to-decide',
  category: 'adultification',
  severity: 'warning',
  target: 'action',
  phrases: [
    'old|mature|grown-up|big|sensible|clever|smart|bright|savvy|streetwise|wise enough to @adult-capacity',
    '@be @jv-degree? @jv-degree? capable of @adult-capacity-ing',
    '@be @jv-degree? @jv-degree? able to make $poss own choices|decisions|mind-up',
    '{know} $poss own mind',
    '{have} a mind of $poss own',
    '{make} up $poss own mind',
    '@choice-capacity to @choice-deciding',
    'capable|incapable of deciding|choosing|judging',
    '{make} $poss own decisions',
    '{make} $poss own mind up',
  ],
  unless: [
    'professional-subject',
    'consent-to-process',
    {precededBy: ['Gillick|Fraser|competent|competence|capacity|MCA'], within: 6},
    {
      followedBy: [
        'about|regarding|on contraception|treatment|medication|the-examination|the-referral|information-sharing|sharing|support|school|college|education|the-plan|her-care|his-care|their-care|where-she-lives|where-he-lives|health|healthcare|medical|her-health|his-health|their-health|sexual-health',
      ],
      within: 2,
    },
    {precededBy: ['to|will|help|helping|support|supporting|learn|learning|learns|so|until|when'], within: 1},
    {
      followedBy: [
        'but $subj {be} still',
        'but children|they {be} still',
        'but this|that does not',
        'but {be} still',
      ],
      within: 1,
    },
    {
      precededBy: [
        'may|might|can|could appear|seem|look',
        'may|might|can|could believe|think|feel|say',
        'may|might|can|could present as',
        'may|might|can|could be seen|perceived|viewed as',
      ],
      within: 2,
    },
    'jv-told-child',
    {
      followedBy: [
        'about|on|regarding|over|around|for $poss? own? care|treatment|health|contraception|medication|medicine|vaccine|vaccination|vaccinations|education|school|college|course|career|future|placement|support|referral|therapy|counselling|hair|clothes|religion|faith|diet|body|name|pronouns',
        'whether|if to? have|accept|attend|take|go-to|start|consent-to the|a|an|$poss? _? vaccine|vaccination|jab|treatment|medication|referral|support|contraception|interview|examination|course|college|school|counselling|therapy|appointment',
        'whether|if|how|when|where|what to? share|disclose|tell|speak|talk|give|support',
        'about? where $subj? wants|want|would-like|would-prefer? to? live|lives|study|studies',
      ],
      within: 1,
    },
  ],
  guards: {age: true},
  message: '`{actual}` credits the child with an adult’s capacity to protect themselves or decide',
  suggestions: [
    'is 15; how [child] presents does not reduce the risk from [adult]',
    'was groomed and pressured by [adult]',
  ],
  note: 'Saying a child is old enough, capable or sure enough of their own mind to decide treats them as an adult and shifts the responsibility onto them; the law protects under-18s from exploitation whatever they appear to choose. Give the age and say what the adults did.',
  sources: ['DAVIS', 'HMICFRS-ADULT', 'CASEY', 'TCS-LP', 'SOA-AGE'],
  examples: {
    incorrect: [
      {
        text: 'Kyle is 15 and [[old enough to decide]] whether he goes to Margate with them.',
        suggestions: [
          'is 15; how [child] presents does not reduce the risk from [adult]',
          'was groomed and pressured by [adult]',
        ],
      },
      'Staff feel Mia (16) [[is more than capable of making her own choices]].',
      'Risk: low – YP (17) [[old enough to make own choices]]',
      'Tia is 14 but [[knows her own mind]] and says she loves him.',
      'The duty officer wrote that Jayden [[was perfectly able to make his own decisions]] about going.',
      "She's [[mature enough to know what she's doing]] with the older men, the manager said.",
      'Kai (15) [[has a mind of his own]] and will not be told where to go.',
      'Leah is [[sensible enough to look after herself]] in Bradford, her carers say.',
      'Jade (15) [[makes up her own mind]] about who she sees and where she goes.',
      'Kacey is [[capable of deciding]] whether she goes to the parties.',
      'Jayden is 14 but has [[made his own mind up]] about the olders.',
      'Tasha, 16, is an adult in all but name and is [[making her own decisions]].',
      'At 15 she is [[mature enough to choose]] who she sees.',
    ],
    correct: [
      'Jade is not old enough to consent to any of what happened; she was 13.',
      'Mia (15) was assessed as Gillick competent and old enough to decide about contraception.',
      'Kyle is old enough to consent to the referral and has signed the form.',
      'Darren Hollis (35) is old enough to know better and has convictions for supply.',
      'The plan will help Tia make her own decisions about where she wants to live.',
      'Avoid phrases such as "old enough to decide" about a child who is being exploited.',
      'Her mother, who is 40, knows her own mind and wants Mia home.',
      'The men told her she was old enough to decide.',
      'She is old enough to decide whether to have the HPV vaccine.',
      'He is not old enough to decide; he is a child of 14 who is being exploited.',
      'The panel is able to decide on the referral today.',
    ],
  },
} satisfies RuleSpec
