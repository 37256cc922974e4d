import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'involved-in-crime',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  guards: {adults: true},
  phrases: [
    'involved in|with gangs|crime|criminality|offending|drugs|ASB',
    // Other words of taking part (`@resp-involved`): "mixed up in crime", "entrenched in gang culture",
    // "embroiled in the drugs scene".
    '@resp-involved in|with gangs|crime|criminality|offending|drugs|ASB|dealing|gang-culture|gang-activity|criminal-activity|drug-activity|the-drugs-scene|the-drug-scene|the-drugs-world|the-gang|a-gang',
    'involved in|with a|the gang',
    'involved in|with gang|criminal|drug|drugs activity|activities|culture',
    'involved in|with drug dealing|supply',
    'involved in|with the supply|sale|selling|movement of',
    'involved in|with dealing|selling drugs',
    'involved in|with the drugs|drug trade|world|scene',
  ],
  unless: [
    'young-people-in-general',
    {
      followedBy: [
        'unit|units|team|teams|workers|work|services|prevention|diversion|intervention|disruption|policing',
      ],
      within: 1,
    },
    {followedBy: ['as-a-direct|as-a-result|because-of|due-to'], within: 1},
  ],
  message: '`{actual}` presents an exploited child as a willing participant in crime',
  suggestions: ['is being criminally exploited by [adult]', 'was made to [act] by [adult]'],
  note: 'Children drawn into gangs and drug supply are usually being criminally exploited. Say who made them do what, and where.',
  sources: ['TCS-YJLC', 'CARDIFF-LANG', 'CCE-DEF'],
  examples: {
    incorrect: [
      'Kai (15) is [[mixed up in crime]] in Luton.',
      'Tyler (15) got [[embroiled in dealing]] over the summer.',
      '- [[embroiled in the drugs scene]]',
      'The school feels that Kyle is [[involved in gangs]].',
      {
        text: 'Kyle is [[involved in gangs]] in the Luton area.',
        suggestions: ['is being criminally exploited by [adult]', 'was made to [act] by [adult]'],
      },
      'Jade got [[involved in drug dealing]] last year.',
      'Amira became [[involved with a gang]] after moving schools.',
      'Tomasz is [[involved in criminal activity]] in Slough.',
      'Reece was [[involved in selling drugs]] from the flat.',
      'There are concerns he is [[involved in the drugs trade]] in Hull.',
      'Kyle is [[involved in crime]] with older boys.',
      'Jade is [[involved in the supply of]] cocaine in Hull.',
    ],
    correct: [
      'Deano, 24, is entrenched in gang culture.',
      'Officers embroiled in the drugs scene were suspended.',
      'The officers involved in the drugs operation gave statements.',
      'The adults involved in crime at the address were arrested.',
      'Kyle is being criminally exploited by a gang in Luton.',
      'The child may be involved in criminal activity as a direct result of being exploited.',
      'Avoid phrases such as "involved in gangs" in referrals.',
    ],
  },
} satisfies RuleSpec
