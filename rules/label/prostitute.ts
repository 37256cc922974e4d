import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'prostitute',
  category: 'label',
  severity: 'error',
  target: 'label',
  phrases: [
    'prostitute(s)',
    'prostituting|prostitutes|prostituted $self',
    // Bare "on the game" as a label ("girls on the game"); selling-sex owns the
    // longer trade frame ("is on the game", "out on the game").
    'on the game',
    // The same label in slang and slurs.
    'hooker|streetwalker|street-walker',
  ],
  unless: [
    'crime-label-question',
    'prostitution-as-exploitation',
    'prostitution-rejected',
    // Others' framing, reported as wrong: "treated as if they were prostitutes by officers".
    {
      precededBy: [
        'treated|seen|viewed|regarded|labelled|labeled|described|dismissed as if|though $subj|they|she|he {be}',
      ],
      within: 2,
    },
  ],
  message: '`{actual}` labels a sexually exploited child as a prostitute',
  suggestions: ['child who is being sexually exploited', '[adult] paid to sexually abuse [child]'],
  note: 'A child cannot be a prostitute: the word implies consent and work. Describe the abuse and who did it.',
  sources: ['LUX', 'ZT', 'HMICFRS-MET', 'SAFESOUND'],
  examples: {
    incorrect: [
      {
        text: 'Jade, 15, is a [[prostitute]] according to the school.',
        suggestions: ['child who is being sexually exploited', '[adult] paid to sexually abuse [child]'],
      },
      'Staff believe she is [[prostituting herself]] for cannabis.',
      'The night-shift log calls Amber a [[hooker]] who hangs around the station.',
      '- [[streetwalker]], seen near the ring road most nights',
      'Intel: two Year 10 girls [[on the game]] near the station, per the PCSO.',
    ],
    correct: [
      'In 2012 the girls were treated as if they were prostitutes by the officers who found them.',
      'Both girls were treated as prostitutes by the hotel staff.',
      'The exploitation type recorded on the form is "Forced into prostitution".',
      'Avoid words such as "prostitute" when describing a child.',
      'The 32-year-old prostitute who lived at the address was not involved.',
      'Jade is not a prostitute; she is a child who was sexually exploited.',
      'The referral concerns child sexual exploitation and prostitution of adults at the same address.',
    ],
    info: ['The men called her a "[[hooker]]" in the messages found on her phone.'],
  },
} satisfies RuleSpec
