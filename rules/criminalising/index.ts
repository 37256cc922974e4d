import type {RuleSpec} from '../../src/types.js'
import boss from './boss.js'
import committingOffences from './committing-offences.js'
import customers from './customers.js'
import earnings from './earnings.js'
import gangAssociation from './gang-association.js'
import knownToPolice from './known-to-police.js'
import lentAccount from './lent-account.js'
import profitMotive from './profit-motive.js'
import recruited from './recruited.js'
import recruitingOthers from './recruiting-others.js'
import runningALine from './running-a-line.js'
import sellingDrugs from './selling-drugs.js'
import sellingSex from './selling-sex.js'
import workingFor from './working-for.js'

export default [
  boss,
  committingOffences,
  customers,
  earnings,
  gangAssociation,
  knownToPolice,
  lentAccount,
  profitMotive,
  recruited,
  recruitingOthers,
  runningALine,
  sellingDrugs,
  sellingSex,
  workingFor,
] as const satisfies readonly RuleSpec[]
