import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'prostitution',
  category: 'label',
  severity: 'error',
  target: 'term',
  phrases: ['prostitution', 'sex work', 'the sex trade'],
  unless: [
    'prostitution-offence',
    'prostitution-as-exploitation',
    {precededBy: ['adult', 'adults in|into', 'women in|into', "women's|womens"]},
    'prostitution-rejected',
    {followedBy: ['of|by adults|women', 'among|amongst adults|women']},
  ],
  message: '`{actual}` describes the sexual exploitation of a child as prostitution or work',
  suggestions: ['child sexual exploitation', 'sexual abuse by adults who paid [adult]'],
  note: 'A child cannot be in prostitution or sex work: the words imply consent and a trade. Name it as child sexual exploitation and say who arranged and paid for the abuse.',
  sources: ['LUX', 'ZT', 'HMICFRS-MET', 'SAFESOUND'],
  examples: {
    incorrect: [
      {
        text: 'The file says Jade, 15, was drawn into [[prostitution]] in Bradford after leaving care.',
        suggestions: ['child sexual exploitation', 'sexual abuse by adults who paid [adult]'],
      },
      'Paige has been involved with [[sex work]] in Leeds since the age of 15.',
      'She first entered [[the sex trade]] at 14, the log states.',
    ],
    correct: [
      'The exploitation type recorded on the form is "Forced into prostitution".',
      'Jade was sexually exploited in Bradford by men who paid Lee, 31.',
      'Avoid words such as "prostitution" when describing the abuse of a child.',
      'The address is also used for adult prostitution, and Jade was taken there by Lee.',
    ],
  },
} satisfies RuleSpec
