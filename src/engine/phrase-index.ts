/**
 * The phrase index: every pattern, keyed by the words it can start with
 * (as nlcst-search indexes by first word), and the matcher that walks a
 * pattern's slots from a token.
 *
 * Patterns are kept as slots rather than expanded: a pattern such as
 * `$subj {say} $subj {be} fine|okay` stands for thousands of word
 * sequences, which as a trie cost tens of thousands of nodes to build. A
 * token that starts no pattern costs one map lookup, so the work grows with
 * the words, not with the number of rules.
 */
import {OWNER, WILDCARD, type Slot} from './pattern.js'
import {Gap, type Token} from './tokens.js'

/** A slot with its alternatives grouped by first word for O(1) lookup. */
interface IndexedSlot {
  readonly optional: boolean
  /** Alternatives by first word; the value lists the words after the first. */
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>
  /** Alternatives starting with `_`, as the words after it. */
  readonly wild: readonly (readonly string[])[]
}

interface Entry {
  readonly slots: readonly IndexedSlot[]
  readonly payload: number
  /**
   * Every possible first two words ("was keen"), when the phrase always has
   * two or more plain words: a cheap test before walking the slots, so the
   * many phrases that begin with a form of "be" cost little at each "was".
   */
  readonly pairs: ReadonlySet<string> | undefined
}

export interface PhraseIndex {
  /** Entries by a word they can start with. */
  readonly byFirst: Map<string, Entry[]>
  /** Longest phrase in words, for look-behind windows. */
  longest: number
}

export function createIndex(): PhraseIndex {
  return {byFirst: new Map(), longest: 0}
}

/** Add a parsed pattern; `payload` is returned when it matches. */
export function addPattern(index: PhraseIndex, slots: readonly Slot[], payload: number): void {
  const indexed = slots.map(indexSlot)
  const entry: Entry = {slots: indexed, payload, pairs: firstPairs(slots)}
  const starts = new Set<string>()
  // First words: of the first slot, and of the next while slots are optional.
  for (const slot of slots) {
    for (const words of slot.words) if (words[0] !== undefined) starts.add(words[0])
    if (!slot.optional) break
  }
  for (const word of starts) {
    const list = index.byFirst.get(word)
    if (list) list.push(entry)
    else index.byFirst.set(word, [entry])
  }
  const length = slots.reduce((sum, slot) => sum + Math.max(...slot.words.map((words) => words.length)), 0)
  index.longest = Math.max(index.longest, length)
}

/** The set of possible first-two-word pairs, or undefined where it cannot help. */
function firstPairs(slots: readonly Slot[]): ReadonlySet<string> | undefined {
  const pairs = new Set<string>()
  let ok = true
  const visit = (index: number, prefix: readonly string[]): void => {
    if (!ok) return
    if (prefix.length >= 2) {
      const [a = '', b = ''] = prefix
      if (a === WILDCARD || b === WILDCARD || a === OWNER || b === OWNER) ok = false
      else pairs.add(`${a} ${b}`)
      if (pairs.size > 4000) ok = false
      return
    }
    const slot = slots[index]
    if (!slot) {
      ok = false // a one-word phrase: no pair to test
      return
    }
    if (slot.optional) visit(index + 1, prefix)
    for (const words of slot.words) visit(index + 1, [...prefix, ...words])
  }
  visit(0, [])
  return ok ? pairs : undefined
}

function indexSlot(slot: Slot): IndexedSlot {
  const byFirst = new Map<string, (readonly string[])[]>()
  const wild: (readonly string[])[] = []
  for (const [first, ...rest] of slot.words) {
    if (first === undefined) continue
    if (first === WILDCARD) {
      wild.push(rest)
      continue
    }
    const list = byFirst.get(first)
    if (list) list.push(rest)
    else byFirst.set(first, [rest])
  }
  return {optional: slot.optional, byFirst, wild}
}

/** A phrase found in the token stream: inclusive token indices. */
export interface Match {
  readonly payload: number
  readonly first: number
  readonly last: number
}

