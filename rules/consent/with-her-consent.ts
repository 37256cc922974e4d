import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'with-her-consent',
  category: 'consent',
  severity: 'error',
  target: 'term',
  phrases: [
    'with $poss consent|agreement',
    '{give} $poss consent to|for?',
    '{give} consent to|for',
    'consent was|had been? given',
  ],
  unless: [
    {
      precededBy: [
        'shared|made|submitted|completed|sent|taken|recorded|referred|disclosed|passed|obtained|photographed|examined|interviewed|contacted|informed|notified|arranged',
        'referral|information|data|photographs|photos|samples|statement|interview|examination',
      ],
      within: 3,
    },
    {
      followedBy: [
        'the|a|an|this? referral|nrm|assessment|examination|interview|medical|treatment|photographs|photos|information|data|support|plan|service(s)|swab(s)|samples|intermediary|advocate|advocacy|counselling|statement',
        'to|for the|a|an|this? referral|nrm|assessment|examination|interview|medical|treatment|photographs|photos|information|data|support|plan|service(s)|swab(s)|samples|intermediary|advocate|advocacy|counselling|statement',
        'to|for $obj|us|me',
        'to|for the|a|$poss? school|police|professionals|staff|services|agencies|records|doctor|gp|nurse|hospital|worker|advocate|isva|camhs',
        'the|a|$poss? school|police|professionals|staff|services|agencies|records|doctor|gp|nurse|hospital|worker|advocate|isva|camhs',
        'by $poss|the? mother|mum|father|dad|parent(s)|carer(s)|guardian|family',
        'to|for share|sharing|be|being|speak|speaking|talk|talking|meet|meeting|attend|attending',
      ],
      within: 1,
    },
  ],
  message: '`{actual}` records the child’s consent to their own abuse, which the law treats as irrelevant',
  suggestions: [
    'after [adult] [groomed / pressured / paid] [child]',
    'although [child] is [age] and cannot consent to exploitation',
  ],
  note: 'The law and the exploitation definitions make a child’s consent irrelevant. Describe what the adult did to get the child to go along with it.',
  adult: {
    message: '`{actual}` records the person’s consent to their own abuse, which the law treats as irrelevant',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['TCS-LP', 'DFE-CSE', 'MSA-S1-2', 'SOA-AGE', 'CASEY'],
  examples: {
    incorrect: [
      {
        text: 'The sexual contact at the flat took place [[with her consent]], the officer wrote.',
        suggestions: [
          'after [adult] [groomed / pressured / paid] [child]',
          'although [child] is [age] and cannot consent to exploitation',
        ],
      },
      'Tomasz (16) stored the drugs at home [[with his agreement]].',
      'Jade [[gave her consent to]] the sexual activity in the car.',
      'Mia, 14, [[gave consent to]] going with the men to Blackpool.',
      'The investigating officer noted that [[consent was given]] by Amira on each occasion.',
    ],
    correct: [
      'The referral was made with her consent and with her mother’s knowledge.',
      'Jade gave her consent to the NRM referral on 3 March.',
      'Information was shared with his agreement.',
      'Kyle gave consent for photographs of his injuries to be taken.',
      'Jade gave consent for the school to share her records.',
      'Consent was given by her mother for the medical.',
      'A child cannot give consent to their own sexual exploitation.',
    ],
  },
} satisfies RuleSpec
