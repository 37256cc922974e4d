import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'willing-to',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '@be @degree? @degree? willing|eager|prepared|ready to @exploit-act',
    '{be} more than willing',
    '@seem @degree? willing to',
  ],
  unless: [
    'professional-subject',
    {
      followedBy: [
        'home|referred|interviewed|seen|safe|supported|helped|involved|heard|help|support|advice|treatment|counselling|vaccinated|examined|assessed|accommodated|moved|placed|tested|police|officers|investigators|us|me|everyone|staff|professionals|school|college|isva|idva|ictg|ictga|advocate|caseworker|therapist|counsellor|psychologist|mentor|camhs|gp|nurse|doctor|dentist',
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
  message: '`{actual}` presents the child as willing to take part in their own exploitation',
  suggestions: [
    'was told by [adult] to [go / carry / sell]',
    'was pressured by [adult] to [go / carry / sell]',
  ],
  note: 'A child’s apparent willingness is often the product of grooming, gifts, debt or threats. Say who asked the child to do it and what was promised or threatened.',
  adult: {
    message: '`{actual}` presents the person as willing to take part in their own exploitation',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['ZT', 'NSVRC', 'MSA-S1-2', 'CCE-DEF', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'He [[was willing to carry]] the drugs in exchange for trainers.',
        suggestions: [
          'was told by [adult] to [go / carry / sell]',
          'was pressured by [adult] to [go / carry / sell]',
        ],
      },
      'Jade [[is willing to go]] to the flat whenever he messages her.',
      'Tomasz [[was eager to sell]] for the older boys.',
      'She [[was more than willing to go]] with them to Luton.',
      'Leah [[was more than willing]], the manager said.',
      'Ellie [[was willing to be]] picked up by the men at night.',
      'Mia [[seemed willing to]] stay at the address overnight.',
      'He [[was prepared to hold]] the knife for the group.',
    ],
    correct: [
      'Kyle is willing to help police with the investigation.',
      'Jade is willing to be referred to the ISVA.',
      'Mia is willing to get help from the clinic.',
      'Jade was not willing to go; the man grabbed her arm.',
      'Mia is willing to meet her social worker at school.',
      'Tomasz is willing to give a statement about the men.',
      'The NRM form asks whether the person is willing to help with investigations.',
    ],
  },
} satisfies RuleSpec
