import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'refuses-to-support-police',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{refuse} to support|assist|help|cooperate|co-operate',
    '{refuse} to give|make|provide a statement',
    "won't|wouldn't cooperate|co-operate|assist",
    'will|would not cooperate|co-operate|assist',
    'would not give|make|provide a statement',
    "wouldn't give|make|provide a statement",
    '@choice-refuse to? @choice-help-object',
    // A stance before the help refused: "not prepared to assist police", "unwilling to give a statement".
    'not|never prepared|willing|interested|keen|open|ready to @choice-help-object',
    'no|poor|little|limited|minimal cooperation|co-operation',
    'lack of cooperation|co-operation',
  ],
  unless: [
    'choice-fear-reason',
    'engagement-of-services',
    'choice-agency-subject',
    'young-people-in-general',
  ],
  message: '`{actual}` treats the child’s reluctance as obstruction rather than fear',
  suggestions: [
    'did not want to give a statement; [child] said they feared [reason]',
    'was too frightened of [adult] to speak to police',
  ],
  note: 'Reluctance to speak to police is expected when a child has been groomed not to tell or fears reprisals. Record what the child said about their fears.',
  sources: ['COP-MET', 'SEFTON-MS'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[refuses to support]] a police investigation.',
        suggestions: [
          'did not want to give a statement; [child] said they feared [reason]',
          'was too frightened of [adult] to speak to police',
        ],
      },
      'Kyle [[refused to give a statement]] after the stop in Hull.',
      "Amira [[won't cooperate with officers]].",
      'Tomasz [[would not cooperate with the investigation]].',
      'She [[would not give a statement]] about the assault.',
      "He [[wouldn't make a statement]] to the DC.",
      'Tom [[won’t give a statement]] about the men.',
      'She [[refused to give an account]] in interview.',
      'Kiera [[declined to speak to police]] after the raid.',
      '- [[will not make a statement]] against Adult 1',
      'Outcome: NFA – [[no co-operation]] with police',
      'Closed: [[lack of co-operation]] from YP',
      'Joint visit: YP [[not prepared to assist police]]. NFA.',
      'Kyle is [[not willing to give a statement]] about the men.',
    ],
    correct: [
      'Kyle is scared of the men and not willing to give a statement because of threats to his mum.',
      'The landlord was not prepared to assist police with the CCTV.',
      'Is the potential victim willing to help with investigations? No.',
      'The suspect refused to cooperate with officers.',
      'Jade did not want to give a statement because she feared the men.',
      'She told police she was too scared to give a statement.',
      'The landlord refused to give a statement to officers.',
      'There was no cooperation from the housing provider.',
    ],
  },
} satisfies RuleSpec
