import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'recruited',
  category: 'criminalising',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{be}|got|gets|getting recruited into|to|by a|the? gang|gangs|county-lines|line|lines|ocg|network|crime|dealing|drug-dealing|drug-running|selling',
    '{be}|got|gets|getting recruited as a|an runner|dealer|mule|lookout|courier',
    '{be}|got|gets|getting recruited to|into sell|carry|move|deliver|hold|run|deal|store|transport|work|launder',
    '{be}|got|gets|getting recruited into a|an|the _ _? gang|gangs|network|group|line|crew|ocg|operation',
    '{be}|got|gets|getting recruited online|via|through',
    // When and where, with no one named: "was recruited at 13", "recruited outside the PRU".
    '{be}|got|gets|getting recruited at|aged|age @crime-child-age',
    '{be}|got|gets|getting recruited on|over snapchat|instagram|tiktok|facebook|whatsapp|discord|telegram|xbox|playstation|fortnite|social-media',
    '{be}|got|gets|getting recruited when|while|during|in|from|outside|near|at the|a|$poss? school|pru|college|park|estate|unit|placement|hostel|summer|holidays|lockdown|year|youth-club|care|home|shop|station',
  ],
  unless: [
    {followedBy: ['by'], within: 4},
    {
      followedBy: [
        'to|into|onto|for|by the|a|an|$poss? academy|squad|team|club|course|programme|scheme|project|apprenticeship|college|army|cadets|choir|band|trial|trials|study|panel|council|job',
      ],
      within: 2,
    },
    'crime-generic-subject',
  ],
  message: '`{actual}` borrows the language of employment for a child who was groomed and exploited',
  suggestions: ['was groomed and criminally exploited by [adult]', 'was targeted and exploited by [adult]'],
  note: 'Recruitment sounds like a job the child signed up to. Say who targeted the child, how they were groomed, and what they were made to do.',
  sources: ['NSPCC-CCE', 'CARDIFF-LANG', 'MSA-S1-2'],
  examples: {
    incorrect: [
      {
        text: 'Kyle, 14, [[was recruited into county lines]] in the summer of 2024.',
        suggestions: [
          'was groomed and criminally exploited by [adult]',
          'was targeted and exploited by [adult]',
        ],
      },
      'It is thought he [[got recruited into a gang]] while at the PRU.',
      'Jay [[was recruited as a runner]] after his exclusion from school.',
      'Ruby, 16, [[was recruited to move]] money through her account.',
      'Tariq [[was recruited into a Coventry drugs network]] in 2024.',
      'Mia [[was recruited online]] during lockdown.',
      'She has [[been recruited into selling]] on the estate, staff believe.',
      'He [[was recruited at 13]] and is now made to recruit younger boys.',
      'Kyle [[got recruited outside the PRU]] in Year 10.',
      'Jay [[was recruited during lockdown]], his mum thinks.',
      'Kai [[got recruited on Snapchat]] in Year 8.',
    ],
    correct: [
      'An adult, Deano, 24, recruited Kyle through Snapchat and sent him to Swindon.',
      'Kyle was recruited into county lines by a 24-year-old man he met at the park.',
      'Trafficking includes the recruitment, transportation, transfer, harbouring or receipt of a child.',
      'The form asks where they were recruited and who arranged the journey.',
      'Kyle was not recruited into a gang; adults groomed and exploited him.',
      'Kyle was recruited at 13 by a 24-year-old who met him at the park.',
      'The coach said Kyle was recruited at 14 to the academy squad.',
    ],
  },
} satisfies RuleSpec
