import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'deserved-it',
  category: 'responsibility',
  severity: 'error',
  target: 'action',
  phrases: [
    '{deserve} it|this',
    '{deserve} what happened',
    '{deserve} what|everything $subj got',
    '{deserve} to be hurt|punished|beaten|attacked|assaulted',
    'got what was coming to? $obj?',
    'had it coming',
    'got|gets what $subj deserved|deserves|deserve',
    '{deserve} what|everything|whatever $subj {get}|{have}',
    '{deserve} all $subj {get}',
    '{deserve} everything|whatever|all that? happens|happened|comes|came',
  ],
  message: '`{actual}` says the child deserved the harm done to them',
  suggestions: ['was harmed by [adult]', 'was assaulted by [adult]'],
  note: 'No child deserves abuse or violence; this wording blames the child outright. Remove it and state what the adult did.',
  sources: ['UKCIS', 'CASEY'],
  examples: {
    incorrect: [
      {
        text: 'Kyle [[deserved it]] after the stabbing, according to one carer.',
        suggestions: ['was harmed by [adult]', 'was assaulted by [adult]'],
      },
      'She [[deserved what happened]] at the flat, in the view of her uncle.',
      'He [[got what was coming to him]] over the debt.',
      'Staff said that she [[had it coming]], because of her behaviour.',
      'Jade [[deserves to be punished]] for the thefts.',
      'Kyle [[deserved what he got]] from the older boys.',
      'Jade [[got what she deserved]] at the party.',
      'Kane (15) is a nasty piece of work and [[deserves what he gets]].',
      'He [[deserved everything he got]] from the olders.',
      'She [[deserves all she gets]], one carer wrote.',
      'Tyler (15) [[deserves whatever happens]] to him now.',
    ],
    correct: [
      'Jade deserves support and protection from the men.',
      'No child deserves to be hurt.',
      'Avoid phrases such as "got what was coming" in referrals.',
      'He deserves support and protection from the service.',
    ],
    info: ['The men told Kyle he "[[deserved it]]" for losing the drugs.'],
  },
} satisfies RuleSpec
