import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'alleged-incident',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: [
    'alleged abuse|assault|assaults|rape|rapes|exploitation|trafficking|incident|incidents|kidnap|kidnapping|grooming|threats|threat|attack|abduction|offence|offences|disclosure',
    'alleged sexual assault|abuse|exploitation|activity',
    'alleged victim(s)',
  ],
  unless: [
    {
      precededBy: [
        'police|officers|CPS|prosecution|defence|defendant|defendants|charge|charges|charged|indictment|suspect|suspects|offender|offenders',
      ],
      within: 3,
    },
  ],
  message: '`{actual}` casts doubt on harm the child described',
  suggestions: ['[incident] that [child] described', 'the [incident] [child] reported'],
  note: 'Putting "alleged" in front of what a child described signals disbelief to every reader. Name the harm and say who described it; criminal-process wording about a suspect is a separate use.',
  sources: ['NSPCC-ALLEGED', 'NSVRC'],
  examples: {
    incorrect: [
      {
        text: 'The [[alleged assault]] took place at a hotel in Leicester.',
        suggestions: ['[incident] that [child] described', 'the [incident] [child] reported'],
      },
      'The referral concerns the [[alleged sexual assault]] in the car park.',
      'Amira is the [[alleged victim]] in this referral.',
      "Jade's [[alleged disclosure]] to her teacher was passed on late.",
    ],
    correct: [
      'The assault that Jade described took place at a hotel in Leicester.',
      'Deano was charged with the alleged offences on 4 May.',
      'Avoid phrases such as "alleged assault" for what a child described.',
      'The alleged offender, Deano Smith, was bailed.',
    ],
  },
} satisfies RuleSpec
