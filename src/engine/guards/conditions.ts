/** A rule's own `unless` conditions (phrases next to the match). */
import type {Context, PhraseSet} from '../context.js'
import type {Match} from '../phrase-index.js'

/** Rule-specific `unless` conditions. */
export function holdsCondition(
  context: Context,
  match: Match,
  condition: {readonly before?: PhraseSet; readonly after?: PhraseSet; readonly within: number},
): boolean {
  if (condition.before && context.endsBefore(condition.before, match.first, condition.within)) return true
  if (condition.after && context.startsAfter(condition.after, match.last, condition.within)) return true
  return false
}
