import type {RuleSpec} from '../../src/types.js'

const acts =
  'go|travel|carry|sell|hold|deliver|hide|meet|stay|sleep|send|do|work|run|join|steal|be|hand|make|see|visit|return|keep|wash|clean|cook|repay|pay|live'

export default {
  id: 'happy-to',
  category: 'consent',
  severity: 'warning',
  target: 'action',
  phrases: [
    `{be} quite|very|really|more|perfectly|always|clearly|apparently? happy|keen|content|glad|excited to ${acts}`,
    '{be} quite|very|really|clearly? keen for $obj|him|them|the|a|an|older|adult|men',
    `{seem}|{appear} happy|keen|content to ${acts}`,
    '{be}|{seem}|{appear} quite|very|really|perfectly|clearly? keen on going|seeing|meeting|staying|carrying|selling|working|visiting|returning|travelling',
    '{be}|{seem}|{appear} quite|very|really|perfectly|clearly? happy|content staying|living|going|carrying|selling|working|sleeping',
  ],
  unless: [
    'professional-subject',
    {
      followedBy: [
        'home|referred|interviewed|seen|safe|supported|helped|involved|heard|police|officers|investigators|us|me|everyone|staff|professionals|school|college|isva|idva|ictg|ictga|advocate|caseworker|therapist|counsellor|psychologist|mentor|camhs|gp|nurse|doctor|dentist',
        'with|to|at|in|into $poss|the|a|an? social|foster|youth? worker|officer(s)|police|nurse|advocate|staff|professionals|foster|carer(s)|mum|mother|dad|father|family|nan|gran|aunt|grandparents|school|college|appointment(s)|hospital|clinic|court|refuge|placement|meeting|session(s)|investigation(s)|inquiry|enquiries|services|interview|class|lessons|education|us|me',
        'to the police station',
        'to|with|at the|a|an|$poss? dentist|doctor|gp|optician|hairdresser|gym|club|library|church|mosque|temple|gurdwara|cinema|shops|supermarket',
        'a|an|the|$poss? local|new|youth? football|boxing|rugby|netball|dance|drama|cricket|basketball|sports|swimming|music|art? team|club|group|gym|class|course|project|programme|scheme|cadets|choir|band|activity|activities',
        '$poss|the|a|an? isva|idva|ictg|ictga|advocate|caseworker|therapist|counsellor|psychologist|mentor|camhs|gp|nurse|doctor|dentist|solicitor|lawyer|guardian',
        'back home',
        'back to school|college|class|lessons|education|placement|work|normal|bed|sleep',
        'back to $poss|the mum|mother|dad|father|family|nan|gran|foster|carer(s)|placement|school|college|home|unit',
        '$poss|the|a? social|foster|youth? worker|carer(s)|mum|mother|dad|father|family|nan|gran|aunt|grandparents|advocate|placement|officer(s)|nurse|teacher',
        'the|a|an|some? work|assessment|course|programme|plan|medical|examination|check|test|referral|advocate|statement|interview',
        'part of|in the? plan|support|work',
      ],
      within: 1,
    },
  ],
  guards: {referent: false},
  message: '`{actual}` presents reward-based grooming as the child’s own wish',
  suggestions: [
    'was persuaded by [adult] to [go / carry / stay]',
    'was groomed by [adult] to [go / carry / stay]',
  ],
  note: 'Children often appear happy or keen while they are being groomed with gifts, attention or status. Record the child’s view alongside what the adults gave, promised or threatened.',
  adult: {
    message: '`{actual}` presents reward-based grooming as the person’s own wish',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['TCS-MED', 'CARDIFF-LANG', 'DFE-CSE', 'TEES'],
  examples: {
    incorrect: [
      {
        text: 'She [[was happy to go]] to the hotel with them.',
        suggestions: [
          'was persuaded by [adult] to [go / carry / stay]',
          'was groomed by [adult] to [go / carry / stay]',
        ],
      },
      'Kyle [[is keen to sell]] for them because they pay him.',
      'Amira [[seemed happy to stay]] at the flat over the weekend.',
      'Leah (14) [[was quite happy to go]] back to the flat after school.',
      'Ellis (15) [[was keen for the]] man to film him.',
      'Tomasz [[was excited to travel]] to Cardiff with the older boys.',
      'She [[appears content to be]] with the men at the address.',
      'Kai [[was keen on going]] back to Swindon with the olders.',
      'Leah [[was quite content staying]] at the flat with Deano.',
    ],
    correct: [
      'Jade was happy to talk to the advocate at school.',
      'Kyle is keen to go back to college in September.',
      'Chloe is happy to see the ISVA again next week.',
      'Jade is keen for the referral to go ahead.',
      'Kyle is keen to join a local football team.',
      'Jade was happy to go to the dentist with her carer.',
      'Amira was not happy to go; she cried in the car.',
      'Tomasz was happy to be referred for support.',
      'Mia is keen to stay with her foster carers.',
      'Kai is keen on going to college in September.',
    ],
  },
} satisfies RuleSpec
