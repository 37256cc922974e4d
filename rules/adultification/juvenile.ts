import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'juvenile',
  category: 'adultification',
  severity: 'warning',
  target: 'term',
  phrases: [
    'the|a|this juvenile',
    'juveniles',
    'juvenile delinquent(s)',
    'delinquent(s)',
    'juvenile delinquency',
    'the|a|this youth',
    'youths',
  ],
  unless: [
    {followedBy: ['is|means a|any person|someone|anyone', 'is|means defined'], within: 1},
    {
      followedBy: [
        "club|clubs|worker|workers|service|services|team|teams|centre|center|provision|zone|work|group|groups|panel|hub|project|projects|sector|council|parliament|league|organisation|organisations|offending|support|services|club's|charity|leader|leaders|officer|officers|intervention|programme|mentor|mentors|theatre|football|delinquent|delinquents|delinquency|account|accounts|payment|payments|loan|loans|court|courts|justice|detention|suite|custody|cell|cells|detainee|detainees|estate|secure|offender|offenders|offending|record|records|unit|institution|system|law|homelessness|housing|hostel|accommodation|employment|engagement|participation|outreach|diversion|inclusion|liaison|partnership|voice|forum|board|cafe|café|festival|camp|session|sessions|activities|activity|facility|facilities|provider|providers|worker's|workers'",
      ],
    },
    {precededBy: ['appropriate adult for', 'PACE|Code C']},
  ],
  message: '`{actual}` uses criminal-justice framing for the child',
  suggestions: ['the child', 'the 15-year-old'],
  note: '"Juvenile" and "delinquent" frame a child through criminal justice rather than welfare. Say "child" or use the name and age; legal titles are fine.',
  sources: ['LUX', 'TCS-YJLC'],
  examples: {
    incorrect: [
      {
        text: 'Officers detained [[the juvenile]] at Exeter St Davids station.',
        suggestions: ['the child', 'the 15-year-old'],
      },
      'Two [[juveniles]] were found at the address with drugs.',
      'Kyle is a [[juvenile delinquent]] according to the neighbour.',
      'The school described Jay as a [[delinquent]].',
      'Kyle has a history of [[juvenile delinquency]] since 2022.',
      'Officers detained [[the youth]] at the bus station.',
      'Three [[youths]] were seen leaving the flat with bags.',
    ],
    correct: [
      'Zane (16) agreed to a referral to the youth homelessness worker.',
      'Kyle appeared at the youth court in Exeter.',
      'The youth worker met Kyle at the youth club on Tuesday.',
      'The youth offending team will attend the strategy meeting.',
      'The Juvenile Justice Act was repealed long ago.',
      'An appropriate adult sat in on the interview in the juvenile suite.',
      'Avoid terms like "juvenile" for a child victim.',
    ],
  },
} satisfies RuleSpec
