import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'out-of-control',
  category: 'judgemental',
  severity: 'warning',
  target: 'label',
  phrases: [
    'out of control',
    'defiant',
    'a real? handful',
    'uncontrollable',
    'beyond control',
    'difficult|hard|impossible to manage|control|handle',
    'impossible|hard|difficult|near-impossible|a-nightmare|a-struggle|a-challenge to @judge-impossible-to',
    'a|an @judge-burden-mod? handful',
    'beyond help|saving|hope|redemption|repair|reach|control',
  ],
  unless: [
    {followedBy: ['of']},
    {
      precededBy: [
        'risk|risks|situation|situations|case|cases|it|this|that|which|symptoms|condition|pain|workload|caseload|behaviour|behaviours|anxiety',
      ],
      within: 2,
    },
    'young-people-in-general',
    {precededBy: ['parental'], within: 1},
  ],
  message: '`{actual}` labels the child instead of describing specific behaviour and its cause',
  suggestions: ['[specific behaviour] on [date], which may be linked to [harm / fear]'],
  note: 'Labels like this distract from behaviour as a sign of harm. Describe what happened, when, and what may be driving it.',
  sources: ['DURHAM', 'OXON', 'CWCT'],
  examples: {
    incorrect: [
      {
        text: 'Jade has been [[out of control]] since she met the men.',
        suggestions: ['[specific behaviour] on [date], which may be linked to [harm / fear]'],
      },
      'Kyle is [[defiant]] with staff at the home.',
      'Amira is [[a handful]] at school.',
      'Tomasz has become [[uncontrollable]] at home.',
      'Kyle is [[beyond control]] at the residential home.',
      'Jade is [[difficult to manage]] in the unit.',
      'Difficult YP – [[impossible to place]]',
      'She is very [[hard to work with]] and walks out of meetings.',
      'J is [[a right handful]] since the move to the new home.',
      'Family support worker: the daughter is [[beyond help]]',
    ],
    correct: [
      'The application was made on the ground that the child is beyond parental control under section 31.',
      'Avoid labels such as "out of control" in referrals.',
      'Jade shouted at her mother after the men texted her.',
      'The risk is difficult to manage while the men know where she lives.',
      'It is difficult to place children with complex needs near home.',
      'Kai has been missing a handful of times since June.',
    ],
  },
} satisfies RuleSpec
