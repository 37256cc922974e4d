/**
 * A cap on how complex one phrase pattern may be. Matching is linear in the
 * text for any pattern (see `phrase-index.ts`), but its cost per word grows
 * with the pattern: these caps keep a config, a pack or a request from
 * making every word expensive. The bundled rules stay well inside them.
 */
import {parsePattern, PatternError, type Slot} from './pattern.js'

/** The caps (exported for tests and the README). */
export const complexityLimits = Object.freeze({
  /** Longest pattern, in characters. */
  length: 2000,
  /** Most slots (words or word groups) in one pattern. */
  slots: 24,
  /** Most optional slots (`word?`) in one pattern. */
  optional: 8,
  /** Most wildcards (`_`) in one pattern. */
  wildcards: 6,
  /** Most alternatives in one slot (after inflections are expanded). */
  alternatives: 400,
  /** Most words in one alternative of a slot. */
  words: 12,
})

/**
 * Check a pattern against the caps.
 *
 * @throws {PatternError} Naming the cap that is exceeded and what to do.
 */
export function checkComplexity(pattern: string, slots: readonly Slot[] = parsePattern(pattern)): void {
  const limits = complexityLimits
  const fail = (problem: string): never => {
    throw new PatternError(shorten(pattern), `${problem}; split it into simpler phrases`)
  }
  if (pattern.length > limits.length) fail(`it is longer than ${String(limits.length)} characters`)
  if (slots.filter((slot) => slot.optional).length > limits.optional) {
    fail(`it has more than ${String(limits.optional)} optional words (\`word?\`)`)
  }
  if (slots.length > limits.slots) fail(`it has more than ${String(limits.slots)} words`)
  let wildcards = 0
  for (const slot of slots) {
    if (slot.words.length > limits.alternatives) {
      fail(`a word has more than ${String(limits.alternatives)} alternatives`)
    }
    for (const words of slot.words) {
      if (words.length > limits.words) fail(`an alternative has more than ${String(limits.words)} words`)
      if (words.includes('_')) wildcards++
    }
  }
  if (wildcards > limits.wildcards) fail(`it has more than ${String(limits.wildcards)} wildcards (\`_\`)`)
}

/** A pattern as shown in an error: at most 60 characters. */
function shorten(pattern: string): string {
  return pattern.length > 60 ? `${pattern.slice(0, 57)}...` : pattern
}
