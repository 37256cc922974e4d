/**
 * The prose of a Markdown or HTML document, with a map from every prose
 * character back to the source bytes it came from.
 *
 * The parsers decode entities (`&amp;`, `&nbsp;`), drop escapes (`\&`) and
 * container prefixes (`> `, list indents) from their text values, so a
 * position counted in the text value is not a source position. Each text
 * value is aligned with its node's source slice here: a decoded entity maps
 * to the whole reference, an escaped character to the backslash and the
 * character, and skipped prefixes to nothing. Findings then carry source
 * offsets, and a fix replaces exactly the bytes of the phrase.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Node, Parent} from 'unist'
import type {Prose} from '../engine/bounded-parse.js'

interface Literal extends Node {
  value: string
}

/** Work done aligning text values with the source, for growth tests (operation counts). */
export const proseCounters = {steps: 0}

/** Builds prose text and its map. */
class ProseBuilder {
  private text = ''
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  /** Source offset after the last character added. */
  private last = 0
  private block: unknown

  constructor(private readonly source: string) {}

  /** Add `value` standing for the source range `[start, end)`, one range for all of it. */
  addAs(value: string, start: number, end: number): void {
    for (let i = 0; i < value.length; i++) {
      this.starts.push(start)
      this.ends.push(end)
    }
    this.text += value
    this.last = end
  }

  /** Start a new block (paragraph, heading, cell): separated by a blank line. */
  enter(block: unknown): void {
    if (block === this.block) return
    this.block = block
    if (this.text.length > 0) this.addAs('\n\n', this.last, this.last)
  }

  /**
   * Add a text value whose source is `source.slice(start, end)`, aligning
   * them character by character.
   */
  addAligned(value: string, start: number, end: number): void {
    const source = this.source
    let p = start
    let i = 0
    while (i < value.length) {
      proseCounters.steps++
      const char = value[i] ?? ''
      if (p < end && source[p] === char) {
        this.addAs(char, p, p + 1)
        p++
        i++
        continue
      }
      // `\&`: an escaped character stands for the backslash and itself.
      if (p + 1 < end && source[p] === '\\' && source[p + 1] === char) {
        this.addAs(char, p, p + 2)
        p += 2
        i++
        continue
      }
      // A character reference: `&amp;`, `&#38;`, `&#x26;`, `&nbsp` (legacy, no semicolon).
      if (source[p] === '&') {
        const reference = readReference(source, p, end)
        if (reference && value.startsWith(reference.value, i) && reference.value.length > 0) {
          this.addAs(reference.value, p, p + reference.length)
          p += reference.length
          i += reference.value.length
          continue
        }
      }
      // Container prefixes and indents after a line break, or markup the
      // value leaves out: skip source characters up to the next match.
      const next = skipTo(source, char, p, Math.min(end, p + 64))
      if (next !== -1) {
        p = next
        continue
      }
      // Nothing to align with (should not happen): keep the text, map it to the current point.
      this.addAs(char, p, p)
      i++
    }
    this.last = Math.max(this.last, Math.min(p, end))
  }

  result(): Prose {
    return {text: this.text, map: {starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends)}}
  }
}

/** Index of `char` in `source[from, to)`, or -1 (a bounded search). */
function skipTo(source: string, char: string, from: number, to: number): number {
  for (let index = from; index < to; index++) {
    proseCounters.steps++
    if (source[index] === char) return index
  }
  return -1
}

const referencePattern = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});?/y

/** The character reference at `at`, decoded, with its length in the source. */
function readReference(source: string, at: number, end: number): {value: string; length: number} | undefined {
  referencePattern.lastIndex = at
  const match = referencePattern.exec(source)
  if (!match || at + match[0].length > end) return undefined
  const body = match[1] ?? ''
  const semicolon = match[0].endsWith(';')
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
    const value =
      code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
        ? '\uFFFD'
        : String.fromCodePoint(code)
    return {value, length: match[0].length}
  }
  if (semicolon) {
    const value = decodeNamedCharacterReference(body)
    if (value !== false) return {value, length: match[0].length}
  }
  // Legacy references without a semicolon (`&amp`, `&nbsp`): the longest known prefix.
  for (let size = Math.min(body.length, 8); size >= 2; size--) {
    const value = decodeNamedCharacterReference(body.slice(0, size))
    if (value !== false) return {value, length: 1 + size}
  }
  return undefined
}

/** Markdown nodes that are not prose. */
const markdownSkipped = new Set(['yaml', 'toml', 'code', 'html', 'definition', 'footnoteDefinition'])
/** Markdown nodes whose text forms one block. */
const markdownBlocks = new Set(['paragraph', 'heading', 'tableCell'])

/** The prose of a Markdown document (front matter, code and HTML left out). */
export function markdownProse(source: string): Prose {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).parse(source)
  const builder = new ProseBuilder(source)
  const visit = (node: Node, block: unknown): void => {
    if (markdownSkipped.has(node.type)) return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    const inner = markdownBlocks.has(node.type) ? node : block
    if (start === undefined || end === undefined) return
    if (node.type === 'text') {
      builder.enter(inner)
      builder.addAligned((node as Literal).value, start, end)
    } else if (node.type === 'inlineCode') {
      // Code is not prose: it reads as a soft break, as a slash would.
      builder.enter(inner)
      builder.addAs('/', start, end)
    } else if (node.type === 'break') {
      builder.enter(inner)
      builder.addAs('\n', start, end)
    } else if (node.type === 'image' || node.type === 'imageReference') {
      const alt = (node as Node & {alt?: string | null}).alt
      if (alt) {
        builder.enter(inner)
        builder.addAligned(alt, start, end)
      }
    } else if ('children' in node) {
      for (const child of (node as Parent).children) visit(child, inner)
    }
  }
  visit(tree, tree)
  return builder.result()
}

/** HTML elements that are not prose. */
const htmlSkipped = new Set(['script', 'style', 'svg', 'math', 'del', 'template', 'noscript', 'textarea'])
/** HTML elements read as code: a soft break, not words. */
const htmlSource = new Set(['code', 'pre', 'kbd', 'samp'])
/** Phrasing elements: their text continues the surrounding block. */
const phrasing = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
])

/** The prose of an HTML document (scripts, styles, code and attributes left out). */
export function htmlProse(source: string): Prose {
  const tree = unified().use(rehypeParse, {fragment: false}).parse(source)
  const builder = new ProseBuilder(source)
  const visit = (node: Node, block: unknown): void => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'text') {
      if (start === undefined || end === undefined) return
      builder.enter(block)
      builder.addAligned((node as Literal).value, start, end)
      return
    }
    if (node.type !== 'element' && node.type !== 'root') return
    const name = (node as Node & {tagName?: string}).tagName ?? ''
    if (htmlSkipped.has(name)) return
    if (htmlSource.has(name)) {
      if (start !== undefined && end !== undefined) {
        builder.enter(block)
        builder.addAs('/', start, end)
      }
      return
    }
    if (name === 'br') {
      if (start !== undefined && end !== undefined) builder.addAs('\n', start, end)
      return
    }
    const inner = node.type === 'root' || phrasing.has(name) ? block : node
    for (const child of (node as Parent).children) visit(child, inner)
  }
  visit(tree, tree)
  return builder.result()
}
