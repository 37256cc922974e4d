import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'dangerous',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    'she|he {be}|{seem}|{look} very|quite|extremely|really|so? dangerous',
    'a|the dangerous young? boy|girl|lad|child|person|individual|teenager|youth|kid',
    'a danger to staff|residents|pupils|carers|teachers|workers',
    // A danger the child is said to be: "he is a danger to the public".
    '$subj @be a|an @jv-degree? serious|real|significant? danger|threat|menace to the-public|society|the-community',
    'a danger to other residents|pupils',
    'dangerous to|towards @adult-others',
    'she|he|@jv-child-noun @be|@seem @jv-degree? @jv-degree? dangerous',
    'a danger to @adult-others',
  ],
  unless: [
    {
      followedBy: [
        'for|place|places|area|areas|situation|situations|time|times|road|roads|drugs|game|work|to-be|to-go|to-travel|to-return|to-leave|to-stay|to-walk|to-drive|to-use',
      ],
    },
    'jv-thing-subject',
    'jv-reported-framing',
    'jv-other-subject',
  ],
  guards: {age: true},
  message: '`{actual}` is an adultifying trait label rather than a description of what happened',
  suggestions: ['[describe the specific incident, date and context]'],
  note: 'Labels such as "dangerous" are applied disproportionately to Black children and erode their perceived vulnerability. Describe the specific incident and its context, and the risk the child faces.',
  sources: ['OXON', 'DAVIS', 'HMICFRS-ADULT'],
  examples: {
    incorrect: [
      'Carries a knife and [[he is a danger to the public]]; he is 15.',
      'Staff describe Jay (15) as [[a danger to other residents]] in the home.',
      {
        text: 'Kyle, 15, is known to carry a knife and [[he is dangerous]].',
        suggestions: ['[describe the specific incident, date and context]'],
      },
      'Staff feel [[she is very dangerous]] when she returns from missing.',
      'Jay is [[a dangerous young person]] in the view of the home.',
      'Tomasz (14) is seen as [[a danger to staff]] at the unit.',
      'Kyle is now regarded as [[a danger to teachers]] at the school.',
      'Obs: aggressive and [[dangerous to staff]] (YP 13)',
      'Kyle’s carers think the [[yp is dangerous]] when he has been with the older boys.',
      'Jay is considered [[a danger to younger children]] in the home.',
      'She is now seen as [[dangerous towards other residents]].',
    ],
    correct: [
      'Deano, 27, is a danger to the public.',
      'Jay was treated as a danger to other residents in the home.',
      'The address in Hull is dangerous and Kyle was held there for a week.',
      'Deano, 29, is a dangerous man who controls the line.',
      'Jade is not dangerous; she is frightened and has been hurt.',
      'Avoid labels such as "dangerous" when recording a child\'s behaviour.',
      'It is dangerous for her to go back to Hull.',
      'The area is dangerous at night and Jade was found there alone.',
      'County lines is dangerous and violent.',
    ],
  },
} satisfies RuleSpec
