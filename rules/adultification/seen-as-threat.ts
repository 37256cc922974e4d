import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'seen-as-threat',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    '{see}|{view}|{perceive}|{regard}|{treat} as a threat',
    '{see}|{view}|{perceive}|{regard}|{treat} $obj as a threat',
    '{pose}|{be} a threat to staff|residents|pupils|carers|teachers|workers',
    '{pose}|{be} a threat to other residents|pupils',
    // Any size of risk to anyone: "poses a risk to staff", "poses a significant danger to the public".
    '{pose} a|an @jv-degree? significant|serious|real|high|clear|considerable? risk|danger|threat to @adult-others|the-public|society|the-community',
  ],
  unless: [{followedBy: ['by']}, {precededBy: ['@crime-adult-age'], within: 1}],
  guards: {age: true},
  message: '`{actual}` treats the child as a threat rather than as a child at risk',
  suggestions: ['[describe the specific incident, date and context]'],
  note: 'Seeing an exploited child as a threat shifts attention from the harm they face. Describe the specific incident and the risk to the child.',
  sources: ['OXON', 'DAVIS', 'HMICFRS-ADULT'],
  examples: {
    incorrect: [
      'Tyrone (15) is big and strong and [[poses a risk to staff]].',
      'Kai (14) [[poses a significant danger to the public]], the YOT says.',
      {
        text: 'At school Kyle is [[seen as a threat]] to younger pupils.',
        suggestions: ['[describe the specific incident, date and context]'],
      },
      'Staff [[view him as a threat]] since the incident in March.',
      'Jay (15) [[is a threat to staff]] and has been moved twice.',
      'Amira [[poses a threat to other residents]], the manager wrote.',
      'Kyle (16) [[is a threat to teachers]] according to the exclusion letter.',
    ],
    correct: [
      'The man (31) poses a risk to children.',
      'Kyle is seen as a threat by a rival group and was stabbed in June.',
      'The men pose a threat to Jade and her younger sister.',
      'Deano is a danger to the public and has a knife.',
      'Jade is frightened of the men because they are dangerous.',
      'Jay is not a threat to staff; he was frightened by the search.',
      'Avoid phrases like "seen as a threat" about a child.',
    ],
  },
} satisfies RuleSpec
