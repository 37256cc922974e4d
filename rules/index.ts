/**
 * Every bundled rule, composed from the category folders (alphabetical).
 * A test fails when a rule file is missing from its folder's index.
 */
import type {RuleSpec} from '../src/types.js'
import adultification from './adultification/index.js'
import consent from './consent/index.js'
import label from './label/index.js'

export {sources, type Source, type SourceKey} from './sources.js'

/** Every bundled rule. */
export const rules: readonly RuleSpec[] = Object.freeze([...adultification, ...consent, ...label])
