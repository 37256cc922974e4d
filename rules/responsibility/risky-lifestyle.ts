import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'risky-lifestyle',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    'risky|dangerous|chaotic|high-risk|criminal|street|gang lifestyle',
    '{lead}|{live}|{adopt} a|this|that risky|dangerous|chaotic|criminal|street|gang? lifestyle',
    'lifestyle(s)',
  ],
  unless: [
    {
      precededBy: [
        'healthy|healthier|unhealthy|active|sedentary|balanced|settled|stable|normal|family|student|traveller|travelling|nomadic|cultural|religious',
      ],
      within: 1,
    },
    {
      followedBy: ['advice|support|service|services|factors|changes|change|medicine|magazine|choice|choices'],
      within: 1,
    },
  ],
  message: '`{actual}` describes exploitation as the child’s way of life',
  suggestions: ['exploitation by [adult]', 'the harm [adult] is causing [child]'],
  note: 'Describing abuse as a lifestyle hides the adults who create the risk. Say who is exploiting the child, where and how.',
  sources: ['NSPCC-RISK', 'TCS-LP'],
  examples: {
    incorrect: [
      {
        text: 'Jade has a [[risky lifestyle]] and is often in Leeds.',
        suggestions: ['exploitation by [adult]', 'the harm [adult] is causing [child]'],
      },
      'Kyle is [[leading a lifestyle]] that puts him at risk.',
      'Tomasz has been [[living a chaotic lifestyle]] since moving to Slough.',
      'Amira is drawn into a [[street lifestyle]] in Croydon.',
      "Nia's [[lifestyle]] at the address leaves her little time for homework.",
      'The girls’ [[lifestyles]] (all 13–15) put them in the path of these men.',
    ],
    correct: [
      'Jade is being exploited by adults who move her between hotels.',
      'Avoid phrases such as "leading a lifestyle" in referrals.',
      'The worker discussed a healthy lifestyle with Kyle at the review.',
      'The nurse gave Jade lifestyle advice about sleep and food.',
      'Healthy lifestyles week ran at the school in June.',
    ],
  },
} satisfies RuleSpec
