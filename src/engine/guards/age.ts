/** Guard `age`: age-aware rules skip people who were 18 or over at the time. */
import type {Target} from '../../types.js'
import {ageAfter, ageBefore, statedAge} from '../age.js'
import type {Context} from '../context.js'
import type {Match} from '../phrase-index.js'
import {headOf} from '../people.js'

/**
 * Age-aware rules: whether the person the match is about was 18 or over at
 * the time. An explicit age next to the phrase or its subject decides;
 * otherwise the narrative's main person's age; unknown counts as a child.
 */
export function isAdultAtTheTime(
  context: Context,
  match: Match,
  target: Target,
  adultPreset = false,
): boolean {
  const {tokens} = context
  let age: number | undefined
  if (target === 'label' || target === 'relationship') {
    age =
      ageBefore(tokens, match.first) ?? ageAfter(tokens, match.last) ?? appositiveAge(context, match.first)
  }
  if (age === undefined) {
    const head = headOf(context, match.first, target !== 'action')
    if (head !== undefined) age = ageAfter(tokens, head) ?? ageBefore(tokens, head)
  }
  age ??= context.primaryAge()
  // Unknown age: a child, unless the narrative is about an adult victim.
  return age === undefined ? adultPreset : age >= 18
}

/**
 * An age given just before a label in apposition: "Tasha, 19, a young
 * woman", "A is 18 now, a young woman doing well".
 */
function appositiveAge(context: Context, first: number): number | undefined {
  const {tokens} = context
  let i = first - 1
  while (i >= 0 && /^(a|an|the)$/.test(tokens[i]?.norm ?? '') && context.sameClause(i, first)) i--
  if (i < 0 || !/,/.test(tokens[i + 1]?.gapChars ?? '') || !context.sameSentence(i, first)) return undefined
  // "Tasha, 19, a young woman": the number is the name's age.
  const token = tokens[i]
  if (token && /^\d{1,2}$/.test(token.norm) && ageAfter(tokens, i - 1) === Number(token.norm))
    return Number(token.norm)
  // "A is 18 now, a young woman": a stated age ending the clause before.
  for (let k = i; k >= Math.max(0, i - 3); k--) {
    const stated = statedAge(tokens, k)
    if (stated !== undefined) return stated
  }
  return undefined
}
