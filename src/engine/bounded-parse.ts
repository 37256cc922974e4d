/**
 * Bounded parsing: retext-english is quadratic on some long sentences
 * ("e.g. e.g. …", dates, "a-b a-b …") and overflows the stack on one very
 * long hyphenated token. The text is therefore parsed in pieces of at most
 * `pieceLength` characters, cut at the strongest boundary in reach (a blank
 * line, a sentence end, a clause mark, a space, else anywhere), and the
 * pieces are joined into one tree: a piece cut inside a paragraph continues
 * that paragraph. Texts of one piece parse exactly as before.
 *
 * The parsed text may differ from the source (Markdown and HTML prose, or
 * invisible characters removed): a `ProseMap` gives, for each parsed
 * character, the source range it came from, and every node's position is
 * mapped back to source offsets, lines and columns.
 *
 * This module also holds the cooperative deadline that the parse and the
 * phrase matcher check, so that a document over its time limit stops with a
 * `LimitError` instead of running on.
 */
import type {Node, Parent, Point, Position} from 'unist'

/** For each character of a parsed text, the source range it stands for. */
export interface ProseMap {
  /** Source offset where parsed character `i` starts. */
  readonly starts: Int32Array
  /** Source offset where parsed character `i` ends. */
  readonly ends: Int32Array
}

/** Text to parse and, when it differs from the source, its map. */
export interface Prose {
  readonly text: string
  /** Omitted when the text is the source itself. */
  readonly map?: ProseMap | undefined
}

/** A document over a limit: size or time. The message names the limit and what to do. */
export class LimitError extends Error {
  override name = 'LimitError'
}

/** Tuning and counters, exported for tests. */
export const parseSettings = {
  /** Longest piece handed to the parser at once. */
  pieceLength: 1024,
}

/** Work done, for growth tests (operation counts, never time). */
export const parseCounters = {pieces: 0, characters: 0}

// The cooperative deadline of the document being linted (ms since epoch).
let deadlineAt = Infinity
let deadlineLimit = 0
let ticks = 0

/** Set the deadline for the document about to be linted; `undefined` clears it. */
export function setDeadline(timeLimit: number | undefined): void {
  deadlineLimit = timeLimit ?? 0
  deadlineAt = timeLimit === undefined ? Infinity : Date.now() + timeLimit
  ticks = 0
}

/**
 * Throw a `LimitError` once the deadline has passed. Cheap: the clock is
 * read once every 256 calls.
 */
export function checkDeadline(): void {
  if (deadlineAt === Infinity || (++ticks & 255) !== 0) return
  if (Date.now() > deadlineAt) {
    const limit = deadlineLimit
    deadlineAt = Infinity
    throw new LimitError(
      `linting took longer than the time limit of ${String(limit)} ms; split the document or raise the time limit`,
    )
  }
}

// Characters that are invisible inside a word and hide it from matching:
// soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM.
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g

/**
 * Remove invisible characters (soft hyphen, zero-width space and joiners)
 * so that "pros\u00ADtitute" reads as one word; the map keeps offsets.
 */
export function stripInvisible(prose: Prose): Prose {
  const {text} = prose
  invisible.lastIndex = 0
  if (!invisible.test(text)) return prose
  const starts: number[] = []
  const ends: number[] = []
  let out = ''
  let runStart = 0
  const keep = (from: number, to: number): void => {
    out += text.slice(from, to)
    for (let i = from; i < to; i++) {
      starts.push(prose.map ? (prose.map.starts[i] ?? i) : i)
      ends.push(prose.map ? (prose.map.ends[i] ?? i + 1) : i + 1)
    }
  }
  invisible.lastIndex = 0
  for (let match = invisible.exec(text); match; match = invisible.exec(text)) {
    keep(runStart, match.index)
    runStart = match.index + 1
  }
  keep(runStart, text.length)
  return {text: out, map: {starts: Int32Array.from(starts), ends: Int32Array.from(ends)}}
}

/** Where each line of the source starts, for offset → line/column. */
function lineStarts(source: string): Int32Array {
  const starts = [0]
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
  return Int32Array.from(starts)
}

/**
 * Offset → point, with a cursor: positions come in document order, so most
 * need no search. The last two points are kept: a node and its first child
 * start at one offset and a word ends where its text ends, so most asks
 * repeat one of them (points are shared as the parser itself shares them;
 * none is changed after).
 */
export class Points {
  private line = 0
  private recent: Point | undefined
  private older: Point | undefined
  constructor(private readonly starts: Int32Array) {}

  /** The point at `offset`. */
  at(offset: number): Point {
    const recent = this.recent
    if (recent?.offset === offset) return recent
    const older = this.older
    if (older?.offset === offset) {
      this.older = recent
      this.recent = older
      return older
    }
    const point = this.#find(offset)
    this.older = recent
    this.recent = point
    return point
  }

  #find(offset: number): Point {
    const starts = this.starts
    let line = this.line
    if (!((starts[line] ?? 0) <= offset && (line + 1 >= starts.length || (starts[line + 1] ?? 0) > offset))) {
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if ((starts[middle] ?? 0) <= offset) low = middle
        else high = middle - 1
      }
      line = low
      this.line = line
    }
    return {line: line + 1, column: offset - (starts[line] ?? 0) + 1, offset}
  }
}

