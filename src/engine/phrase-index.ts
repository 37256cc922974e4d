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
import {checkDeadline} from './bounded-parse.js'
import {ASIDE, FIELD, OWNER, WILDCARD, isBreak, type Slot} from './pattern.js'
import {Gap, isOwner, type Token} from './tokens.js'

/** Work done by the matcher, for growth tests (operation counts, never time). */
export const matchCounters = {steps: 0}

/**
 * A slot's alternatives as a word trie: alternatives that share their first
 * words are walked once ("the girl", "the boy", … cost one lookup per token,
 * not one comparison per alternative).
 */
interface SlotNode {
  /** Whether an alternative ends here. */
  end: boolean
  /** The next word of the alternatives that go on. */
  readonly next: Map<string, SlotNode>
  /** Alternatives whose next word is `_` (any word). */
  wild: SlotNode | undefined
}

interface IndexedSlot {
  readonly optional: boolean
  readonly root: SlotNode
  /** Most words in one alternative. */
  readonly longest: number
}

interface Entry {
  readonly slots: readonly IndexedSlot[]
  readonly payload: number
  /** Most tokens a match can span (a hyphenated word counts as two). */
  readonly span: number
  /** Stamp of the start token it was last tried at (see `matchAt`). */
  tried: number
  /**
   * The words a match's second token can be (`secondWords`), read from the
   * slots on the entry's first try; null where any word may follow or the
   * phrase may be one word long.
   */
  seconds: ReadonlySet<string> | null | undefined
}

/** What the matcher asks of a table: the value for a word. */
export interface Lookup<V> {
  get(key: string): V | undefined
}

export interface PhraseIndex {
  /** Entries by a word they can start with (phrases that may be one word long, or start with `_`/`$owner`). */
  readonly byFirst: Lookup<readonly Entry[]>
  /** Entries by their possible first two words (phrases of two or more plain words). */
  readonly byPair: Lookup<Lookup<readonly Entry[]>>
  /** Longest phrase in words, for look-behind windows. */
  readonly longest: number
}

/** An index being built by `addPattern`. */
export interface BuiltIndex extends PhraseIndex {
  readonly byFirst: Map<string, Entry[]>
  readonly byPair: Map<string, Map<string, Entry[]>>
  longest: number
}

export function createIndex(): BuiltIndex {
  return {byFirst: new Map(), byPair: new Map(), longest: 0}
}

/** Add a parsed pattern; `payload` is returned when it matches. */
export function addPattern(index: BuiltIndex, slots: readonly Slot[], payload: number): void {
  const indexed = slots.map(indexedSlot)
  const pairs = firstPairs(slots)
  // A word of a pattern may match a hyphenated pair of tokens ("street-wise").
  const span = indexed.reduce((sum, slot) => sum + 2 * slot.longest, 0)
  const entry: Entry = {slots: indexed, payload, span, tried: 0, seconds: undefined}
  if (pairs) {
    // Looked up by the text's first two words: no per-phrase test at each token.
    for (const [first, seconds] of pairs) {
      let bySecond = index.byPair.get(first)
      if (!bySecond) {
        bySecond = new Map()
        index.byPair.set(first, bySecond)
      }
      for (const second of seconds) {
        const list = bySecond.get(second)
        if (list) list.push(entry)
        else bySecond.set(second, [entry])
      }
    }
  } else {
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
  }
  const length = indexed.reduce((sum, slot) => sum + slot.longest, 0)
  index.longest = Math.max(index.longest, length)
}

