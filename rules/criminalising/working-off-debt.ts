import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'working-off-debt',
  category: 'criminalising',
  severity: 'warning',
  target: 'action',
  // What perpetrators do: an adult subject is not the child.
  guards: {adults: true},
  phrases: [
    // Debt bondage told as a fair job: "has to work it off", "grafting off the debt",
    // "working to pay back what he lost".
    '{work}|{graft}|{hustle} it|that|this off',
    '{work}|{graft}|{hustle} off the|$poss|that|a debt|money|loss|balance|bill|drugs',
    '{work}|{graft}|{hustle} the|$poss|that|a debt|money|loss|balance|bill off',
    '{work}|{graft}|{hustle} to pay off|back the|$poss|that|a debt|money|loss|balance|bill',
    '{work}|{graft} to pay it|that|this back|off',
    '{work}|{graft} for the|$poss|that debt',
    '{work}|{graft}|{hustle} off what|whatever $subj {owe}',
    // The smuggling fee as the child's own bill: "working the farm to pay off his fare".
    'to pay off|back $poss fare|fares|passage|crossing|journey|travel|transport|smuggling-fee|smuggling-fees',
  ],
  unless: [
    'crime-made-to-work',
    {
      precededBy: [
        'compelled|tricked to',
        '{groom}|{coerce}|{pressure}|{force}|{exploit}|{trick}|{threaten} $obj? into',
      ],
      within: 3,
    },
    // Ordinary debts: "working off her student loan".
    {followedBy: ['student|loan|loans|overdraft|mortgage|fine|fines'], within: 2},
  ],
  message: '`{actual}` presents debt bondage as a debt the child works off like a job',
  suggestions: [
    '[adult] imposed a debt of [amount] on [child] and made them [task] to repay it',
    'is being held in debt bondage by [adult]',
  ],
  note: 'Exploiters create debts (staged robberies, seized drugs, "gifts") to keep a child working for them; this is debt bondage, a recognised form of control. Name who imposed the debt, how it arose and what the child is made to do.',
  sources: ['PACE-DEBT', 'CARDIFF-TERMS', 'CCE-DEF'],
  examples: {
    incorrect: [
      {
        text: 'Josh lost the parcel in Crewe and now has to [[work it off]] for the olders.',
        suggestions: [
          '[adult] imposed a debt of [amount] on [child] and made them [task] to repay it',
          'is being held in debt bondage by [adult]',
        ],
      },
      'Kai (15) is [[grafting off the debt]] in Hastings most weekends.',
      'She [[worked the money off]] at the flat over Easter.',
      'Since March he has been [[working to pay back the money]] the olders lost.',
      'Debt: £600 – YP [[working it off]]',
      'He lost the bag and now [[grafts to pay it back]] to the same men.',
      'Kyle (15) is [[working for the debt]] at the flat in Dover.',
      'She is [[grafting off what she owes]] the men at the hotel.',
      'Minh (16) was working the farm [[to pay off his fare]].',
    ],
    correct: [
      'His mum saved for months to pay off her travel costs.',
      'He owes money to the group and has been told he must work it off.',
      'The elders told him he owed £800 and he was made to work it off by carrying.',
      'Kai was forced to work off a debt that Dre, 26, invented after a staged robbery.',
      'Mum is working off her overdraft with a second job.',
      'He is not working off any debt; the adults keep adding to it.',
    ],
  },
} satisfies RuleSpec
