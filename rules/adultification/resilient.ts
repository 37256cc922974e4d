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
    'resilient to|against the|any|$poss|$owner|adult|adults|older|peer? @jv-degree? approaches|advances|grooming|pressure|exploitation|influence|manipulation|exploiters|offers|risks|danger|dangers|threats|coercion|persuasion|attention',
    'resilient to|against the|older? adults|men|males|olders|elders|exploiters|groomers|abusers|boys|lads',
  ],
  unless: [
    {
      followedBy: [
        'communities|community|systems|system|services|workforce|organisation|organisations|networks|infrastructure|economy|schools|partnerships',
      ],
    },
    'still-a-child-after',
    'hedged-appearance',
    {
      precededBy: [
        'more|become|becoming|build|building|stay|remain|feel|feeling',
        '{help} $obj? to? be|become|feel',
        'will be|become',
      ],
      within: 2,
    },
    {followedBy: ['to|against', 'in the face of']},
    {
      precededBy: [
        'strength|strengths|protective|positive|positives|qualities|quality|assets|working-well|going-well|what-is-working|skills|talents|interests',
      ],
      within: 8,
    },
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
      "Risks: [[resilient to adults]]' approaches (?), can handle herself",
      'Kai (15) is [[resilient to peer pressure]] and will not be drawn in.',
      'The officer felt Mia was [[resilient against grooming]].',
    ],
    correct: [
      'Practitioners should not describe children as streetwise, mature or resilient.',
      'The plan aims to help Kyle become more resilient over the next six months.',
      'Work with Amira focuses on building resilience and safe relationships.',
      'Jade is not resilient to pressure from the older males and needs protection.',
      'Avoid labels such as "resilient" that presume a child can cope.',
      'Strengths: resilient, confident, good with younger children, loves art',
      'Protective factors: close to her nan, resilient, attends school',
    ],
  },
} satisfies RuleSpec
