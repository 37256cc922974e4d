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
 * Every word of every pattern, numbered once for the whole process: the
 * matcher reads each token's word as its number once per text (`readFacts`)
 * and from then on compares and looks up numbers, never strings. A text's
 * words are only looked up, never numbered, so the table grows with the
 * patterns compiled, not with the texts linted.
 */
const wordIds = new Map<string, number>()
const wordTexts: string[] = []

function intern(word: string): number {
  let id = wordIds.get(word)
  if (id === undefined) {
    id = wordTexts.length
    wordTexts.push(word)
    wordIds.set(word, id)
  }
  return id
}

/** A word no pattern has (its number, in `facts.ids`). */
const UNKNOWN = -1
/** No hyphen joins a token to the next (in `facts.joined`). */
const NO_JOIN = -2
const OWNER_ID = intern(OWNER)
const FIELD_ID = intern(FIELD)
const ASIDE_ID = intern(ASIDE)

/**
 * The tries, slots and entries of one or more indexes, as numbers in flat
 * arrays. A slot's alternatives are a word trie: alternatives that share
 * their first words are walked once ("the girl", "the boy", … cost one
 * lookup per token, not one comparison per alternative), and equal
 * sub-tries are one node, so a class used by a hundred phrases is stored
 * and walked through the same few nodes (the bundled rules' tries went from
 * about 670,000 nodes, each with its own map, to about 6,000): the walk
 * stays in the processor's cache.
 */
class Pool {
  /** Per node, 4 cells: its first edge, its number of edges, its `_` child (-1 for none), whether an alternative ends there (1). */
  readonly nodes: number[] = []
  /** Per edge, 2 cells: the word and the child; a node's edges are sorted by word. */
  readonly edges: number[] = []
  /** Node numbers by their content, so that equal sub-tries are one node (`addNode`). */
  readonly nodeKeys = new Map<string, number>()
  /** Per slot, 3 cells: optional (1), its root node, most words in one alternative. */
  readonly slots: number[] = []
  /** Slots already compiled, shared by the patterns that share a parsed slot (a class used in many phrases). */
  readonly slotIds = new WeakMap<Slot, number>()
  /** Per entry, 4 cells: payload; most tokens a match can span (a hyphenated word counts as two); first slot in `entrySlots`; slot count. */
  readonly entries: number[] = []
  readonly entrySlots: number[] = []
  /** Per entry: the stamp of the start token it was last tried at (see `matchAt`). */
  readonly tried: number[] = []
  /**
   * Per entry: the words a match's second token can be (`secondWords`),
   * read on the entry's first try; null where any word may follow or the
   * phrase may be one word long.
   */
  readonly seconds: (ReadonlySet<number> | null | undefined)[] = []
}

/** What the matcher asks of a table: the value for a word's number. */
export interface Lookup<V> {
  get(key: number): V | undefined
}

export interface PhraseIndex {
  /** The tries, slots and entries the lists below name by number. */
  readonly pool: Pool
  /** Entries by a word they can start with (phrases that may be one word long, or start with `_`/`$owner`). */
  readonly byFirst: Lookup<readonly number[]>
  /** Entries by their possible first two words (phrases of two or more plain words). */
  readonly byPair: Lookup<Lookup<readonly number[]>>
  /** Longest phrase in words, for look-behind windows. */
  readonly longest: number
  /**
   * One bit per word number: whether `byFirst` or `byPair` has it as a key
   * (`startBits`), made on the first match and dropped when a pattern is
   * added. Most tokens start nothing, and most of the guards' look-behind
   * asks start nothing: one bit answers instead of two table lookups.
   */
  starts?: Uint32Array | undefined
}

/** An index being built by `addPattern`. */
export interface BuiltIndex extends PhraseIndex {
  readonly byFirst: Map<number, number[]>
  readonly byPair: Map<number, Map<number, number[]>>
  longest: number
}

export function createIndex(): BuiltIndex {
  return {pool: new Pool(), byFirst: new Map(), byPair: new Map(), longest: 0}
}

