import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'not-easily-led',
  category: 'adultification',
  severity: 'warning',
  target: 'action',
  phrases: [
    'not easily @adult-led',
    'not the sort|type|kind (of person|of girl|of boy|of child|of lad)? to be led|pushed-around|taken-advantage-of|groomed|exploited|fooled|manipulated|pressured|told',
    'not someone|somebody who {be} easily? led|pushed-around|taken-advantage-of|groomed|exploited|fooled|manipulated|pressured',
    "{be}? nobody's|no-one's fool|mug|pushover",
    '{be} no fool|mug|pushover|soft-touch|walkover',
    '{be} not a fool|mug|pushover|soft-touch|walkover',
    "can't|cannot be led|pushed-around|fooled|manipulated|pressured|groomed|told-what-to-do",
    'not a|the child|girl|boy|person|lad|type|sort|kind|someone|somebody who|that can|could|would|will be easily? @adult-led',
  ],
  unless: [
    'professional-subject',
    {precededBy: ['to|help|helping|support|supporting|learn|learning|learns|so|until'], within: 1},
    {followedBy: ['yet', 'but $subj {be} still', 'but was|has|had'], within: 1},
    'jv-told-child',
  ],
  guards: {age: true},
  message:
    '`{actual}` presents the child as able to resist adults who exploit them, which hides their vulnerability',
  suggestions: [
    'may present as confident; this does not reduce the risk from [adult]',
    'was groomed by [adult]',
  ],
  note: 'Exploiters target confident children too, and grooming works on children who seem to know their own mind. Record how the child presents and what the adults did; a child’s apparent strength does not reduce the risk.',
  sources: ['DAVIS', 'HMICFRS-ADULT', 'OXON', 'CASEY'],
  examples: {
    incorrect: [
      {
        text: 'Ava, 15, is a confident girl and [[not easily led]] by the older boys.',
        suggestions: [
          'may present as confident; this does not reduce the risk from [adult]',
          'was groomed by [adult]',
        ],
      },
      'Staff describe Kai (14) as [[not the type to be pushed around]] by anyone.',
      "Mia [[is nobody's fool]] and knew the men were older.",
      'Jordan, 16, [[is no pushover]] and stands up to the elders.',
      'The log says Leah is [[not someone who is easily groomed]].',
      "Tyler [[can't be pushed around]] and will not do what the olders want.",
      'Kyle [[is not a mug]] and knows exactly what the elders are like.',
      'Zara is [[not a child who can be easily manipulated]], the home says.',
    ],
    correct: [
      'The work with Jade will help her to not be easily led by the men.',
      'The social worker is not easily fooled and checked the address herself.',
      'Darren (35) is no fool and has avoided arrest for years.',
      'Avoid writing that a child is "not easily led"; grooming works on confident children too.',
    ],
  },
} satisfies RuleSpec
