import type {RuleSpec} from '../../src/types.js'

export default {
  id: 'drug-debt',
  category: 'responsibility',
  severity: 'warning',
  target: 'action',
  phrases: [
    '{run}|{rack}|{build} up a|an|the? drug? debt|debts',
    '{get} $self into debt|debts',
    '{get}|{fall}|{go} into debt with',
    'drug? debt|debts $subj|they {run}|{rack}|{build} up',
    '{owe} _? because $subj lost',
    '{owe} money because $subj lost',
    '{owe} a|the drug? debt|debts because $subj lost',
  ],
  unless: ['young-people-in-general'],
  message: '`{actual}` presents the debt as the child’s doing rather than something the exploiters imposed',
  suggestions: [
    'had a debt imposed on them by [adult] after [robbery / seizure / “gifts”]',
    'is held in debt bondage by [adult]',
  ],
  note: 'Exploiters often engineer debts through staged robberies, police seizures or “free” drugs to control a child. Say who imposed the debt and how.',
  sources: ['PACE-DEBT', 'CARDIFF-TERMS'],
  examples: {
    incorrect: [
      {
        text: 'Kyle [[ran up a drug debt]] with the elders in Hull.',
        suggestions: [
          'had a debt imposed on them by [adult] after [robbery / seizure / “gifts”]',
          'is held in debt bondage by [adult]',
        ],
      },
      'Jade has [[got herself into debt]] with the men at the flat.',
      'Kyle now has to repay a [[drug debt he ran up]] when the flat was robbed.',
      'He [[got into debt with]] a dealer in Slough.',
      'Tomasz [[owes them because he lost]] the package.',
      'Amira [[owes money because she lost]] the drugs.',
      'Kyle [[owes a drug debt because he lost]] a package.',
    ],
    correct: [
      'Kyle owes a debt to Deano, who says the drugs were stolen.',
      'The men imposed a debt on Jade after a staged robbery.',
      'Avoid phrases such as "ran up a drug debt" in referrals.',
    ],
  },
} satisfies RuleSpec
