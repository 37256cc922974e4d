import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'intimidating',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    'intimidating|imposing|threatening|menacing physical? presence',
    'physically imposing|intimidating|threatening|big',
    'she|he {be}|{seem}|{look}|{appear} very|quite|really|so? intimidating|imposing|menacing',
    'she|he {come} across as intimidating|imposing|threatening|menacing',
    '@be|@adult-seem @jv-degree? @jv-degree? @adult-threat-adj',
    '@adult-size and|or? @jv-degree? @adult-threat-adj',
    'a|an @jv-degree? imposing|menacing|frightening|scary|intimidatory|hulking @jv-child-noun',
    // Named as a threat in a description: "staff describe Reece (13) as menacing".
    'as @jv-degree? @adult-threat-adj',
    // Those around the child find them a threat: "staff find him intimidating", "teachers found Reece menacing".
    '@jv-perceiver {find}|{consider} $obj|_ @jv-degree? @jv-degree? @adult-threat-adj|dangerous',
  ],
  unless: [
    {
      followedBy: [
        '$obj|$poss|me|us|the|a|an|staff|people|others|someone|anyone|everyone|residents|pupils|carers|officers|police|teachers|workers|other|younger|witnesses|girls|boys|children|kids',
      ],
    },
    'jv-thing-subject',
    // A comparison, or the adults so described: "as intimidating as ever", "found the men as menacing".
    {followedBy: ['as|than']},
    {precededBy: ['men|adults|males|olders|elders|them|man|adult|male'], within: 1},
    'jv-reported-framing',
    'jv-other-subject',
  ],
  guards: {age: true},
  message: '`{actual}` attributes an adult threat to the child instead of describing what happened',
  suggestions: ['[describe the specific incident, date and context]'],
  note: 'Words such as "intimidating" and "imposing" adultify children, and Black boys in particular. Describe what the child did, when and in what context, and the risk they face.',
  sources: ['OXON', 'DAVIS', 'HMICFRS-ADULT'],
  examples: {
    incorrect: [
      'Staff describe Reece (13) [[as menacing]].',
      'Kai (15) is [[a hulking lad]] and the carers are wary of him.',
      'Neighbours see him [[as intimidating]] because of his height; he is 13.',
      {
        text: 'Kyle (15) has an [[intimidating presence]] on the unit.',
        suggestions: ['[describe the specific incident, date and context]'],
      },
      'Jay is [[physically imposing]] and officers used handcuffs.',
      'Staff reported that [[he is very intimidating]] when asked about the debt.',
      'When spoken to at school she [[comes across as intimidating]] to younger pupils.',
      'Aaron is six foot tall and [[physically big]] for 14.',
      'Zain is 17, [[six foot and intimidating]].',
      '[[He comes across as intimidating]] and much older than 16.',
      'Kyle is [[an imposing 15-year-old]] and staff are wary of him.',
      'Rhys (14) is [[big and menacing]] when he is with the olders.',
      'Night log: [[staff find him intimidating]] when he comes back late.',
      '[[Teachers found Kai dangerous]] after the fight in Year 9.',
    ],
    correct: [
      'The men were described as menacing by neighbours.',
      'Jade (14) found the men as intimidating as ever.',
      "The men at the flat were intimidating and threatened Kyle's mother.",
      'Jay said the older males were intimidating him over the debt.',
      'Avoid phrases such as "intimidating presence" about a child.',
      'The men were intimidating her over the debt.',
      'The flat was dark and intimidating.',
      'A case review noted that Black boys were described as ‘intimidating’ far more often than white peers.',
    ],
  },
} satisfies RuleSpec
