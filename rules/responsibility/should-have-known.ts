import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'should-have-known',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
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
  ],
  message: '`{actual}` expects the child to have foreseen or stopped the abuse',
  suggestions: ['was deceived and groomed by [adult]', 'was targeted by [adult]'],
  note: 'A child cannot be expected to see through grooming or stop an adult; the responsibility is the abuser’s. Say what the adult did to deceive or control the child.',
  sources: ['DURHAM', 'UKCIS', 'LM', 'SAFESOUND'],
  examples: {
    incorrect: [
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
      'The school should have reported the concern to the DSL.',
      'Avoid phrases such as "should have known" about a child.',
      'Jade was deceived and groomed by a 24-year-old man online.',
      'Jade (15) never had a chance to leave: Deano, 24, locked the door.',
    ],
  },
} satisfies RuleSpec
