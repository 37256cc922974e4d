import type {RuleSpec} from '../../src/types.js'
import prostitute from './prostitute.js'

export default [prostitute] as const satisfies readonly RuleSpec[]
