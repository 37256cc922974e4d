import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'getting-into-cars',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{get}|{jump}|{hop}|{climb} into|in cars|vehicles|taxis',
    '{get}|{jump}|{hop}|{climb} into|in cars|vehicles|taxis with older? men|males|strangers',
    'goes|going|went|gone off with men|males|strangers|older-men|older-males|adults',
  ],
  unless: ['young-people-in-general', {followedBy: ['driven|driving|belonging|owned|registered'], within: 1}],
  message: '`{actual}` makes the child the actor and leaves the adult drivers out',
  suggestions: ['was picked up by [adult] in [vehicle]', 'was collected by [adult] at [place]'],
  note: 'Adults who pick children up in cars are the ones acting. Record who collected the child, the vehicle, when and where.',
  sources: ['LSCB-TBL', 'BCP'],
  examples: {
    incorrect: [
      {
        text: 'Jade is [[getting into cars]] outside the school most afternoons.',
        suggestions: ['was picked up by [adult] in [vehicle]', 'was collected by [adult] at [place]'],
      },
      'Kyle [[jumps into cars with older males]] at the park.',
      'Amira [[goes off with men]] she meets in town.',
    ],
    correct: [
      'Jade was seen getting into cars driven by unknown adults.',
      'Jade was picked up by two men in a grey Audi outside the school.',
      'Avoid phrases such as "getting into cars" in referrals.',
    ],
  },
} satisfies RuleSpec
