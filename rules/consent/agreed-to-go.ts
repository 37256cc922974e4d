import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'agreed-to-go',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '{agree} to go|travel|meet|come|stay|visit|accompany|join|return',
    '{agree} to get into|in',
    '{agree} to run away|off',
    '{agree} to @choice-errand',
    // The act as "it": "Kai agreed to do it", "she agreed to do whatever they asked".
    '{agree} to do it|this|that|whatever|anything|everything',
  ],
  unless: [
    'professional-subject',
    'choice-good-complement',
    'choice-agency-subject',
    {
      followedBy: [
        'home|school|college|placement|appointment(s)|refuge|hospital|clinic|foster|respite|carer(s)|counselling|therapy|court',
        'social|youth|support? worker(s)|officer(s)|police|nurse|staff|advocate|counsellor|mentor|teacher|guardian|professionals|team|me|us',
        'police station',
        'her|his|their mum|mother|dad|father|nan|gran|grandmother|grandparents|aunt|sister|brother|family|parents|foster',
      ],
      within: 6,
    },
  ],
  guards: {referent: false},
  message: '`{actual}` casts the child as a party to a deal rather than someone who was moved by adults',
  suggestions: ['was taken', 'was told by [adult] to go'],
  note: 'Consent to travel is irrelevant for a child, and a child can be trafficked across a few streets. Say who arranged the journey, how it was paid for and what was promised or threatened.',
  adult: {
    message: '`{actual}` casts the person as a party to a deal rather than someone who was moved by adults',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['MSA-S1-2', 'ECPAT-UK', 'TEES', 'TCS-LP'],
  examples: {
    incorrect: [
      'Kai (15) [[agreed to do it]] for £50.',
      {
        text: 'She [[agreed to go]] to the flat in Oldham with the two men.',
        suggestions: ['was taken', 'was told by [adult] to go'],
      },
      'Kyle [[agreed to travel]] to Swansea on the train on 4 May.',
      'She [[agreed to meet]] the man at the car park behind the shops.',
      'Amira [[agreed to stay]] at the address for the weekend.',
      'Mia [[agreed to get into the car]] outside the chip shop.',
      'The two girls [[agreed to run away]] with the older boys.',
      'Demi has [[agreed to keep seeing]] Dean every weekend.',
      'Luca [[agreed to make another trip]] to Exeter for the olders.',
      'Imani happily [[agreed to be picked]] up by Dev (22) after dark.',
      '- [[agreed to help the olders out]] over the holidays',
    ],
    correct: [
      'Leah agreed to do the ABE interview.',
      'Her mum agreed to do the school run.',
      'Jade agreed to go home with her foster carer.',
      'Kyle agreed to meet his social worker at school on Friday.',
      'She agreed to be interviewed and agreed to a referral.',
      'Mo agreed to go back to college in September.',
      'Leah agreed to stay with her aunt for the summer.',
      'The men agreed to meet in the car park.',
      'The placement provider agreed to move Leo out of the area.',
      'Amira agreed to stay at the refuge for another week.',
      'She agreed to go to the sexual health clinic with her advocate.',
      'Mia did not agree to go with them; she was told to get in the car.',
    ],
  },
} satisfies RuleSpec
