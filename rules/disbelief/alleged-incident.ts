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
    'alleged CSE|CCE|CSA|CSEA|slavery|servitude|exploiter|exploiters|abuser|abusers|trafficker|traffickers',
    'alleged criminal|labour exploitation',
    'alleged modern slavery',
    'alleged county lines',
    'alleged forced labour|criminality',
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
      '[[ALLEGED CSE]]: Jade was seen getting into a car with two men.',
      'Kyle was referred for [[alleged CCE]] after his arrest in Exeter.',
      'The strategy meeting discussed the [[alleged criminal exploitation]] of Kyle.',
      'Tomasz is a victim of [[alleged modern slavery]] at a car wash.',
      'The [[alleged county lines]] activity was reported by his school.',
      'Amira described [[alleged forced labour]] at the nail bar in Slough.',
      'Jade named her [[alleged abuser]] at the ABE interview.',
    ],
    correct: [
      'The assault that Jade described took place at a hotel in Leicester.',
      'Deano was charged with the alleged offences on 4 May.',
      'Avoid phrases such as "alleged assault" for what a child described.',
      'The alleged offender, Deano Smith, was bailed.',
      'Deano was charged with alleged modern slavery offences on 2 June.',
      'Jade described being sexually exploited by two men at a flat in Leeds.',
    ],
  },
} satisfies RuleSpec
