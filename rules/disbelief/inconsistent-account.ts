import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'inconsistent-account',
  category: 'disbelief',
  severity: 'warning',
  target: 'term',
  phrases: [
    '{be} inconsistent in|during interview(s)',
    'inconsistent account(s)|story|stories|version(s)|statement(s)|evidence|information|narrative|answers|responses|explanation(s)',
    'conflicting|contradictory account(s)|stories|version(s)|statement(s)|explanations|answers',
    '$poss account(s)|story|stories|statement(s) {have}? {be} contradictory|conflicting|inconsistent',
    '$poss account(s)|story|statement(s)|explanation(s) {have}? {be} inconsistent',
    '{be} inconsistent in $poss account(s)|story|statement(s)|answers',
    'inconsistencies in $poss account(s)|story|statement(s)|evidence',
    'account(s)|story|statement(s)|version(s) {have}? {be} inconsistent|contradictory|conflicting',
    'inconsistent about|regarding',
    'inconsistencies in the|this account(s)|story|statement(s)',
    '@doubt-account of _ _? {have}? {be} @jv-degree? inconsistent|contradictory',
  ],
  unless: [
    {precededBy: ['may|might|can|could|often|sometimes give|provide|have'], within: 2},
    {followedBy: ['because of', 'due|owing to', 'as a result', 'which|this may|can|could']},
    'jv-other-owner',
    'doubt-adult-owner',
    // Inconsistent with a finding about someone else: "inconsistent with the injuries", "with a fall".
    {followedBy: ['with (the|her|his|a|an)? injuries|injury|fall|accident|explanation|explanations|medical']},
  ],
  message: '`{actual}` treats differences between accounts as a sign the child is not truthful',
  suggestions: [
    'details differ between accounts on [dates]; this can reflect fear or trauma',
    'gave further detail on [date]',
  ],
  note: 'Partial or changing accounts are common when children are groomed not to tell, frightened or traumatised. Record what differs and when, and possible reasons.',
  sources: ['NRM-FORM', 'SEFTON-CRED', 'SEFTON-MS'],
  examples: {
    incorrect: [
      'Ellis (15) [[was inconsistent in interview]] about who drove him.',
      {
        text: 'Jade gave an [[inconsistent account]] of where she slept.',
        suggestions: [
          'details differ between accounts on [dates]; this can reflect fear or trauma',
          'gave further detail on [date]',
        ],
      },
      '[[His story has been inconsistent]] across interviews.',
      '[[His account was inconsistent about]] who drove the car.',
      'Amira [[was inconsistent in her account]] of the journey.',
      'There are [[inconsistencies in her account]] of the hotel.',
      'Jade gave [[conflicting accounts]] of the night.',
      '[[Her accounts have been contradictory]] since May.',
      "Kyle's [[account was inconsistent about]] the money.",
      '[[His account was inconsistent]] with the evidence.',
      "Jade's [[version of the night is inconsistent]] with what the driver says.",
      'Jade has been [[inconsistent about]] who drove her to Leeds.',
      'Officers noted [[inconsistencies in the account]] of the hotel.',
    ],
    correct: [
      'The injuries are inconsistent with the explanation given by the carer.',
      'School attendance has been inconsistent since March.',
      'Jade gave further detail about where she slept on 3 May.',
      'Avoid phrases such as "inconsistent account" about a child.',
      'The force’s account of the stop was inconsistent with the bodycam footage.',
    ],
  },
} satisfies RuleSpec
