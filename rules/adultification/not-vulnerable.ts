import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'not-vulnerable',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    'not vulnerable',
    "isn't|wasn't vulnerable",
    'not particularly|that|very|especially|overly vulnerable',
    'not a vulnerable child|girl|boy|teenager',
    'not a vulnerable young person',
    'not {present}|{appear}|{seem}|{come} as|across? vulnerable',
    'less vulnerable than other|most children|girls|boys',
  ],
  unless: [{precededBy: ['may|might|can|could|often|sometimes|will'], within: 1}],
  message: '`{actual}` denies the vulnerability that every exploited child has',
  suggestions: ['may present as coping; this does not reduce the risk from [adult]'],
  note: 'Every child being exploited is vulnerable, whatever they present. Record how the child presents and why the risk from the adults remains.',
  sources: ['OXON', 'DAVIS', 'HMICFRS-ADULT'],
  examples: {
    incorrect: [
      {
        text: 'Kyle is [[not vulnerable]] as he chooses to go to Exeter.',
        suggestions: ['may present as coping; this does not reduce the risk from [adult]'],
      },
      'The hotel manager thought Mia was [[not a vulnerable young person]].',
      "Jade [[isn't vulnerable]] in the view of the duty sergeant.",
      'Amira is [[not particularly vulnerable]] compared with the other girls.',
      'Tomasz is [[not a vulnerable child]] according to the housing officer.',
      "Mia was [[not a vulnerable young person]] in the manager's view.",
      'Mia does [[not present as vulnerable]] and was laughing with the men.',
      'Jay is [[less vulnerable than other children]] because he is streetwise.',
    ],
    correct: [
      'Jade is vulnerable because adults have targeted her.',
      'The assessment found Kyle to be highly vulnerable to further exploitation.',
      'Avoid writing that a child is "not vulnerable".',
    ],
  },
} satisfies RuleSpec
