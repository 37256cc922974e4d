import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'not-vulnerable',
  category: 'adultification',
  severity: 'warning',
  target: 'label',
  phrases: [
    'not vulnerable',
    'not particularly|that|very|especially|overly vulnerable',
    'not a vulnerable child|girl|boy|teenager',
    'not a vulnerable young person',
    'not {present}|{appear}|{seem}|{come} as|across? vulnerable',
    'less vulnerable than other|most children|girls|boys',
    'not {consider}|{deem}|{assess}|{judge}|{think}|{regard}|{class}|{classify}|{believe} vulnerable',
    'not {consider}|{deem}|{assess}|{judge}|{think}|{believe} to be vulnerable',
    'not {regard}|{assess}|{class}|{classify}|{identify}|{see}|{view}|{perceive} as vulnerable',
    'not a vulnerable young? man|woman|lad|adult|individual|person|kid',
    // Protection said to be unneeded: "doesn't need looking after", "does not need protecting".
    '{do} not @jv-degree? need|require looking-after|protecting|protection|safeguarding|babysitting|rescuing|saving|mollycoddling|wrapping-in-cotton-wool',
    "don't|doesn't|didn't @jv-degree? need|require looking-after|protecting|protection|safeguarding|babysitting|rescuing|saving|mollycoddling|wrapping-in-cotton-wool",
  ],
  unless: [
    {precededBy: ['may|might|can|could|often|sometimes|will'], within: 1},
    // Protection from someone else: "does not need protecting from her family".
    {followedBy: ['from $poss'], within: 1},
  ],
  message: '`{actual}` denies the vulnerability that every exploited child has',
  suggestions: ['may present as coping; this does not reduce the risk from [adult]'],
  note: 'Every child being exploited is vulnerable, whatever they present. Record how the child presents and why the risk from the adults remains.',
  sources: ['OXON', 'DAVIS', 'HMICFRS-ADULT'],
  examples: {
    incorrect: [
      "Ravi (16) is a capable lad who [[doesn't need looking after]].",
      'Kai (15) [[does not need protecting]] from the olders, his uncle says.',
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
      'Kai (15) was [[not considered vulnerable]] because he had money and a phone.',
      'Leah is [[not deemed to be vulnerable]] by the duty team.',
      'Tyler was [[not assessed as vulnerable]] at the first strategy meeting.',
      'Leah (15) was [[not seen as vulnerable]] at the hotel.',
      'Kai is [[not a vulnerable young man]], the duty officer concluded.',
      'Zara was [[not vulnerable]] enough for a placement in the view of the housing team.',
    ],
    correct: [
      'Jade does not need protecting from her own family; the risk is from Deano.',
      'Jade is vulnerable because adults have targeted her.',
      'The assessment found Kyle to be highly vulnerable to further exploitation.',
      'Avoid writing that a child is "not vulnerable".',
    ],
  },
} satisfies RuleSpec
