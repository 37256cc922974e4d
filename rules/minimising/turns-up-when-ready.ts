import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'turns-up-when-ready',
  category: 'minimising',
  severity: 'warning',
  target: 'action',
  phrases: [
    "will|'ll|would|always|usually|normally|eventually|probably|just? @minimise-return @minimise-when-ready",
    '@minimise-return @minimise-when-ready',
    "will|'ll|always|usually|normally @minimise-return",
    '@minimise-hedge {want}|{need}|{go} (out|off)? to? @minimise-wanted-fun',
    'when|once $subj got|gets|get bored|fed-up',
    'out of|through|from sheer? boredom',
    'for something to do',
    // Back by a set time, as if the missing were routine: "usually back by breakfast", "always home by the morning".
    'always|usually|normally|generally|eventually|invariably back|home by breakfast|morning|the-morning|school|lunch|lunchtime|teatime|the-weekend|monday|curfew|dawn|daylight',
  ],
  unless: [
    'jv-reported-framing',
    'jv-mistaken-for',
    'jv-professional-subject',
    {precededBy: ['not|never|no|if|unless|whether|until|may-not|might-not'], within: 2},
    {
      followedBy: [
        'to the|a|an? meeting|appointment|appointments|school|session|sessions|interview|review|court|work|college|lessons|training|contact|visit',
      ],
    },
  ],
  message: '`{actual}` treats a missing child as safe because they come back',
  suggestions: [
    'was missing from [time] to [time]; where and with whom is not known',
    'returned at [time] with [signs]',
  ],
  note: 'A child who keeps coming back may be returning between episodes of exploitation. Record the times, where they were found or came back from, who they were with and any signs of harm.',
  sources: ['COP-MET', 'STOWE-NCA', 'MCFARLANE', 'CARDIFF-LANG'],
  examples: {
    incorrect: [
      {
        text: "Missing again. Probably off partying with her mates. [[Will turn up when she's ready]] like always.",
        suggestions: [
          'was missing from [time] to [time]; where and with whom is not known',
          'returned at [time] with [signs]',
        ],
      },
      'Missing episode 6 – RHI: YP [[just wanted to let off steam]] with her mates, will be fine',
      'Kai (15) [[always turns up]] so police were not called until 2am.',
      "Missing log: [[she'll come home when she gets hungry]], no further action",
      'NRM form — How and why they left: left of her own free will [[when she got bored]]',
      'Leah goes missing [[out of boredom]], staff think.',
      'Kai goes to the trap house [[for something to do]], the YOT worker says.',
      'He [[will come back when he runs out of money]].',
      'Missing log: [[always home by the morning]], no action taken.',
      'He [[usually back by school]] on Monday, says mum.',
    ],
    correct: [
      'She is not usually back by curfew, and staff have reported it each time.',
      'Kai came back at 03:10 with £200 and a new phone; he would not say where he had been.',
      'She will not come back when she is told to and the men collect her.',
      'Avoid writing that a missing child "will turn up".',
      'Leah will come back to the meeting next week with her advocate.',
      'Staff will turn up at the school at 3pm to collect her.',
    ],
  },
} satisfies RuleSpec