/** A cut between pieces: `hard` at a blank line (new paragraph), else inside one. */
interface Cut {
  readonly at: number
  readonly hard: boolean
}

const blankLine = /\n[ \t]*\r?\n/g
const sentenceEnd = /[.!?\u2026]['"\u2019\u201D)\]]*[ \t\r\n]+(?=["\u201C\u2018(]?[\p{Lu}\p{N}])/gu
const clauseEnd = /[.!?\u2026;:,][ \t\r\n]+/g
const space = /[ \t\r\n]+/g

/** Cut a text into pieces of at most `pieceLength` characters. */
export function cutPieces(text: string, pieceLength = parseSettings.pieceLength): Cut[] {
  const cuts: Cut[] = []
  let position = 0
  while (text.length - position > pieceLength) {
    const windowEnd = position + pieceLength
    const low = position + (pieceLength >> 2)
    const window = text.slice(position, windowEnd)
    let cut = lastMatch(blankLine, window, low - position, false)
    let hard = cut !== -1
    if (cut === -1) cut = lastMatch(sentenceEnd, window, low - position, true)
    if (cut === -1) cut = lastMatch(clauseEnd, window, low - position, true)
    if (cut === -1) cut = lastMatch(space, window, low - position, true)
    if (cut === -1) {
      cut = pieceLength
      // Never split a surrogate pair.
      const code = text.charCodeAt(position + cut - 1)
      if (code >= 0xd800 && code <= 0xdbff) cut--
      hard = false
    }
    position += cut
    cuts.push({at: position, hard})
  }
  return cuts
}

/** Index (in `window`) of the last match at or after `low`: its start, or its end with `after`. */
function lastMatch(pattern: RegExp, window: string, low: number, after: boolean): number {
  let found = -1
  pattern.lastIndex = 0
  for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
    const at = after ? match.index + match[0].length : match.index
    if (at >= low && at < window.length) found = at
    if (match[0].length === 0) pattern.lastIndex++
  }
  return found
}

/**
 * Parse `prose` in bounded pieces with `parse` (retext-english) and map
 * every position to `source`.
 *
 * @param parse - Parses one piece into an nlcst root.
 * @param prose - The text to parse and its map to the source.
 * @param source - The document as given (positions point into it).
 */
export function parseBounded(parse: (piece: string) => Parent, prose: Prose, source: string): Parent {
  const {text, map} = prose
  const cuts = [...cutPieces(text), {at: text.length, hard: true}]
  // One piece of the source itself: the parser's positions are already right.
  if (!map && cuts.length === 1 && text === source) {
    checkDeadline()
    parseCounters.pieces++
    parseCounters.characters += text.length
    return parse(text)
  }
  const lines = new Points(lineStarts(source))
  const root: Parent = {type: 'RootNode', children: []}
  let from = 0
  let previousHard = true
  for (const cut of cuts) {
    checkDeadline()
    const piece = text.slice(from, cut.at)
    parseCounters.pieces++
    parseCounters.characters += piece.length
    const tree = parse(piece)
    for (const child of tree.children) remap(child, from, map, lines, source.length)
    const children = tree.children
    const last = root.children.at(-1)
    const first = children[0]
    if (!previousHard && last?.type === 'ParagraphNode' && first?.type === 'ParagraphNode') {
      // A piece cut inside a paragraph continues it.
      const paragraph = last as Parent
      paragraph.children.push(...(first as Parent).children)
      if (paragraph.position && first.position) paragraph.position.end = first.position.end
      root.children.push(...children.slice(1))
    } else root.children.push(...children)
    previousHard = cut.hard
    from = cut.at
  }
  const firstChild = root.children[0]
  const lastChild = root.children.at(-1)
  if (firstChild?.position && lastChild?.position) {
    root.position = {start: firstChild.position.start, end: lastChild.position.end}
  }
  return root
}

/** Map the positions of `node` and its descendants, from a piece parsed at `base`, to the source. */
function remap(
  node: Node,
  base: number,
  map: ProseMap | undefined,
  lines: Points,
  sourceLength: number,
): void {
  const position = node.position
  if (position?.start.offset !== undefined && position.end.offset !== undefined) {
    node.position = mapPosition(position, base, map, lines, sourceLength)
  }
  const children = (node as Partial<Parent>).children
  if (children !== undefined) {
    for (let i = 0; i < children.length; i++) remap(children[i] as Node, base, map, lines, sourceLength)
  }
}

/**
 * Map a piece's position to the source as a new object: the parser shares
 * point objects between a node and its children, so they cannot be changed
 * in place.
 */
function mapPosition(
  position: Position,
  base: number,
  map: ProseMap | undefined,
  lines: Points,
  sourceLength: number,
): Position {
  const start = base + (position.start.offset ?? 0)
  const end = base + (position.end.offset ?? 0)
  let sourceStart = start
  let sourceEnd = end
  if (map) {
    const length = map.starts.length
    sourceStart = start < length ? (map.starts[start] ?? 0) : length > 0 ? (map.ends[length - 1] ?? 0) : 0
    sourceEnd = end > start ? (map.ends[end - 1] ?? sourceStart) : sourceStart
  }
  sourceStart = Math.min(sourceStart, sourceLength)
  sourceEnd = Math.min(Math.max(sourceEnd, sourceStart), sourceLength)
  return {start: lines.at(sourceStart), end: lines.at(sourceEnd)}
}
