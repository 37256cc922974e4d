import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'wrong-crowd',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  guards: {adults: true},
  phrases: [
    '{mix}|{hang}|{get}|{go}|fell|fallen|falls|falling in|with|around|into|about|in-with the wrong crowd|people|company',
    'the wrong crowd',
    // Any bad crowd the child is said to have fallen in with: "fell in with a bad crowd", "got in with a rough lot".
    'fall|falls|fell|fallen|falling|{get}|{go}|{mix}|{hang} in|around|about? with a|the|that bad|rough|dodgy|unsavoury|unsavory|wrong|older crowd|lot|sort|sorts|bunch|set|company',
    // Peers named by their risk: "mixes with pro-criminal peers", "associates with negative peers".
    '{mix}|{associate}|{hang}|{knock} with|around|about|about-with|around-with pro-criminal|anti-social|antisocial|negative|criminal|risky|undesirable|unsuitable|older peers|peer-group|associates|influences|friends|company',
    '{associate}|{mix}|{hang} with|around troublemakers|trouble-makers|undesirables|bad-influences|unsavoury-characters|unsavory-characters',
    // Falling in with the exploiters themselves (`@choice-crowd`): "fell in with the olders", "got in
    // with that lot".
    'fall|falls|fell|fallen|falling|{get} in with @det|that|those|these? older? @choice-crowd',
  ],
  message: '`{actual}` treats exploiters as bad company the child picked',
  suggestions: ['has been targeted by [adult / group]', 'is being exploited by [adult / group]'],
  note: 'Groups that exploit children seek them out and groom them. Name the adults or group, their ages and what they have done.',
  sources: ['TCS-YJLC', 'CARDIFF-LANG'],
  examples: {
    incorrect: [
      'Kai (15) [[fell in with the olders]] in Luton.',
      'She has [[got in with that lot]] from the estate.',
      'He [[fell in with a bad crowd]] at 13, he is now 15.',
      'YP (14) has [[got in with a rough lot]] from the estate.',
      'Jade (14) [[mixes with pro-criminal peers]] on the estate.',
      '- [[associates with negative peers]]',
      {
        text: 'Hassan [[mixes with the wrong crowd]] in Bradford.',
        suggestions: ['has been targeted by [adult / group]', 'is being exploited by [adult / group]'],
      },
      'Jade has [[fallen in with the wrong crowd]] since the summer.',
      'Kyle is part of [[the wrong crowd]] at school.',
      'Concerns: [[associating with trouble-makers]] in the town centre',
      'Tia has been [[hanging around undesirables]] at the station.',
    ],
    correct: [
      'Deano, 24, fell in with the olders in Luton.',
      'She fell in with the plan her ISVA suggested.',
      'The man fell in with a bad crowd in his twenties, aged 40 now.',
      'The 24-year-old mixes with pro-criminal peers and recruits children.',
      'Staff said the man was associating with troublemakers from Leeds.',
      'Hassan has been targeted by a group of adult men in Bradford.',
      'Avoid phrases such as "the wrong crowd" in referrals.',
      'Kyle has been spending time at the youth club with his cousin.',
    ],
  },
} satisfies RuleSpec
