import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'resilient',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    'resilient',
    'very|really|so|extremely resilient',
    'a resilient young? girl|boy|child|lad|person|kid',
  ],
  unless: [
    {
      followedBy: [
        'communities|community|systems|system|services|workforce|organisation|organisations|networks|infrastructure|economy|schools|partnerships',
      ],
    },
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
        'may|might|can|could appear|seem|look to be',
        'may|might|can|could present as',
        'may|might|can|could be seen|perceived|viewed as',
      ],
      within: 1,
    },
    {
      precededBy: [
        'more|become|becoming|build|building|stay|remain|feel|feeling',
        '{help} $obj? to? be|become|feel',
        'will be|become',
      ],
      within: 2,
    },
    {followedBy: ['to|against', 'in the face of']},
  ],
  message: '`{actual}` presumes the child can cope, which displaces their vulnerability',
  suggestions: ['may present as coping; this does not reduce the risk from [adult]'],
  note: 'Presumed resilience is an adultifying label that can stop a child being protected. Say the child may present as coping and that this does not reduce the risk; resilience as a goal in a recovery plan is fine.',
  sources: ['OXON', 'DAVIS'],
  examples: {
    incorrect: [
      {
        text: 'Kyle is [[resilient]] and has coped with being moved around.',
        suggestions: ['may present as coping; this does not reduce the risk from [adult]'],
      },
      'Amira seems [[very resilient]] and did not cry in interview.',
      'Jade is [[a resilient girl]] who bounces back after each missing episode.',
    ],
    correct: [
      'Practitioners should not describe children as streetwise, mature or resilient.',
      'The plan aims to help Kyle become more resilient over the next six months.',
      'Work with Amira focuses on building resilience and safe relationships.',
      'Jade is not resilient to pressure from the older males and needs protection.',
      'Avoid labels such as "resilient" that presume a child can cope.',
    ],
  },
} satisfies RuleSpec
