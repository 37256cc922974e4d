import type {RuleSpec} from '../../src/types.js'
import agentlessPassive from './agentless-passive.js'
import vaguePeople from './vague-people.js'
import vagueTime from './vague-time.js'

export default [agentlessPassive, vaguePeople, vagueTime] as const satisfies readonly RuleSpec[]
