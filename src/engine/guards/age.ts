/** Guard `age`: age-aware rules skip people who were 18 or over at the time. */
import type {Target} from '../../types.js'
import {ageAfter, ageBefore, ageNounAt, shortAge, statedAge} from '../age.js'
import type {Context} from '../context.js'
import type {Match} from '../phrase-index.js'
import {decideByHead, isGovernedPerson, isLikelyName, isVerbLike} from '../people.js'
import * as lexicon from '../lexicon.js'
import {partnerAge} from './referent.js'

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
      ageBefore(tokens, match.first) ??
      ageAfter(tokens, match.last) ??
      appositiveAge(context, match.first) ??
      ageNounAfter(tokens, match.last) ??
      ageWithin(tokens, match.first, match.last)
  }
  if (age === undefined) {
    const byHead = decideByHead(context, match.first, target !== 'action', (head) =>
      headAge(context, head, adultPreset),
    )
    if (typeof byHead === 'boolean') return byHead
    age = byHead
  }
  // "Client: 19yo male, sexually active": a descriptor in a list after a
  // person given an age, with no verb between.
  // An adult age there counts only in a text that names no child ("YP",
  // "Kai (15)"): there the adult is as likely someone else.
  if (age === undefined && target !== 'action') {
    const listed = listHeadAge(context, match.first)
    const main = context.primaryAge()
    if (listed !== undefined && (listed < 18 || ((main === undefined || main >= 18) && !namesChild(context))))
      age = listed
  }
  if (age === undefined) {
    age = context.primaryAge()
    // "YP in a relationship w/ 'Dee' (22)", "Maya is in a relationship with
    // one man, aged 27": the only age the text gives is the partner's, not
    // the main person's.
    if (
      age !== undefined &&
      age === partnerAge(context, match.last) &&
      onlyAge(context, age) &&
      namesChild(context)
    )
      age = undefined
    // "YP has been sleeping with the owner of the car wash, who is 41": the
    // only ages are adults', but the text names a minor.
    if (age !== undefined && age >= 18 && context.tokens.some((token) => lexicon.minorNouns.has(token.norm)))
      age = undefined
  }
  // Unknown age: a child, unless the narrative is about an adult victim.
  return age === undefined ? adultPreset : age >= 18
}

/**
 * The age of the subject at `head`, or the guard's answer where joined
 * subjects decide it (true or false).
 */
function headAge(
  context: Context,
  head: number | undefined,
  adultPreset: boolean,
): number | boolean | undefined {
  if (head === undefined) return undefined
  const {tokens} = context
  const age = ageAfter(tokens, head) ?? ageBefore(tokens, head)
  // "Layla and Adam (26) have been together": a child among joined subjects decides.
  if (age !== undefined && age >= 18) {
    const other = firstConjunct(context, head)
    if (other !== undefined) {
      // Of unknown age, the first person is the child unless the narrative is about an adult.
      const otherAge = ageAfter(tokens, other) ?? ageBefore(tokens, other)
      if (otherAge === undefined) return adultPreset
      if (otherAge < 18) return false
    }
  }
  return age
}

/** Whether the text names the child by a child noun ("YP", "the girl", "CYP"). */
function namesChild(context: Context): boolean {
  return context.tokens.some((token) => lexicon.childNouns.has(token.norm))
}

/** Whether `age` is the only age the text states (next to a person or by a verb). */
function onlyAge(context: Context, age: number): boolean {
  const {tokens} = context
  for (let i = 0; i < tokens.length; i++) {
    const found = statedAge(tokens, i) ?? ageAfter(tokens, i)
    if (found !== undefined && found !== age) return false
  }
  return true
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

/**
 * For a subject joined to the one before it by "and" ("Layla and Adam (26)",
 * "Amelia, who is 14 …, and Gavin Ross, 33, have …"), the first person of
 * the sentence when it is a name or a child noun.
 */
function firstConjunct(context: Context, head: number): number | undefined {
  const {tokens} = context
  // Back over the second person's name and appositive ("Gavin Ross, a 33-year-old roofer,").
  let k = head - 1
  while (k > 0 && head - k < 10 && context.sameSentence(k, head) && tokens[k]?.norm !== 'and') {
    if (isVerbLike(tokens[k]?.norm ?? '') || lexicon.copulas.has(tokens[k]?.norm ?? '')) return undefined
    k--
  }
  if (tokens[k]?.norm !== 'and' || !context.sameSentence(k, head)) return undefined
  let first = k - 1
  while (first > 0 && context.sameSentence(first - 1, k)) first--
  const token = tokens[first]
  if (!token || first >= k) return undefined
  return isLikelyName(token) || lexicon.agedPersonNouns.has(token.norm) ? first : undefined
}

/**
 * The age of the person a list of descriptors follows in its clause ("19yo
 * male, sexually active", "Kai (15), streetwise"): the nearest person word
 * or name with an age, when no verb or copula stands between.
 */
function listHeadAge(context: Context, first: number): number | undefined {
  const {tokens} = context
  for (let k = first - 1; k >= Math.max(0, first - 8) && context.sameClause(k, first); k--) {
    const token = tokens[k]
    if (!token) return undefined
    const norm = token.norm
    if (lexicon.copulas.has(norm) || isVerbLike(norm) || lexicon.prepositions.has(norm)) return undefined
    const person =
      lexicon.adultNouns.has(norm) ||
      lexicon.agedPersonNouns.has(norm) ||
      lexicon.femaleNouns.has(norm) ||
      isLikelyName(token)
    if (!person) continue
    // "with Dean, 30, sexually active": the object of a preposition or verb is not the list's person.
    if (isGovernedPerson(context, k)) return undefined
    return ageAfter(tokens, k) ?? ageBefore(tokens, k, 3)
  }
  return undefined
}

/**
 * The age of an age noun right after a label, which the label modifies:
 * "a mature 26-year-old", "a streetwise 15yo".
 */
function ageNounAfter(tokens: Context['tokens'], last: number): number | undefined {
  return tokens[last + 1]?.gap === 0 ? ageNounAt(tokens, last + 1) : undefined
}

/** An age the match itself states: "a mature 26-year-old", "a streetwise 15yo". */
function ageWithin(tokens: Context['tokens'], first: number, last: number): number | undefined {
  for (let k = first; k <= last; k++) {
    const short = shortAge(tokens, k)
    if (short !== undefined) return short
    if (tokens[k]?.norm === 'old' && /^years?$/.test(tokens[k - 1]?.norm ?? '') && k - 2 >= first) {
      const value = tokens[k - 2]?.norm ?? ''
      if (/^\d{1,2}$/.test(value)) return Number(value)
    }
  }
  return undefined
}
