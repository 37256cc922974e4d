import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'works-the-system',
  category: 'adultification',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{know} how to work|play|use|manipulate the system',
    '{work}|{play}|{manipulate}|{game} the system',
    '{know} the system inside out',
    'system savvy',
    '{use}|{abuse}|{exploit}|{milk}|{know} the system',
    '{know} how to play|work|use|manipulate|get-round|get-around staff|professionals|the-police|carers|people|everyone',
  ],
  message: '`{actual}` casts the child as manipulating services rather than needing them',
  suggestions: ['has had contact with [services] since [date]'],
  note: 'Saying a child works the system treats familiarity with services as manipulation and erodes their vulnerability. Record the contact with services factually.',
  sources: ['DAVIS', 'HMICFRS-ADULT', 'OXON'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[knows how to work the system]] and turns up when it suits her.',
        suggestions: ['has had contact with [services] since [date]'],
      },
      'Staff feel Amira [[manipulates the system]].',
      'Kyle is [[playing the system]] by going missing before court.',
      'Amira [[manipulates the system]] to get a new placement, staff feel.',
      'Jay (15) [[knows the system inside out]] after years in care.',
      'She has become [[system savvy]] since her first missing episode.',
      'Locum SW: M (16) is manipulative and [[uses the system]] to get what she wants',
      'Kai [[knows how to play staff]] off against each other.',
      'Leah, 15, [[milks the system]] for all she can get.',
    ],
    correct: [
      'The social worker is working with the system of local partners.',
      'The exploiters know how to work the system and use children without records.',
      'Avoid phrases like "knows how to work the system" about a child.',
      'Staff use the system to record every missing episode.',
      'Kai does not know the system and needs an advocate.',
    ],
  },
} satisfies RuleSpec
