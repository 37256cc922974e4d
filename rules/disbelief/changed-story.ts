import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'changed-story',
  category: 'disbelief',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{change} $poss story|account|version|tune',
    '$poss story|account|version {keep} changing',
    '{keep} changing $poss story|account|version',
    'story {keep} changing',
    '$poss story|account|version {change}',
    'story changes',
    '$poss|the @doubt-account {have} @jv-degree? changed|shifted|altered',
    '{tell}|{give} several|many|various|multiple|numerous? different|varying|changing|shifting versions|stories|accounts|explanations',
  ],
  unless: [{precededBy: ['because|if|when|where|although|though|as', 'even if|though'], within: 1}],
  message: '`{actual}` treats a changing account as a sign the child is not truthful',
  suggestions: [
    'gave further detail on [date]',
    'details differ between accounts on [dates]; this can reflect fear or trauma',
  ],
  note: 'Children often disclose in stages, and changes can reflect fear of the exploiters or trauma. Record when each detail was given and what differs.',
  sources: ['NRM-FORM', 'SEFTON-CRED', 'SEFTON-MS'],
  examples: {
    incorrect: [
      {
        text: 'Jade [[changed her story]] when she was asked about the car.',
        suggestions: [
          'gave further detail on [date]',
          'details differ between accounts on [dates]; this can reflect fear or trauma',
        ],
      },
      'Kyle [[keeps changing his story]] about the phone.',
      "Amira's [[story keeps changing]] about who she was with.",
      '[[His account keeps changing]] about the phone.',
      'The [[story changes]] every time she is asked about the car.',
      '[[Her account changed]] after she spoke to her mother.',
      'Tomasz has [[changed his tune]] since the arrest.',
      '[[Her account has changed]] each time she has been spoken to.',
      'Leah has [[told several different versions]] of what happened.',
    ],
    correct: [
      'Jade gave further detail about the car on 12 May.',
      'Avoid phrases such as "changed her story" in a referral.',
      'Kyle did not change his account across three interviews.',
    ],
  },
} satisfies RuleSpec
