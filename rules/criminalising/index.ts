import type {RuleSpec} from '../../src/types.js'
import boss from './boss.js'
import bossOfYoungerChildren from './boss-of-younger-children.js'
import committingOffences from './committing-offences.js'
import criminalMindset from './criminal-mindset.js'
import customers from './customers.js'
import earnings from './earnings.js'
import gangAssociation from './gang-association.js'
import gangPromotion from './gang-promotion.js'
import knownToPolice from './known-to-police.js'
import lentAccount from './lent-account.js'
import noRemorse from './no-remorse.js'
import offenceInList from './offence-in-list.js'
import profitMotive from './profit-motive.js'
import recruited from './recruited.js'
import recruitingOthers from './recruiting-others.js'
import runningALine from './running-a-line.js'
import sellingDrugs from './selling-drugs.js'
import sellingSex from './selling-sex.js'
import workingFor from './working-for.js'
import workingOffDebt from './working-off-debt.js'

export default [
  boss,
  bossOfYoungerChildren,
  committingOffences,
  criminalMindset,
  customers,
  earnings,
  gangAssociation,
  gangPromotion,
  knownToPolice,
  lentAccount,
  noRemorse,
  offenceInList,
  profitMotive,
  recruited,
  recruitingOthers,
  runningALine,
  sellingDrugs,
  sellingSex,
  workingFor,
  workingOffDebt,
] as const satisfies readonly RuleSpec[]
