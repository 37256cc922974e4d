import type {RuleSpec} from '../../src/types.js'

export default [] as const satisfies readonly RuleSpec[]
