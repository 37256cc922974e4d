/** Guard `age`: age-aware rules skip people who were 18 or over at the time. */
import type {Target} from '../../types.js'
import {ageAfter, ageBefore} from '../age.js'
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
    age = ageBefore(tokens, match.first) ?? ageAfter(tokens, match.last)
  }
  if (age === undefined) {
    const head = headOf(context, match.first, target !== 'action')
    if (head !== undefined) age = ageAfter(tokens, head) ?? ageBefore(tokens, head)
  }
  age ??= context.primaryAge()
  // Unknown age: a child, unless the narrative is about an adult victim.
  return age === undefined ? adultPreset : age >= 18
}
