import type {RuleSpec} from '../../src/types.js'
import wentWillingly from './went-willingly.js'

export default [wentWillingly] as const satisfies readonly RuleSpec[]
