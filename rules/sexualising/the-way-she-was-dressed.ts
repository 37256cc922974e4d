import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'the-way-she-was-dressed',
  category: 'sexualising',
  severity: 'warning',
  target: 'term',
  phrases: [
    'the way $subj {be} dressed',
    'the way $subj {dress}',
    'how $subj {be} dressed',
    'the way $subj {look}',
    'given|considering $poss clothing|clothes|outfit|appearance',
    'because of $poss clothing|clothes|outfit|appearance',
    'due to $poss clothing|clothes|outfit|appearance',
  ],
  unless: [
    {
      precededBy: [
        'description of',
        'describe|described|describing|record|recorded|noted|note|cctv|including|includes|include',
      ],
      within: 1,
    },
    {
      precededBy: ['cctv|footage|image(s)|photo(s)|photograph(s)|video(s)|description|camera(s)|witness(es)'],
      within: 3,
    },
  ],
  message: '`{actual}` draws attention to the child’s appearance as if it explained the abuse',
  suggestions: ['the adults’ actions', 'what [adult] did'],
  note: 'How a child looked or dressed does not explain or excuse abuse, and drawing attention to it implies blame. Describe what the adults did.',
  sources: ['SAFESOUND', 'UKCIS', 'OUTSHADOWS'],
  examples: {
    incorrect: [
      {
        text: 'Staff raised concerns about [[the way she was dressed]] at the party.',
        suggestions: ['the adults’ actions', 'what [adult] did'],
      },
      'Officers commented on [[the way she dresses]] when she goes out.',
      'There was a focus on [[how she was dressed]] that night.',
      'The school was concerned by [[the way she looks]] around older boys.',
      'Police noted that, [[given her clothing]], she may have been seen as older.',
      'The men targeted her [[because of her appearance]], the officer suggested.',
      'The officer felt the contact happened [[due to her outfit]].',
    ],
    correct: [
      'CCTV shows how she was dressed when she left the shop.',
      'CCTV shows what she was wearing when she left the station.',
      'The man commented on her appearance to control her.',
      'The missing person report includes a description of how she was dressed.',
      'The man bought Jade clothes and make-up to groom her.',
    ],
  },
} satisfies RuleSpec
