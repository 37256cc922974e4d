import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'should-have-known',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  guards: {adults: true},
  phrases: [
    'should|must have known|realised|realized',
    'ought to have known|realised|realized',
    'should have blocked|reported|deleted|ignored|refused|stopped|left|told',
    'should have said no',
    'should know better',
    // What a child "shouldn't have" done (`@choice-should-not`): "shouldn't have been on that app".
    '@choice-should-not',
    // Escape as an opportunity missed: "had ample opportunity to walk away".
    '{have} ample|every|plenty-of|many|several opportunity|opportunities|chance|chances to walk-away|leave|get-out|say-no|escape|tell-someone|ask-for-help',
    // Help not sought, as the child's failing: "failed to tell anyone", "neglected to report it",
    // "failed to ask for help".
    '{fail}|{neglect} to tell|inform|alert|warn anyone|anybody|someone|somebody|staff|us|police|her-carers|his-carers|her-mum|his-mum|her-parents|his-parents',
    '{fail}|{neglect} to report|disclose it|this|that|the-abuse|what-happened|the-assault|the-incident',
    '{fail}|{neglect} to (ask for help|seek help|get help|call for help|raise the alarm|speak up|come forward)',
  ],
  unless: ['professional-subject', 'choice-agency-subject', 'young-people-in-general'],
  message: '`{actual}` expects the child to have foreseen or stopped the abuse',
  suggestions: ['was deceived and groomed by [adult]', 'was targeted by [adult]'],
  note: 'A child cannot be expected to see through grooming or stop an adult; the responsibility is the abuser’s. Say what the adult did to deceive or control the child.',
  sources: ['DURHAM', 'UKCIS', 'LM', 'SAFESOUND'],
  examples: {
    incorrect: [
      'Jade (14) [[failed to tell anyone]] for six months.',
      'She [[failed to report it]] until May.',
      '- [[failed to ask for help]] at the hotel',
      'Kai [[neglected to tell staff]] where he was.',
      {
        text: 'Jade [[should have known]] he was not 17.',
        suggestions: ['was deceived and groomed by [adult]', 'was targeted by [adult]'],
      },
      'Kyle [[must have realised]] what was in the bag.',
      'Amira [[should have blocked]] him when he first messaged her.',
      'She [[should have said no]] to going in the car.',
      'At 15 he [[should know better]] than to go to Hull.',
      'Tomasz [[ought to have known]] they were adults.',
      'Well you [[shouldn’t have been on]] that app anyway!',
      'She [[should not be talking]] to these people.',
      'I am not convinced, because Aaron (15) [[had ample opportunity to walk away]].',
      'Tia (14) [[had every chance to leave]] the flat, the officer said.',
    ],
    correct: [
      'The school failed to report the concern to the LADO.',
      'Police failed to tell anyone at the home that Jade had been found.',
      'Deano, 24, failed to report to the probation office.',
      'The school should have reported the concern to the DSL.',
      'Avoid phrases such as "should have known" about a child.',
      'Jade was deceived and groomed by a 24-year-old man online.',
      'Jade (15) never had a chance to leave: Deano, 24, locked the door.',
    ],
  },
} satisfies RuleSpec
