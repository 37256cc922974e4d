import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'agreed-to-sex',
  category: 'consent',
  severity: 'error',
  target: 'action',
  phrases: [
    '{agree} to sex|sexual',
    '{agree} to have sex|intercourse with?',
    '{agree} to sleep with $obj?',
    '{agree} to send|share _? pictures|photos|photographs|images|nudes|videos',
    '{agree} to send|share $obj? naked|nude|sexual|explicit|indecent',
    '{agree} to do stuff|things|sexual|sex',
  ],
  unless: [{precededBy: ['{make}|{force}|{pressure}|{coerce}|{groom}|{manipulate} $obj into'], within: 3}],
  guards: {age: true},
  message: '`{actual}` presents the sexual abuse of a child as something the child agreed to',
  suggestions: ['was sexually abused by', 'was pressured into sexual activity by'],
  note: 'A child cannot consent to sexual exploitation, and apparent agreement is often the product of grooming, gifts or threats. Say what the adult did and how they got the child to comply.',
  adult: {
    message: '`{actual}` presents the sexual abuse of a person as something the person agreed to',
    note: 'Consent does not prevent a finding of trafficking or slavery for an adult either (Modern Slavery Act 2015 s1(5), s2(2)). Say what the exploiters did: the threats, deception, debt or control behind it.',
  },
  sources: ['DFE-CSE', 'SOA-AGE', 'TCS-LP', 'UKCIS', 'CASEY'],
  examples: {
    incorrect: [
      {
        text: 'She [[agreed to have sex with]] the man in return for a lift home.',
        suggestions: ['was sexually abused by', 'was pressured into sexual activity by'],
      },
      'Mia [[agreed to sexual]] contact with two of the men at the party.',
      'Amira [[agreed to sleep with him]] so that she could stay at the flat.',
      'Ellie (13) [[agreed to send him pictures]] after he bought her a phone.',
      'She [[agreed to send naked images]] to the man on Snapchat.',
      'Jade [[agreed to do stuff]] with his friends when he asked.',
      'Kayleigh [[agreed to sex]] with the 27-year-old at his flat.',
    ],
    correct: [
      'Jade (14) was sexually abused by the man at the flat.',
      'Ellie did not agree to send any pictures; he threatened her.',
      'Anna, 23, agreed to have sex with her partner.',
      'Jade agreed to share her phone with the police for the investigation.',
    ],
  },
} satisfies RuleSpec