/** The possible second words for each first word, or undefined where it cannot help. */
function firstPairs(slots: readonly Slot[]): ReadonlyMap<string, ReadonlySet<string>> | undefined {
  const pairs = new Map<string, Set<string>>()
  let size = 0
  let ok = true
  const visit = (index: number, prefix: readonly string[]): void => {
    if (!ok) return
    if (prefix.length >= 2) {
      const [a = '', b = ''] = prefix
      if (a === WILDCARD || b === WILDCARD || a === OWNER || b === OWNER || isBreak(a) || isBreak(b))
        ok = false
      else {
        let seconds = pairs.get(a)
        if (!seconds) {
          seconds = new Set()
          pairs.set(a, seconds)
        }
        seconds.add(b)
        size++
      }
      if (size > 4000) ok = false
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

/** Compiled slots, shared by the patterns that share a parsed slot (a class used in many phrases). */
const compiledSlots = new WeakMap<Slot, IndexedSlot>()

function indexedSlot(slot: Slot): IndexedSlot {
  let compiled = compiledSlots.get(slot)
  if (!compiled) {
    compiled = indexSlot(slot)
    compiledSlots.set(slot, compiled)
  }
  return compiled
}

function indexSlot(slot: Slot): IndexedSlot {
  const root = slotNode()
  let longest = 0
  for (const words of slot.words) {
    longest = Math.max(longest, words.length)
    if (words.length === 0) continue
    let node = root
    for (const word of words) {
      if (word === WILDCARD) {
        node.wild ??= slotNode()
        node = node.wild
        continue
      }
      let child = node.next.get(word)
      if (!child) {
        child = slotNode()
        node.next.set(word, child)
      }
      node = child
    }
    node.end = true
  }
  return {optional: slot.optional, root, longest}
}

function slotNode(): SlotNode {
  return {end: false, next: new Map(), wild: undefined}
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
  checkDeadline()
  const next = tokens[first + 1]
  const afterNext = tokens[first + 2]
  const second = next && next.gap <= Gap.hyphen ? next.norm : undefined
  const bySecond = index.byPair.get(token.norm)
  // About 150 phrases start with a form of "be": looking them up by the
  // first two words keeps a "was" cheap. "is street-wise" may match a phrase
  // written "is streetwise", so the joined second word is looked up too.
  const paired = second !== undefined ? bySecond?.get(second) : undefined
  const joinedSecond = second !== undefined ? joinedAt(tokens, first + 1) : undefined
  const pairedJoined = joinedSecond !== undefined ? bySecond?.get(joinedSecond) : undefined
  const direct = index.byFirst.get(token.norm)
  const joinedFirst = joinedAt(tokens, first)
  const joined = joinedFirst !== undefined ? lookupJoined(index, joinedFirst, afterNext) : undefined
  const owned = ownerAt(tokens, first) ? index.byFirst.get(OWNER) : undefined
  if (!paired && !pairedJoined && !direct && !joined && !owned) return
  // An entry may be listed under several keys; a stamp per start token tries it once
  // (no Set per token: a text of one repeated word reaches this for every token).
  const stamp = ++entryStamp
  tryEntries(paired, stamp, tokens, first, found, false)
  tryEntries(pairedJoined, stamp, tokens, first, found, false)
  if (!direct && !joined && !owned) return
  // Entries listed by first word alone are screened by the word after it.
  readFollowing(tokens, first, joinedFirst !== undefined)
  tryEntries(direct, stamp, tokens, first, found, true)
  tryEntries(joined, stamp, tokens, first, found, true)
  tryEntries(owned, stamp, tokens, first, found, true)
}

/**
 * What a match's second token may be read as, for the start token being
 * matched: the next token's word, its hyphen-joined compound and "$owner"
 * for a possessive; and the same for the token after it where the start
 * token is the first half of a compound ("street-wise"). Empty where
 * punctuation or the end of the text comes next.
 */
const following: string[] = []

function readFollowing(tokens: readonly Token[], first: number, startsCompound: boolean): void {
  following.length = 0
  addFollowing(tokens, first + 1)
  if (startsCompound) addFollowing(tokens, first + 2)
}

function addFollowing(tokens: readonly Token[], i: number): void {
  const token = tokens[i]
  if (!token || token.gap > Gap.hyphen) return
  following.push(token.norm)
  const compound = joinedAt(tokens, i)
  if (compound !== undefined) following.push(compound)
  if (ownerAt(tokens, i)) following.push(OWNER)
}

/** Whether `entry` may match given the words that follow its first token (see `secondWords`). */
function mayFollow(entry: Entry): boolean {
  if (entry.seconds === undefined) entry.seconds = secondWords(entry.slots)
  const seconds = entry.seconds
  if (seconds === null) return true
  for (const word of following) if (seconds.has(word)) return true
  return false
}

/**
 * Every word the matcher may read as a phrase's second word, from its
 * slots (a word of the first word's own alternative, or a first word of
 * the slots after it), or null when it cannot tell: a `_` may come second,
 * or the phrase may end after one word. The matcher never starts a phrase
 * at `_`, and a first word is read from the slots in order while they are
 * optional, as `matchSlots` does.
 */
export function secondWords(slots: readonly IndexedSlot[]): ReadonlySet<string> | null {
  const words = new Set<string>()
  // The first words of the slots from `s` on; false where a `_` or the phrase's end may come instead.
  const addStarts = (s: number): boolean => {
    for (let k = s; ; k++) {
      const slot = slots[k]
      if (!slot || slot.root.wild) return false
      for (const word of slot.root.next.keys()) words.add(word)
      if (!slot.optional) return true
    }
  }
  for (let s = 0; s < slots.length; s++) {
    const slot = slots[s]
    if (!slot) break
    for (const child of slot.root.next.values()) {
      if (child.wild) return null
      for (const word of child.next.keys()) words.add(word)
      if (child.end && !addStarts(s + 1)) return null
    }
    if (!slot.optional) break
  }
  // A field or aside break is no word: what follows it follows punctuation, which the screen does not read.
  return words.has(FIELD) || words.has(ASIDE) ? null : words
}

function tryEntries(
  list: readonly Entry[] | undefined,
  stamp: number,
  tokens: readonly Token[],
  first: number,
  found: Match[],
  screened: boolean,
): void {
  if (!list) return
  const {ends} = walk
  for (const entry of list) {
    if (entry.tried === stamp) continue
    entry.tried = stamp
    if (screened && !mayFollow(entry)) continue
    // Setting an array's length calls into the runtime; most tries find nothing.
    if (ends.length > 0) ends.length = 0
    visits.begin(entry)
    walk.slots = entry.slots
    walk.tokens = tokens
    walk.start = first
    matchSlots(0, first)
    for (const last of ends) found.push({payload: entry.payload, first, last})
  }
}

/**
 * Token `i`'s word joined to the next where a hyphen joins them
 * ("street" + "wise"), or undefined. Read from facts built once per text
 * being matched, not at every slot that asks.
 */
function joinedAt(tokens: readonly Token[], i: number): string | undefined {
  if (facts.tokens !== tokens) readFacts(tokens)
  return facts.joined[i] ?? undefined
}

/** Whether token `i` is a possessive (`isOwner`), from the facts of the text being matched. */
function ownerAt(tokens: readonly Token[], i: number): boolean {
  if (facts.tokens !== tokens) readFacts(tokens)
  return facts.owners[i] === 1
}

/** Per-token facts the matcher asks for at every step, read in one pass over a new token array. */
function readFacts(tokens: readonly Token[]): void {
  const n = tokens.length
  const joined: (string | null)[] = new Array<string | null>(n)
  const owners = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const token = tokens[i]
    const following = tokens[i + 1]
    joined[i] = following?.gap === Gap.hyphen ? (token?.norm ?? '') + following.norm : null
    if (isOwner(token)) owners[i] = 1
  }
  facts.tokens = tokens
  facts.joined = joined
  facts.owners = owners
}

/** The facts of the token array last matched: hyphen-joined words (null for none) and possessives (1). */
const facts: {tokens: readonly Token[] | undefined; joined: (string | null)[]; owners: Uint8Array} = {
  tokens: undefined,
  joined: [],
  owners: new Uint8Array(0),
}

let entryStamp = 0
/**
 * The entry being matched (one at a time): its slots, the text's tokens,
 * the start token and the last tokens found so far. Kept here rather than
 * passed down every step of the walk; the ends array is reused.
 */
const walk: {
  slots: readonly IndexedSlot[]
  tokens: readonly Token[]
  start: number
  readonly ends: number[]
  /** The token after a field or aside break the walk has crossed (its punctuation is allowed), or -1. */
  field: number
} = {
  slots: [],
  tokens: [],
  start: 0,
  ends: [],
  field: -1,
}

/** Whether a field's label ends before `token`: a colon or a dash, within the sentence ("Motivation: money", "Attitude – willing"). */
function isFieldBreak(token: Token): boolean {
  return token.gap <= Gap.clause && /^[^.!?]*[:\u2013\u2014][^.!?]*$/.test(token.gapChars)
}

/** Whether an aside opens before `token`: a comma or an opening bracket, alone ("female, 15", "Male (15)"). */
function isAsideBreak(token: Token): boolean {
  return token.gap === Gap.soft && /^[ \t]*[,(][ \t]*$/.test(token.gapChars)
}

/** Entries that may start with a closed compound written hyphenated ("street-wise"). */
function lookupJoined(
  index: PhraseIndex,
  word: string,
  afterNext: Token | undefined,
): readonly Entry[] | undefined {
  const single = index.byFirst.get(word)
  const bySecond = index.byPair.get(word)
  if (!bySecond) return single
  const paired = afterNext && afterNext.gap <= Gap.hyphen ? bySecond.get(afterNext.norm) : undefined
  return single && paired ? [...single, ...paired] : (single ?? paired)
}

/**
 * The states `(slot, token)` already tried for the current entry and start
 * token. Matching from a state always adds the same ends, so each state is
 * tried once: consecutive optional slots (`very? very? …`) cost
 * slots × span steps instead of 2^slots. Stamped with a generation number,
 * so starting again costs nothing.
 */
const visits = {
  stamps: new Uint32Array(1024),
  generation: 0,
  width: 1,
  begin(entry: Entry): void {
    this.width = entry.span + 2
    const size = (entry.slots.length + 1) * this.width
    if (this.stamps.length < size) this.stamps = new Uint32Array(size * 2)
    if (++this.generation === 0xffffffff) {
      this.stamps.fill(0)
      this.generation = 1
    }
  },
  /** Whether the state was new (and is now marked). */
  first(s: number, offset: number): boolean {
    if (offset >= this.width) return false
    const key = s * this.width + offset
    if (this.stamps[key] === this.generation) return false
    this.stamps[key] = this.generation
    return true
  },
}

/** Match `walk.slots[s…]` from token `i`; add the index of each possible last token to `walk.ends`. */
function matchSlots(s: number, i: number): void {
  const {slots, start, ends} = walk
  if (!visits.first(s, i - start)) return
  matchCounters.steps++
  const slot = slots[s]
  if (!slot) {
    if (i > start && !ends.includes(i - 1)) ends.push(i - 1)
    return
  }
  if (slot.optional) matchSlots(s + 1, i)
  walkSlot(slot.root, true, s, i)
}

/**
 * Walk slot `s`'s trie from `node` at token `i`; where an alternative ends,
 * match the slots after it. `_` does not start a phrase.
 */
function walkSlot(node: SlotNode, atRoot: boolean, s: number, i: number): void {
  if (node.end && !atRoot) matchSlots(s + 1, i)
  const {tokens, start} = walk
  const token = tokens[i]
  if (!token) return
  if (i > start && token.gap > Gap.hyphen && walk.field !== i) {
    // A field break (`:`) crosses the colon or dash after a field's label, an aside break (`,`) a comma or bracket.
    const field = node.next.get(FIELD)
    const aside = node.next.get(ASIDE)
    const crossed = field && isFieldBreak(token) ? field : aside && isAsideBreak(token) ? aside : undefined
    if (crossed) {
      const outer = walk.field
      walk.field = i
      walkSlot(crossed, false, s, i)
      walk.field = outer
    }
    return
  }
  const {next} = node
  if (next.size > 0) {
    const exact = next.get(token.norm)
    if (exact) walkSlot(exact, false, s, i + 1)
    if (ownerAt(tokens, i)) {
      const owned = next.get(OWNER)
      if (owned) walkSlot(owned, false, s, i + 1)
    }
    // A closed compound of the phrase written hyphenated ("street-wise").
    const compound = joinedAt(tokens, i)
    if (compound !== undefined) {
      const joinedNode = next.get(compound)
      if (joinedNode) walkSlot(joinedNode, false, s, i + 2)
    }
  }
  if (node.wild && (i > start || !atRoot)) walkSlot(node.wild, false, s, i + 1)
}

/**
 * Phrase indexes as plain data (JSON), so a build can compile the bundled
 * rules once and a command-line run can load them instead of compiling
 * (see src/engine/snapshot.ts). Word strings are numbered once; slot tries
 * are written as a graph in which equal sub-tries are one node, so a class
 * that expands to thousands of sequences ("@adult-ref") costs its distinct
 * words, not its sequences. The matcher only reads nodes, so shared nodes
 * match exactly as the tree they replace.
 */
export interface IndexTables {
  /** Every word, once. */
  readonly words: readonly string[]
  /** Per node, children before parents: `[end, wild, word, child, word, child, …]` (wild -1 for none). */
  readonly nodes: readonly (readonly number[])[]
  /** Per slot: `[optional, root, longest]`. */
  readonly slots: readonly (readonly number[])[]
  /** Per entry: `[payload, span, slot, slot, …]`. */
  readonly entries: readonly (readonly number[])[]
  /** Per index: its first-word lists, its pair lists and its longest phrase. */
  readonly indexes: readonly {
    /** Flat: per first word, `word, count, entry × count`. */
    readonly first: ArrayLike<number>
    /** Flat: per first word, `word, seconds`, then per second word `word, count, entry × count`. */
    readonly pair: ArrayLike<number>
    readonly longest: number
  }[]
}

/** Write `indexes` as tables; entries and slots shared between them are written once. */
export function exportIndexes(indexes: readonly PhraseIndex[]): IndexTables {
  const built = indexes.map((index) => {
    if (!(index.byFirst instanceof Map) || !(index.byPair instanceof Map)) {
      throw new TypeError(
        'exportIndexes: an index read from tables cannot be written again; compile the rules',
      )
    }
    return index as BuiltIndex
  })
  const words: string[] = []
  const word = numbering(words, (text: string) => text)
  const nodes: number[][] = []
  // Equal rows are one node: the tries become a graph that shares equal branches.
  const row = numbering(
    nodes,
    (cells: number[]) => cells,
    (cells) => cells.join(','),
  )
  const nodeIds = new Map<SlotNode, number>()
  const node = (current: SlotNode): number => {
    let id = nodeIds.get(current)
    if (id === undefined) {
      const cells = [current.end ? 1 : 0, current.wild ? node(current.wild) : -1]
      for (const [text, child] of current.next) cells.push(word(text), node(child))
      id = row(cells)
      nodeIds.set(current, id)
    }
    return id
  }
  const slots: number[][] = []
  const slot = numbering(slots, (current: IndexedSlot) => [
    current.optional ? 1 : 0,
    node(current.root),
    current.longest,
  ])
  const entries: number[][] = []
  const entry = numbering(entries, (current: Entry) => [
    current.payload,
    current.span,
    ...current.slots.map(slot),
  ])
  return {
    words,
    nodes,
    slots,
    entries,
    indexes: built.map((index) => ({
      first: [...index.byFirst].flatMap(([text, list]) => [word(text), list.length, ...list.map(entry)]),
      pair: [...index.byPair].flatMap(([text, bySecond]) => [
        word(text),
        bySecond.size,
        ...[...bySecond].flatMap(([second, list]) => [word(second), list.length, ...list.map(entry)]),
      ]),
      longest: index.longest,
    })),
  }
}

/**
 * A function that numbers values in the order first seen, writing each new
 * value's row (`make`) to `rows`; values with the same `key` share a number.
 */
function numbering<T, Row>(
  rows: Row[],
  make: (value: T) => Row,
  key: (value: T) => unknown = (value) => value,
): (value: T) => number {
  const ids = new Map<unknown, number>()
  return (value) => {
    const k = key(value)
    let id = ids.get(k)
    if (id === undefined) {
      const made = make(value)
      id = rows.length
      rows.push(made)
      ids.set(k, id)
    }
    return id
  }
}

/** Read tables written by `exportIndexes` back into indexes, in the same order. */
export function importIndexes(tables: IndexTables): PhraseIndex[] {
  const {words} = tables
  const text = (id: number): string => words[id] ?? ''
  const nodes: SlotNode[] = []
  for (const row of tables.nodes) {
    const next = new Map<string, SlotNode>()
    for (let i = 2; i < row.length; i += 2) next.set(text(row[i] ?? 0), nodes[row[i + 1] ?? 0] ?? slotNode())
    const wild = row[1] ?? -1
    nodes.push({end: row[0] === 1, next, wild: wild >= 0 ? nodes[wild] : undefined})
  }
  const slots: IndexedSlot[] = tables.slots.map(([optional, root = 0, longest = 0]) => ({
    optional: optional === 1,
    root: nodes[root] ?? slotNode(),
    longest,
  }))
  const entries: Entry[] = tables.entries.map(([payload = 0, span = 0, ...ids]) => ({
    payload,
    span,
    slots: ids.map((id) => slots[id] ?? {optional: true, root: slotNode(), longest: 0}),
    tried: 0,
    seconds: undefined,
  }))
  const list = (flat: ArrayLike<number>, at: number): Entry[] => {
    const count = flat[at + 1] ?? 0
    const out: Entry[] = []
    for (let k = at + 2; k < at + 2 + count; k++) out.push(entries[flat[k] ?? 0] as Entry)
    return out
  }
  // A table's rows become entries when the matcher first asks for their
  // word: most first words of a large index never occur in one text.
  return tables.indexes.map(({first, pair, longest}) => {
    const byFirst = new LazyTable<Entry[]>(
      text,
      (at) => list(first, at),
      (add) => eachRow(first, 0, Infinity, add),
    )
    const byPair = new LazyTable<Lookup<Entry[]>>(
      text,
      (at) =>
        new LazyTable<Entry[]>(
          text,
          (second) => list(pair, second),
          (add) => eachRow(pair, at + 2, pair[at + 1] ?? 0, add),
        ),
      (add) => {
        // Per first word: the word, how many second words, then their rows.
        for (let at = 0; at < pair.length;) {
          add(pair[at] ?? 0, at)
          at = eachRow(pair, at + 2, pair[at + 1] ?? 0)
        }
      },
    )
    return {byFirst, byPair, longest}
  })
}

/**
 * Visit up to `count` rows `word, n, entry × n` of `flat` from `at`, calling
 * `add(word, position)` for each; returns the position after them.
 */
function eachRow(
  flat: ArrayLike<number>,
  at: number,
  count: number,
  add?: (word: number, at: number) => void,
): number {
  let next = at
  for (let k = 0; k < count && next < flat.length; k++) {
    add?.(flat[next] ?? 0, next)
    next += 2 + (flat[next + 1] ?? 0)
  }
  return next
}

/**
 * Positions in a flat table by word, read on the first lookup (most of a
 * rule set's condition tables are never consulted for one text); each value
 * is made on its own first lookup.
 */
class LazyTable<V> implements Lookup<V> {
  #at: Map<string, number> | undefined
  readonly #made = new Map<string, V>()
  readonly #text: (id: number) => string
  readonly #make: (at: number) => V
  readonly #fill: (add: (word: number, at: number) => void) => void

  constructor(
    text: (id: number) => string,
    make: (at: number) => V,
    fill: (add: (word: number, at: number) => void) => void,
  ) {
    this.#text = text
    this.#make = make
    this.#fill = fill
  }

  get(key: string): V | undefined {
    const made = this.#made.get(key)
    if (made !== undefined) return made
    if (!this.#at) {
      const positions = new Map<string, number>()
      this.#fill((word, at) => positions.set(this.#text(word), at))
      this.#at = positions
    }
    const at = this.#at.get(key)
    if (at === undefined) return undefined
    const value = this.#make(at)
    this.#made.set(key, value)
    return value
  }
}
