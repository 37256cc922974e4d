/** A rule's own `unless` conditions (phrases next to the match). */
import type {Context, PhraseSet} from '../context.js'
import type {Match} from '../phrase-index.js'
import {isDatePart} from '../age.js'
import {Gap} from '../tokens.js'
import {namesChildBySex} from '../people.js'

/**
 * Rule-specific `unless` conditions. A phrase before the match that ends on
 * a word naming the child by sex and age ("15yo IC3 male, known runner",
 * "the young man became aggressive") is not an adult subject, and a number
 * in a date ("14/01/24 – YP motivated by …") is not an adult's age,
 * whatever the condition's word list says.
 */
export function holdsCondition(
  context: Context,
  match: Match,
  condition: {readonly before?: PhraseSet; readonly after?: PhraseSet; readonly within: number},
): boolean {
  if (
    condition.before &&
    context.endsBefore(
      condition.before,
      match.first,
      condition.within,
      (last) => !namesChildBySex(context, last) && !isDatePart(context.tokens, last),
    )
  )
    return true
  if (
    condition.after &&
    context.startsAfter(condition.after, match.last, reachAfter(context, match, condition.within))
  )
    return true
  return false
}

/**
 * How far after the match a following phrase may start: up to `within`
 * words, but not past "and", "but" or "or" or a clause break ("making her
 * own decisions and the placement cannot hold her": the placement is no
 * object of the match).
 */
function reachAfter(context: Context, match: Match, within: number): number {
  const {tokens} = context
  for (let k = 2; k <= within; k++) {
    const p = match.last + k
    const previous = tokens[p - 1]
    if (!previous || !tokens[p]) break
    if (/^(and|but|or)$/.test(previous.norm) || (tokens[p]?.gap ?? 0) >= Gap.clause) return k - 1
  }
  return within
}