/** Add a parsed pattern; `payload` is returned when it matches. */
export function addPattern(index: BuiltIndex, slots: readonly Slot[], payload: number): void {
  const {pool} = index
  const ids = slots.map((slot) => slotId(pool, slot))
  let span = 0
  let length = 0
  for (const id of ids) {
    const longest = pool.slots[3 * id + 2] ?? 0
    // A word of a pattern may match a hyphenated pair of tokens ("street-wise").
    span += 2 * longest
    length += longest
  }
  index.starts = undefined
  const entry = pool.tried.length
  pool.entries.push(payload, span, pool.entrySlots.length, ids.length)
  for (const id of ids) pool.entrySlots.push(id)
  pool.tried.push(0)
  pool.seconds.push(undefined)
  const pairs = firstPairs(slots)
  if (pairs) {
    // Looked up by the text's first two words: no per-phrase test at each token.
    for (const [first, seconds] of pairs) {
      const firstId = intern(first)
      let bySecond = index.byPair.get(firstId)
      if (!bySecond) {
        bySecond = new Map()
        index.byPair.set(firstId, bySecond)
      }
      for (const second of seconds) {
        const secondId = intern(second)
        const list = bySecond.get(secondId)
        if (list) list.push(entry)
        else bySecond.set(secondId, [entry])
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
      const id = intern(word)
      const list = index.byFirst.get(id)
      if (list) list.push(entry)
      else index.byFirst.set(id, [entry])
    }
  }
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

/** A slot's trie while it is built, before its nodes go into a pool. */
interface Building {
  end: boolean
  next: Map<number, Building> | undefined
  wild: Building | undefined
}

/** The number of `slot` in `pool`, compiled on first use. */
function slotId(pool: Pool, slot: Slot): number {
  let id = pool.slotIds.get(slot)
  if (id === undefined) {
    const root: Building = {end: false, next: undefined, wild: undefined}
    let longest = 0
    for (const words of slot.words) {
      longest = Math.max(longest, words.length)
      if (words.length === 0) continue
      let node = root
      for (const word of words) {
        if (word === WILDCARD) {
          node = node.wild ??= {end: false, next: undefined, wild: undefined}
          continue
        }
        const key = intern(word)
        node.next ??= new Map()
        let child = node.next.get(key)
        if (!child) {
          child = {end: false, next: undefined, wild: undefined}
          node.next.set(key, child)
        }
        node = child
      }
      node.end = true
    }
    id = pool.slots.length / 3
    pool.slots.push(slot.optional ? 1 : 0, poolNode(pool, root), longest)
    pool.slotIds.set(slot, id)
  }
  return id
}

/** Put a built trie into `pool`, children first; returns its root's number. */
function poolNode(pool: Pool, node: Building): number {
  const wild = node.wild ? poolNode(pool, node.wild) : -1
  const edges: number[] = []
  if (node.next) {
    const words = [...node.next.keys()].sort((a, b) => a - b)
    for (const word of words) edges.push(word, poolNode(pool, node.next.get(word) as Building))
  }
  return addNode(pool, node.end, wild, edges)
}

/** The node with this content: an existing equal node, or a new one. */
function addNode(pool: Pool, end: boolean, wild: number, edges: readonly number[]): number {
  const key = `${end ? 1 : 0} ${wild} ${edges.join(' ')}`
  let id = pool.nodeKeys.get(key)
  if (id === undefined) {
    id = pool.nodes.length / 4
    pool.nodes.push(pool.edges.length / 2, edges.length / 2, wild, end ? 1 : 0)
    for (const cell of edges) pool.edges.push(cell)
    pool.nodeKeys.set(key, id)
  }
  return id
}

/**
 * The child of `node` by `word`, or -1: a scan of its sorted edges where it
 * has few (most nodes have one or two), else a binary search.
 */
function childOf(nodes: readonly number[], edges: readonly number[], node: number, word: number): number {
  if (word < 0) return -1
  let low = nodes[4 * node] ?? 0
  let high = low + (nodes[4 * node + 1] ?? 0)
  if (high - low <= 8) {
    for (let e = low; e < high; e++) {
      const at = edges[2 * e] ?? 0
      if (at === word) return edges[2 * e + 1] ?? -1
      if (at > word) return -1
    }
    return -1
  }
  while (low < high) {
    const middle = (low + high) >>> 1
    const at = edges[2 * middle] ?? 0
    if (at === word) return edges[2 * middle + 1] ?? -1
    if (at < word) low = middle + 1
    else high = middle
  }
  return -1
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
  if (facts.tokens !== tokens || facts.words !== wordTexts.length) readFacts(tokens)
  const {ids, joined} = facts
  const id = ids[first] ?? UNKNOWN
  const joinedFirst = joined[first] ?? NO_JOIN
  const starts = index.starts ?? startBits(index)
  // Nothing starts here unless the word, its hyphen-joined compound or "$owner" is a key of the tables below.
  if (
    !hasBit(starts, id) &&
    !hasBit(starts, joinedFirst) &&
    !(facts.owners[first] === 1 && hasBit(starts, OWNER_ID))
  )
    return
  const next = tokens[first + 1]
  const hasSecond = next !== undefined && next.gap <= Gap.hyphen
  const bySecond = id >= 0 ? index.byPair.get(id) : undefined
  // About 150 phrases start with a form of "be": looking them up by the
  // first two words keeps a "was" cheap. "is street-wise" may match a phrase
  // written "is streetwise", so the joined second word is looked up too.
  let paired: readonly number[] | undefined
  let pairedJoined: readonly number[] | undefined
  if (bySecond && hasSecond) {
    const second = ids[first + 1] ?? UNKNOWN
    if (second >= 0) paired = bySecond.get(second)
    const joinedSecond = joined[first + 1] ?? NO_JOIN
    if (joinedSecond >= 0) pairedJoined = bySecond.get(joinedSecond)
  }
  const direct = id >= 0 ? index.byFirst.get(id) : undefined
  const joinedList = joinedFirst >= 0 ? lookupJoined(index, joinedFirst, tokens, first + 2) : undefined
  const owned = facts.owners[first] === 1 ? index.byFirst.get(OWNER_ID) : undefined
  if (!paired && !pairedJoined && !direct && !joinedList && !owned) return
  // An entry may be listed under several keys; a stamp per start token tries it once
  // (no Set per token: a text of one repeated word reaches this for every token).
  const stamp = ++entryStamp
  usePool(index.pool, tokens, first)
  tryEntries(paired, stamp, found, false)
  tryEntries(pairedJoined, stamp, found, false)
  if (!direct && !joinedList && !owned) return
  // Entries listed by first word alone are screened by the word after it.
  readFollowing(tokens, first, joinedFirst !== NO_JOIN)
  tryEntries(direct, stamp, found, true)
  tryEntries(joinedList, stamp, found, true)
  tryEntries(owned, stamp, found, true)
}

/** Whether bit `id` is set (false for the negative numbers of unknown and unjoined words). */
function hasBit(bits: Uint32Array, id: number): boolean {
  return id >= 0 && ((bits[id >>> 5] ?? 0) & (1 << (id & 31))) !== 0
}

/** The `starts` bits of `index`: every key of `byFirst` and `byPair`. */
function startBits(index: PhraseIndex): Uint32Array {
  const bits = new Uint32Array((wordTexts.length >>> 5) + 1)
  const set = (id: number): void => {
    if (id >= 0 && id < wordTexts.length) bits[id >>> 5]! |= 1 << (id & 31)
  }
  // A table of another kind cannot list its keys: every word may start a phrase.
  if (!eachKey(index.byFirst, set) || !eachKey(index.byPair, set)) bits.fill(0xffffffff)
  index.starts = bits
  return bits
}

/** Visit every key of a table (a `LazyTable`'s without making its values); false for a table that cannot list them. */
function eachKey(table: Lookup<unknown>, visit: (key: number) => void): boolean {
  if (table instanceof Map) for (const key of (table as Map<number, unknown>).keys()) visit(key)
  else if (table instanceof LazyTable) table.eachKey(visit)
  else return false
  return true
}

/**
 * What a match's second token may be read as, for the start token being
 * matched: the next token's word, its hyphen-joined compound and "$owner"
 * for a possessive; and the same for the token after it where the start
 * token is the first half of a compound ("street-wise"). Empty where
 * punctuation or the end of the text comes next.
 */
const following = new Int32Array(6)
/** How many words of `following` are read (an array's length is not reset: that calls into the runtime). */
let followingCount = 0

function readFollowing(tokens: readonly Token[], first: number, startsCompound: boolean): void {
  followingCount = 0
  addFollowing(tokens, first + 1)
  if (startsCompound) addFollowing(tokens, first + 2)
}

function addFollowing(tokens: readonly Token[], i: number): void {
  const token = tokens[i]
  if (!token || token.gap > Gap.hyphen) return
  following[followingCount++] = facts.ids[i] ?? UNKNOWN
  const compound = facts.joined[i] ?? NO_JOIN
  if (compound !== NO_JOIN) following[followingCount++] = compound
  if (facts.owners[i] === 1) following[followingCount++] = OWNER_ID
}

/** Whether entry `entry` may match given the words that follow its first token (see `secondWords`). */
function mayFollow(pool: Pool, entry: number): boolean {
  let seconds = pool.seconds[entry]
  if (seconds === undefined) {
    seconds = secondWords(pool, entry)
    pool.seconds[entry] = seconds
  }
  if (seconds === null) return true
  for (let k = 0; k < followingCount; k++) if (seconds.has(following[k] ?? UNKNOWN)) return true
  return false
}

/**
 * Every word the matcher may read as an entry's second word, from its
 * slots (a word of the first word's own alternative, or a first word of
 * the slots after it), or null when it cannot tell: a `_` may come second,
 * or the phrase may end after one word. The matcher never starts a phrase
 * at `_`, and a first word is read from the slots in order while they are
 * optional, as `matchSlots` does.
 */
function secondWords(pool: Pool, entry: number): ReadonlySet<number> | null {
  const {nodes, edges, slots, entries, entrySlots} = pool
  const from = entries[4 * entry + 2] ?? 0
  const count = entries[4 * entry + 3] ?? 0
  const words = new Set<number>()
  const addEdgeWords = (node: number): void => {
    const start = nodes[4 * node] ?? 0
    const end = start + (nodes[4 * node + 1] ?? 0)
    for (let e = start; e < end; e++) words.add(edges[2 * e] ?? 0)
  }
  // The first words of the slots from `s` on; false where a `_` or the phrase's end may come instead.
  const addStarts = (s: number): boolean => {
    for (let k = s; ; k++) {
      if (k >= count) return false
      const slot = entrySlots[from + k] ?? 0
      const root = slots[3 * slot + 1] ?? 0
      if ((nodes[4 * root + 2] ?? -1) >= 0) return false
      addEdgeWords(root)
      if (slots[3 * slot] !== 1) return true
    }
  }
  for (let s = 0; s < count; s++) {
    const slot = entrySlots[from + s] ?? 0
    const root = slots[3 * slot + 1] ?? 0
    const start = nodes[4 * root] ?? 0
    const end = start + (nodes[4 * root + 1] ?? 0)
    for (let e = start; e < end; e++) {
      const child = edges[2 * e + 1] ?? 0
      if ((nodes[4 * child + 2] ?? -1) >= 0) return null
      addEdgeWords(child)
      if (nodes[4 * child + 3] === 1 && !addStarts(s + 1)) return null
    }
    if (slots[3 * slot] !== 1) break
  }
  // A field or aside break is no word: what follows it follows punctuation, which the screen does not read.
  return words.has(FIELD_ID) || words.has(ASIDE_ID) ? null : words
}

function tryEntries(
  list: readonly number[] | undefined,
  stamp: number,
  found: Match[],
  screened: boolean,
): void {
  if (!list) return
  const {tried, entries} = pool
  for (let k = 0; k < list.length; k++) {
    const entry = list[k] ?? 0
    if (tried[entry] === stamp) continue
    tried[entry] = stamp
    if (screened && !mayFollow(pool, entry)) continue
    // Setting an array's length calls into the runtime; most tries find nothing.
    if (ends.length > 0) ends.length = 0
    const count = entries[4 * entry + 3] ?? 0
    visits.begin(entries[4 * entry + 1] ?? 0, count)
    slotFrom = entries[4 * entry + 2] ?? 0
    slotCount = count
    matchSlots(0, start)
    for (const last of ends) found.push({payload: entries[4 * entry] ?? 0, first: start, last})
  }
}

/**
 * Per-token facts the matcher asks for at every step, read in one pass over
 * a new token array (or again when patterns compiled since have numbered
 * more words): each word's number, the number of the word joined to the
 * next where a hyphen joins them ("street" + "wise"), and possessives
 * (`isOwner`).
 */
function readFacts(tokens: readonly Token[]): void {
  const n = tokens.length
  const ids = new Int32Array(n)
  const joined = new Int32Array(n)
  const owners = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const token = tokens[i]
    const norm = token?.norm ?? ''
    ids[i] = wordIds.get(norm) ?? UNKNOWN
    const following = tokens[i + 1]
    joined[i] = following?.gap === Gap.hyphen ? (wordIds.get(norm + following.norm) ?? UNKNOWN) : NO_JOIN
    if (isOwner(token)) owners[i] = 1
  }
  facts.tokens = tokens
  facts.words = wordTexts.length
  facts.ids = ids
  facts.joined = joined
  facts.owners = owners
}

/** The facts of the token array last matched (`readFacts`), and how many words were numbered when they were read. */
const facts: {
  tokens: readonly Token[] | undefined
  words: number
  ids: Int32Array
  joined: Int32Array
  owners: Uint8Array
} = {
  tokens: undefined,
  words: 0,
  ids: new Int32Array(0),
  joined: new Int32Array(0),
  owners: new Uint8Array(0),
}

let entryStamp = 0

/*
 * The walk in progress (one entry at a time): the pool's arrays, the text's
 * tokens, the start token, the entry's slots and the last tokens found so
 * far. Kept here rather than passed down every step of the walk; the ends
 * array is reused.
 */
let pool = new Pool()
let nodes: readonly number[] = []
let edges: readonly number[] = []
let slots: readonly number[] = []
let entrySlots: readonly number[] = []
let tokens: readonly Token[] = []
let start = 0
let slotFrom = 0
let slotCount = 0
const ends: number[] = []
/** The token after a field or aside break the walk has crossed (its punctuation is allowed), or -1. */
let field = -1

function usePool(current: Pool, text: readonly Token[], first: number): void {
  pool = current
  nodes = current.nodes
  edges = current.edges
  slots = current.slots
  entrySlots = current.entrySlots
  tokens = text
  start = first
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
  word: number,
  text: readonly Token[],
  afterNext: number,
): readonly number[] | undefined {
  const single = index.byFirst.get(word)
  const bySecond = index.byPair.get(word)
  if (!bySecond) return single
  const token = text[afterNext]
  const second = token && token.gap <= Gap.hyphen ? (facts.ids[afterNext] ?? UNKNOWN) : UNKNOWN
  const paired = second >= 0 ? bySecond.get(second) : undefined
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
  begin(span: number, slotTotal: number): void {
    this.width = span + 2
    const size = (slotTotal + 1) * this.width
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

/** Match the entry's slots from slot `s` at token `i`; add the index of each possible last token to `ends`. */
function matchSlots(s: number, i: number): void {
  if (!visits.first(s, i - start)) return
  matchCounters.steps++
  if (s >= slotCount) {
    if (i > start && !ends.includes(i - 1)) ends.push(i - 1)
    return
  }
  const slot = entrySlots[slotFrom + s] ?? 0
  if (slots[3 * slot] === 1) matchSlots(s + 1, i)
  walkSlot(slots[3 * slot + 1] ?? 0, true, s, i)
}

/**
 * Walk slot `s`'s trie from `node` at token `i`; where an alternative ends,
 * match the slots after it. `_` does not start a phrase.
 */
function walkSlot(node: number, atRoot: boolean, s: number, i: number): void {
  if (nodes[4 * node + 3] === 1 && !atRoot) matchSlots(s + 1, i)
  const token = tokens[i]
  if (!token) return
  if (i > start && token.gap > Gap.hyphen && field !== i) {
    // A field break (`:`) crosses the colon or dash after a field's label, an aside break (`,`) a comma or bracket.
    const fieldChild = childOf(nodes, edges, node, FIELD_ID)
    const asideChild = childOf(nodes, edges, node, ASIDE_ID)
    const crossed =
      fieldChild >= 0 && isFieldBreak(token)
        ? fieldChild
        : asideChild >= 0 && isAsideBreak(token)
          ? asideChild
          : -1
    if (crossed >= 0) {
      const outer = field
      field = i
      walkSlot(crossed, false, s, i)
      field = outer
    }
    return
  }
  if ((nodes[4 * node + 1] ?? 0) > 0) {
    const exact = childOf(nodes, edges, node, facts.ids[i] ?? UNKNOWN)
    if (exact >= 0) walkSlot(exact, false, s, i + 1)
    if (facts.owners[i] === 1) {
      const owned = childOf(nodes, edges, node, OWNER_ID)
      if (owned >= 0) walkSlot(owned, false, s, i + 1)
    }
    // A closed compound of the phrase written hyphenated ("street-wise").
    const compound = facts.joined[i] ?? NO_JOIN
    if (compound >= 0) {
      const joinedNode = childOf(nodes, edges, node, compound)
      if (joinedNode >= 0) walkSlot(joinedNode, false, s, i + 2)
    }
  }
  const wild = nodes[4 * node + 2] ?? -1
  if (wild >= 0 && (i > start || !atRoot)) walkSlot(wild, false, s, i + 1)
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
  readonly nodes: Rows
  /** Per slot: `[optional, root, longest]`. */
  readonly slots: Rows
  /** Per entry: `[payload, span, slot, slot, …]`. */
  readonly entries: Rows
  /** Per index: its first-word lists, its pair lists and its longest phrase. */
  readonly indexes: readonly {
    /** Flat: per first word, `word, count, entry × count`. */
    readonly first: ArrayLike<number>
    /** Flat: per first word, `word, seconds`, then per second word `word, count, entry × count`. */
    readonly pair: ArrayLike<number>
    readonly longest: number
  }[]
}

/**
 * Rows of numbers as two flat tables, so that a snapshot file holds them as
 * integers rather than as JSON lists (src/cli/snapshot.ts): row `k` is
 * `cells` from `at[k]` to `at[k + 1]`; `at` has one more item than there are rows.
 */
export interface Rows {
  readonly at: ArrayLike<number>
  readonly cells: ArrayLike<number>
}

/** How many rows `rows` has. */
export function rowCount(rows: Rows): number {
  return Math.max(0, rows.at.length - 1)
}

/** `rows` as flat tables. */
function flatRows(rows: readonly (readonly number[])[]): Rows {
  const at = [0]
  const cells: number[] = []
  for (const row of rows) {
    for (const cell of row) cells.push(cell)
    at.push(cells.length)
  }
  return {at, cells}
}

/** Write `indexes` as tables; words, nodes, slots and entries shared between them are written once. */
export function exportIndexes(indexes: readonly PhraseIndex[]): IndexTables {
  const words: string[] = []
  const word = numbering(words, (id: number) => wordTexts[id] ?? '')
  const nodes: number[][] = []
  // Equal rows are one node, across pools too.
  const row = numbering(
    nodes,
    (cells: number[]) => cells,
    (cells) => cells.join(','),
  )
  const slots: number[][] = []
  const entries: number[][] = []
  const written = new Map<
    Pool,
    {nodes: Map<number, number>; slots: Map<number, number>; entries: Map<number, number>}
  >()
  const tables = (
    pool: Pool,
  ): {nodes: Map<number, number>; slots: Map<number, number>; entries: Map<number, number>} => {
    let done = written.get(pool)
    if (!done) {
      done = {nodes: new Map(), slots: new Map(), entries: new Map()}
      written.set(pool, done)
    }
    return done
  }
  const node = (pool: Pool, current: number): number => {
    const done = tables(pool).nodes
    let id = done.get(current)
    if (id === undefined) {
      const {nodes: cells, edges} = pool
      const wild = cells[4 * current + 2] ?? -1
      const out = [cells[4 * current + 3] ?? 0, wild >= 0 ? node(pool, wild) : -1]
      const first = cells[4 * current] ?? 0
      const end = first + (cells[4 * current + 1] ?? 0)
      const pairs: [number, number][] = []
      for (let e = first; e < end; e++)
        pairs.push([word(edges[2 * e] ?? 0), node(pool, edges[2 * e + 1] ?? 0)])
      // Edges in the table's word order: a process that reads the table first numbers its words in that order, so
      // `importIndexes` finds them sorted and need not sort them.
      pairs.sort((a, b) => a[0] - b[0])
      for (const [text, child] of pairs) out.push(text, child)
      id = row(out)
      done.set(current, id)
    }
    return id
  }
  const slot = (pool: Pool, current: number): number => {
    const done = tables(pool).slots
    let id = done.get(current)
    if (id === undefined) {
      const cells = pool.slots
      id = slots.length
      slots.push([
        cells[3 * current] ?? 0,
        node(pool, cells[3 * current + 1] ?? 0),
        cells[3 * current + 2] ?? 0,
      ])
      done.set(current, id)
    }
    return id
  }
  const entry = (pool: Pool, current: number): number => {
    const done = tables(pool).entries
    let id = done.get(current)
    if (id === undefined) {
      const cells = pool.entries
      const from = cells[4 * current + 2] ?? 0
      const count = cells[4 * current + 3] ?? 0
      const out = [cells[4 * current] ?? 0, cells[4 * current + 1] ?? 0]
      for (let k = from; k < from + count; k++) out.push(slot(pool, pool.entrySlots[k] ?? 0))
      id = entries.length
      entries.push(out)
      done.set(current, id)
    }
    return id
  }
  // The index lists first: they number the entries, slots and nodes they name.
  const lists = indexes.map((index) => {
    const first: number[] = []
    eachList(index.byFirst, (key, list) => {
      first.push(word(key), list.length)
      for (const id of list) first.push(entry(index.pool, id))
    })
    const pair: number[] = []
    eachList(index.byPair, (key, bySecond) => {
      const at = pair.length
      pair.push(word(key), 0)
      let count = 0
      eachList(bySecond, (second, list) => {
        pair.push(word(second), list.length)
        for (const id of list) pair.push(entry(index.pool, id))
        count++
      })
      pair[at + 1] = count
    })
    return {first, pair, longest: index.longest}
  })
  return {words, nodes: flatRows(nodes), slots: flatRows(slots), entries: flatRows(entries), indexes: lists}
}

/** Visit every key and value of a table, in the order they were added. */
function eachList<V>(table: Lookup<V>, visit: (key: number, value: V) => void): void {
  if (table instanceof Map) for (const [key, value] of table as Map<number, V>) visit(key, value)
  else if (table instanceof LazyTable) table.each(visit)
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

/** Read tables written by `exportIndexes` back into indexes (sharing one pool), in the same order. */
export function importIndexes(tables: IndexTables): PhraseIndex[] {
  const global = tables.words.map(intern)
  const text = (id: number): number => global[id] ?? UNKNOWN
  const pool = new Pool()
  // Indexed loops, no destructuring: this runs once per process, before the code is optimised.
  const nodes = tables.nodes.cells
  for (let k = 0, count = rowCount(tables.nodes); k < count; k++) {
    const start = tables.nodes.at[k] ?? 0
    const end = tables.nodes.at[k + 1] ?? start
    pool.nodes.push(
      pool.edges.length / 2,
      (end - start - 2) / 2,
      nodes[start + 1] ?? -1,
      nodes[start] === 1 ? 1 : 0,
    )
    const from = pool.edges.length
    let sorted = true
    for (let i = start + 2; i < end; i += 2) {
      const word = text(nodes[i] ?? 0)
      if (i > start + 2 && word < (pool.edges[pool.edges.length - 2] ?? 0)) sorted = false
      pool.edges.push(word, nodes[i + 1] ?? 0)
    }
    // A node's edges in the pool are sorted by the process's word numbers (usually the table's order already).
    if (!sorted) sortEdges(pool.edges, from)
  }
  const slots = tables.slots.cells
  for (let k = 0, count = rowCount(tables.slots); k < count; k++) {
    const start = tables.slots.at[k] ?? 0
    pool.slots.push(slots[start] ?? 0, slots[start + 1] ?? 0, slots[start + 2] ?? 0)
  }
  const entries = tables.entries.cells
  for (let k = 0, count = rowCount(tables.entries); k < count; k++) {
    const start = tables.entries.at[k] ?? 0
    const end = tables.entries.at[k + 1] ?? start
    pool.entries.push(
      entries[start] ?? 0,
      entries[start + 1] ?? 0,
      pool.entrySlots.length,
      Math.max(0, end - start - 2),
    )
    for (let i = start + 2; i < end; i++) pool.entrySlots.push(entries[i] ?? 0)
    pool.tried.push(0)
    pool.seconds.push(undefined)
  }
  const list = (flat: ArrayLike<number>, at: number): number[] => {
    const count = flat[at + 1] ?? 0
    const out: number[] = []
    for (let k = at + 2; k < at + 2 + count; k++) out.push(flat[k] ?? 0)
    return out
  }
  // A table's rows become lists when the matcher first asks for their
  // word: most first words of a large index never occur in one text.
  return tables.indexes.map(({first, pair, longest}) => {
    const byFirst = new LazyTable<number[]>(
      text,
      (at) => list(first, at),
      (add) => eachRow(first, 0, Infinity, add),
    )
    const byPair = new LazyTable<LazyTable<number[]>>(
      text,
      (at) =>
        new LazyTable<number[]>(
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
    return {pool, byFirst, byPair, longest}
  })
}

/** Sort the edges (word, child pairs) of `edges` from position `from` to its end by word. */
function sortEdges(edges: number[], from: number): void {
  const pairs: [number, number][] = []
  for (let i = from; i < edges.length; i += 2) pairs.push([edges[i] ?? 0, edges[i + 1] ?? 0])
  pairs.sort((a, b) => a[0] - b[0])
  edges.length = from
  for (const [word, child] of pairs) edges.push(word, child)
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
 * Positions in a flat table by word number, read on the first lookup (most
 * of a rule set's condition tables are never consulted for one text); each
 * value is made on its own first lookup.
 */
class LazyTable<V> implements Lookup<V> {
  #at: Map<number, number> | undefined
  readonly #made = new Map<number, V>()
  readonly #text: (id: number) => number
  readonly #make: (at: number) => V
  readonly #fill: (add: (word: number, at: number) => void) => void

  constructor(
    text: (id: number) => number,
    make: (at: number) => V,
    fill: (add: (word: number, at: number) => void) => void,
  ) {
    this.#text = text
    this.#make = make
    this.#fill = fill
  }

  get(key: number): V | undefined {
    const made = this.#made.get(key)
    if (made !== undefined) return made
    const at = this.#positions().get(key)
    if (at === undefined) return undefined
    const value = this.#make(at)
    this.#made.set(key, value)
    return value
  }

  /** Every key, in the table's order, without making values. */
  eachKey(visit: (key: number) => void): void {
    for (const key of this.#positions().keys()) visit(key)
  }

  /** Every key and value, in the table's order. */
  each(visit: (key: number, value: V) => void): void {
    for (const key of this.#positions().keys()) {
      const value = this.get(key)
      if (value !== undefined) visit(key, value)
    }
  }

  #positions(): Map<number, number> {
    if (!this.#at) {
      const positions = new Map<number, number>()
      this.#fill((word, at) => positions.set(this.#text(word), at))
      this.#at = positions
    }
    return this.#at
  }
}
