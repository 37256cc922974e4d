import type {RuleSpec} from '../../src/types.js'
import cannabisGardener from './cannabis-gardener.js'
import childProstitute from './child-prostitute.js'
import domesticServant from './domestic-servant.js'
import drugDealer from './drug-dealer.js'
import drugMule from './drug-mule.js'
import drugRunner from './drug-runner.js'
import gangMember from './gang-member.js'
import gangRole from './gang-role.js'
import illegalImmigrant from './illegal-immigrant.js'
import moneyMule from './money-mule.js'
import prostitute from './prostitute.js'
import prostitution from './prostitution.js'
import runaway from './runaway.js'
import sexWorker from './sex-worker.js'
import slave from './slave.js'
import suspect from './suspect.js'
import youngOffender from './young-offender.js'

export default [
  cannabisGardener,
  childProstitute,
  domesticServant,
  drugDealer,
  drugMule,
  drugRunner,
  gangMember,
  gangRole,
  illegalImmigrant,
  moneyMule,
  prostitute,
  prostitution,
  runaway,
  sexWorker,
  slave,
  suspect,
  youngOffender,
] as const satisfies readonly RuleSpec[]
