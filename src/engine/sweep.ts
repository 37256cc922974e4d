/**
 * A faster `bulkMatch` for compromise's tagger, with the same results.
 *
 * compromise's post-tagger runs its match patterns through
 * `methods.one.bulkMatch`. To find the patterns worth trying on a sentence,
 * that function walks every hook word and tag of its pattern net (a few
 * thousand keys) and asks whether the sentence holds each, concatenating
 * lists as it goes: most of the cost of tagging one short sentence, which is
 * what the subject guards ask for. This version walks the sentence's own
 * words and tags (a few dozen) instead and puts the hooks found in the
 * net's key order, so the patterns are tried in exactly the order, with
 * exactly the filters, of compromise 14.17's own `bulkMatch`; the rest is
 * that function as written. It is installed only on the compromise versions
 * it was checked against (`installSweep`), where tagging every prefix of
 * every development sentence gives identical terms, tags and offsets.
 */

/** A pattern of compromise's net (only the fields the sweep reads). */
interface NetMatch {
  readonly match?: string
  readonly needs: readonly string[]
  readonly ifNo?: readonly string[]
  readonly wants: readonly string[]
  readonly minWant: number
  readonly minWords: number
  readonly unTag?: unknown
}

interface Net {
  readonly hooks: Readonly<Record<string, readonly NetMatch[]>>
  readonly always: readonly NetMatch[]
}

interface MatchResult {
  readonly ptrs: number[][]
}

interface OneMethods {
  cacheDoc(document: readonly unknown[][]): ReadonlySet<unknown>[]
  match(document: readonly unknown[][], match: NetMatch): MatchResult
  bulkMatch: BulkMatch
}

type BulkMatch = (
  document: readonly unknown[][],
  net: Net,
  methods: {readonly one: OneMethods},
  options?: {readonly matchOne?: boolean},
) => unknown[]

/** compromise as far as installing the sweep needs it. */
export interface SweepHost {
  readonly version?: string
  world?: () => {readonly methods?: {readonly one?: OneMethods}}
}

/** compromise versions whose `bulkMatch` this reproduces (checked by test/engine/sweep.test.ts). */
const checkedVersions = new Set(['14.17.0'])

/** Each net's hook keys, by their position in the net's own key order. */
const keyOrders = new WeakMap<object, ReadonlyMap<string, number>>()

function keyOrder(hooks: Net['hooks']): ReadonlyMap<string, number> {
  let order = keyOrders.get(hooks)
  if (!order) {
    order = new Map(Object.keys(hooks).map((key, position) => [key, position]))
    keyOrders.set(hooks, order)
  }
  return order
}

/** The patterns hooked by a sentence's words and tags, in the net's key order, each once (by `match`). */
function hooked(haves: ReadonlySet<unknown>, hooks: Net['hooks']): NetMatch[] {
  const order = keyOrder(hooks)
  const found: [number, string][] = []
  for (const have of haves) {
    if (typeof have !== 'string') continue
    const position = order.get(have)
    if (position !== undefined) found.push([position, have])
  }
  found.sort((a, b) => a[0] - b[0])
  const seen = new Set<string | undefined>()
  const maybe: NetMatch[] = []
  for (const [, key] of found) {
    for (const match of hooks[key] ?? []) {
      // compromise keeps the first pattern of each `match` text.
      if (seen.has(match.match)) continue
      seen.add(match.match)
      maybe.push(match)
    }
  }
  return maybe
}

const sweep: BulkMatch = (document, net, methods, options = {}) => {
  const docCache = methods.one.cacheDoc(document)
  const results: unknown[] = []
  for (let n = 0; n < docCache.length; n++) {
    const haves = docCache[n]
    const terms = document[n]
    if (!haves || !terms) continue
    let list = hooked(haves, net.hooks).filter(
      (match) =>
        match.needs.every((need) => haves.has(need)) &&
        (match.ifNo === undefined || !match.ifNo.some((no) => haves.has(no))) &&
        (match.wants.length === 0 || match.wants.filter((want) => haves.has(want)).length >= match.minWant),
    )
    if (net.always.length > 0) list = list.concat(net.always)
    for (const match of list) {
      if (terms.length < match.minWords) continue
      const found = methods.one.match([terms], match)
      if (found.ptrs.length === 0) continue
      for (const pointer of found.ptrs) {
        pointer[0] = n
        const todo: NetMatch & {pointer: number[]} = Object.assign({}, match, {pointer})
        if (match.unTag !== undefined) (todo as {unTag?: unknown}).unTag = match.unTag
        results.push(todo)
      }
      if (options.matchOne === true) return [results[0]]
    }
  }
  return results
}

/** Use the faster sweep in `nlp` when its version is one it was checked against; returns whether it did. */
export function installSweep(nlp: SweepHost): boolean {
  if (!nlp.version || !checkedVersions.has(nlp.version)) return false
  const one = nlp.world?.().methods?.one
  if (!one || typeof one.bulkMatch !== 'function' || typeof one.cacheDoc !== 'function') return false
  one.bulkMatch = sweep
  return true
}