/**
 * Every phrase of `index` that starts at token `first`.
 *
 * Phrases cross spaces, line breaks and hyphens, never punctuation. A closed
 * compound in a phrase ("streetwise") also matches its hyphenated form in
 * the text ("street-wise").
 */
export function matchAt(index: PhraseIndex, tokens: readonly Token[], first: number, found: Match[]): void {
  const token = tokens[first]
  if (!token) return
  const direct = index.byFirst.get(token.norm)
  const next = tokens[first + 1]
  const joined = next?.gap === Gap.hyphen ? index.byFirst.get(token.norm + next.norm) : undefined
  const owned = isOwner(token) ? index.byFirst.get(OWNER) : undefined
  if (!direct && !joined && !owned) return
  const pair = next && next.gap <= Gap.hyphen ? `${token.norm} ${next.norm}` : undefined
  // "is street-wise" may match a phrase written "is streetwise".
  const afterNext = tokens[first + 2]
  const joinedPair =
    pair && afterNext?.gap === Gap.hyphen ? `${token.norm} ${next?.norm ?? ''}${afterNext.norm}` : undefined
  const seen = joined || owned ? new Set<Entry>() : undefined
  const tryEntry = (entry: Entry, filter: boolean): void => {
    if (seen) {
      if (seen.has(entry)) return
      seen.add(entry)
    }
    // Two plain words are needed and these two cannot start the phrase.
    if (
      filter &&
      entry.pairs &&
      !(pair && entry.pairs.has(pair)) &&
      !(joinedPair && entry.pairs.has(joinedPair))
    )
      return
    const ends = new Set<number>()
    matchSlots(entry.slots, 0, tokens, first, first, ends)
    for (const last of ends) found.push({payload: entry.payload, first, last})
  }
  for (const entry of direct ?? []) tryEntry(entry, true)
  for (const entry of joined ?? []) tryEntry(entry, false)
  for (const entry of owned ?? []) tryEntry(entry, false)
}

/** Match `slots[s…]` from token `i`; add the index of each possible last token to `ends`. */
function matchSlots(
  slots: readonly IndexedSlot[],
  s: number,
  tokens: readonly Token[],
  i: number,
  start: number,
  ends: Set<number>,
): void {
  const slot = slots[s]
  if (!slot) {
    if (i > start) ends.add(i - 1)
    return
  }
  if (slot.optional) matchSlots(slots, s + 1, tokens, i, start, ends)
  const token = tokens[i]
  if (!token || (i > start && token.gap > Gap.hyphen)) return
  const step = (rests: readonly (readonly string[])[] | undefined, from: number): void => {
    for (const rest of rests ?? []) {
      const after = matchWords(rest, tokens, from, start)
      if (after !== -1) matchSlots(slots, s + 1, tokens, after, start, ends)
    }
  }
  step(slot.byFirst.get(token.norm), i + 1)
  if (isOwner(token)) step(slot.byFirst.get(OWNER), i + 1)
  const following = tokens[i + 1]
  if (following?.gap === Gap.hyphen) step(slot.byFirst.get(token.norm + following.norm), i + 2)
  if (i > start) step(slot.wild, i + 1)
}

/** Match a fixed word list from token `i`; the index after it, or -1. */
function matchWords(words: readonly string[], tokens: readonly Token[], i: number, start: number): number {
  let j = i
  for (const word of words) {
    const token = tokens[j]
    if (!token || (j > start && token.gap > Gap.hyphen)) return -1
    if (word === WILDCARD || token.norm === word || (word === OWNER && isOwner(token))) {
      j++
      continue
    }
    const following = tokens[j + 1]
    if (following?.gap === Gap.hyphen && token.norm + following.norm === word) {
      j += 2
      continue
    }
    return -1
  }
  return j
}

const possessivePronouns = new Set(['her', 'his', 'their'])

/** A possessive word: her, his, their, or a word ending in 's. */
function isOwner(token: Token): boolean {
  return possessivePronouns.has(token.norm) || (token.norm.endsWith("'s") && token.norm.length > 2)
}
