import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'temper',
  category: 'judgemental',
  severity: 'warning',
  target: 'label',
  phrases: [
    '@judge-temper',
    // A temper owned as a trait, with any degree word: "has a very short temper", "has a temper on her".
    '{have} a|an? @jv-degree? @judge-temper-adj? temper',
    'a|an? @jv-degree @judge-temper-adj temper',
    '{have} a @jv-degree? short fuse',
    '{have} anger|temper management? issues|problems',
    // A temper joined to another trait is one judgement: "is volatile and has a short fuse".
    '@jv-degree? @judge-list-adj and {have} a|an? @jv-degree? @judge-temper-adj? temper|fuse',
  ],
  unless: [
    // The owner is named just before: "has a violent temper" is read whole, with its subject.
    {precededBy: ['{have}|got|with', '{have}|got|with a|an'], within: 1},
    'jv-thing-subject',
    'jv-other-subject',
    'jv-reported-framing',
    'jv-mistaken-for',
    'young-people-in-general',
  ],
  guards: {adults: true},
  message:
    '`{actual}` names the child’s anger as a trait instead of describing what happened and what drove it',
  suggestions: ['[specific behaviour] on [date], after [trigger]', 'became distressed when [trigger]'],
  note: 'Anger in an exploited child is often a response to fear, trauma or control by adults. A temper named as a trait hides the cause; describe the incident, the trigger and what may lie behind it.',
  sources: ['DURHAM', 'OXON', 'CWCT'],
  examples: {
    incorrect: [
      {
        text: 'Kai (14) [[has a temper]] on him and the staff keep their distance.',
        suggestions: ['[specific behaviour] on [date], after [trigger]', 'became distressed when [trigger]'],
      },
      'Jade [[has anger issues]] and refuses to sit down with the worker.',
      'Mia is [[quick to lose her temper]] with carers.',
      'Presentation: [[explosive temper]], smashes things in her room',
      '- [[short-tempered]] with staff, won’t discuss the men',
      'Teacher: Kyle [[has a very short fuse]] in lessons.',
      'Since the summer Leah [[loses her temper easily]] at home.',
      'Concerns: [[anger management problems]], missing overnight',
      "He's [[hot-headed]] and flies off at the other lads.",
      'YP (15) [[has a real temper]] when told no.',
      'Obs: [[a very nasty temper]] when staff mention the men',
      'Kai (15) is [[very volatile and has a short fuse]] with the night staff.',
      'Reason for move: [[violent outbursts]] at previous placement',
    ],
    correct: [
      'Deano, 31, has a violent temper and threatened her mother.',
      'Her stepfather has anger issues and a history of domestic abuse.',
      'The driver lost his temper and hit her.',
      'Avoid labels such as "anger issues" for a child; describe the incident.',
      'Kai shouted at staff on 4 May after he was told the men had been arrested.',
      'Jade did not lose her temper once during the interview.',
      'The man (40) is quick to lose his temper with her.',
    ],
  },
} satisfies RuleSpec
