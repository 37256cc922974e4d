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
    // One car and the men in it: "jumping into a car with three lads", "got in a van with older males".
    '{get}|{jump}|{hop}|{climb} into|in @det|that|those? car|cars|van|vans|vehicle|vehicles|taxi|taxis|motor with @det|two|three|four|five|several|some|various|different|unknown? @choice-men',
    '{get}|{jump}|{hop}|{climb} into|in @det|that|those? car|cars|van|vans|vehicle|vehicles|taxi|taxis|motor with @det|two|three|four|five|several|some|various|different|unknown? older? lads|blokes|guys|olders|elders',
    // Safety plans that put the onus on the child: "YP not to get into cars", "to stop getting in cars".
    'not|never to get|go|jump|climb into|in @det? car|cars|vehicles|taxis',
    '{stop}|{avoid} getting|going|jumping|climbing into|in @det? car|cars|vehicles|taxis',
  ],
  unless: ['young-people-in-general', {followedBy: ['driven|driving|belonging|owned|registered'], within: 1}],
  message: '`{actual}` makes the child the actor and leaves the adult drivers out',
  suggestions: ['was picked up by [adult] in [vehicle]', 'was collected by [adult] at [place]'],
  note: 'Adults who pick children up in cars are the ones acting. Record who collected the child, the vehicle, when and where.',
  sources: ['LSCB-TBL', 'BCP'],
  examples: {
    incorrect: [
      'Seen [[jumping into a car with three lads]] in their twenties outside the Spar.',
      'Kai (13) [[got in a van with the olders]] at 2am.',
      'Seren, 13, was seen [[jumping into a car with three lads]] outside the shop.',
      'Safety plan: YP [[not to get into cars]], keep phone on.',
      'Plan: Jade to [[stop getting into cars with unknown males]].',
      'Kyle (14) [[got in a van with older males]] on Friday.',
      {
        text: 'Jade is [[getting into cars]] outside the school most afternoons.',
        suggestions: ['was picked up by [adult] in [vehicle]', 'was collected by [adult] at [place]'],
      },
      'Kyle [[jumps into cars with older males]] at the park.',
      'Amira [[goes off with men]] she meets in town.',
    ],
    correct: [
      'Her brother got in a car with two blokes from work.',
      'The man, 30, jumped into a car with three lads to follow the van.',
      'Jade was pulled into a car by two men.',
      'Jade was seen getting into cars driven by unknown adults.',
      'Jade was picked up by two men in a grey Audi outside the school.',
      'Avoid phrases such as "getting into cars" in referrals.',
    ],
  },
} satisfies RuleSpec
