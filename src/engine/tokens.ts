/**
 * Flatten an nlcst tree into the token stream the matcher walks.
 *
 * Words are split at internal hyphens ("gang-member" → gang, member) and
 * keep internal apostrophes ("won't"). Each token records what separates it
 * from the previous one (`gap`), so phrases may cross spaces, line breaks
 * and hyphens but not punctuation. Quotation spans are paired per paragraph.
 */
import type {Node, Parent} from 'unist'
import type {Point} from 'unist'
import {normaliseWord} from './normalise.js'

/** What stands between a token and the one before it, from weakest to strongest. */
export const Gap = {
  space: 0,
  hyphen: 1,
  /** Commas, quotes, brackets, slashes. */
  soft: 2,
  /** Semicolons, colons, dashes. */
  clause: 3,
  /** Sentence end, paragraph or start of text. */
  sentence: 4,
} as const

export interface Token {
  /** Normalised word. */
  readonly norm: string
  /** The word as written. */
  readonly value: string
  readonly start: Point
  readonly end: Point
  /** Strongest separator between this token and the previous one (`Gap`). */
  readonly gap: number
  /** Punctuation and symbols between this token and the previous one. */
  readonly gapChars: string
  /** Index of the nlcst sentence. */
  readonly sentence: number
  /** Whether the token starts a line, a paragraph or a table cell ("|", "•"). */
  readonly lineStart: boolean
  /** Index of the innermost quotation span holding this token, or -1. */
  quote: number
}

/** A paired quotation span. */
export interface QuoteSpan {
  /** Index of the first token inside. */
  readonly first: number
  /** Index of the last token inside. */
  readonly last: number
}

export interface TokenStream {
  readonly tokens: Token[]
  readonly quotes: QuoteSpan[]
  /** Punctuation after the last token. */
  readonly trailing: string
}

interface Literal extends Node {
  value: string
}

const apostrophes = new Set(["'", '\u2019', '\u02BC', '\u2032'])
const hyphens = new Set(['-', '\u2010', '\u2011'])
const clauseMarks = new Set([';', ':', '\u2013', '\u2014', '\u2015'])
const sentenceMarks = new Set(['.', '!', '?', '\u2026'])
const openOnly = new Set(['\u201C', '\u2018', '\u00AB', '\u201E', '\u2039'])
const closeOnly = new Set(['\u201D', '\u00BB', '\u203A'])
const ambiguousQuotes = new Set(['"', "'", '\u2019'])

interface QuoteEvent {
  readonly kind: 'open' | 'close'
  readonly double: boolean
  /** Index of the next token to be pushed. */
  readonly at: number
}

/** Build the token stream of a tree. Nodes without positions are skipped. */
export function tokenize(tree: Node): TokenStream {
  const tokens: Token[] = []
  const quotes: QuoteSpan[] = []
  let sentence = -1
  let gap: number = Gap.sentence
  let gapChars = ''
  let lineStart = true
  let previous: 'none' | 'space' | 'word' | 'open' = 'none'
  let events: QuoteEvent[] = []

  // Current sub-word being built inside a WordNode.
  let parts: Literal[] = []
  let currentValue = ''

  const flushWord = (): void => {
    const first = parts[0]
    const last = parts.at(-1)
    const value = currentValue
    parts = []
    currentValue = ''
    if (!first?.position || !last?.position) return
    tokens.push({
      norm: normaliseWord(value),
      value,
      start: first.position.start,
      end: last.position.end,
      gap,
      gapChars,
      sentence,
      lineStart: lineStart || /[|\u2022\u25AA\u25CF\u2610\u2611\u2612]/.test(gapChars),
      quote: -1,
    })
    gap = Gap.space
    gapChars = ''
    lineStart = false
  }

  const raise = (level: number, chars: string): void => {
    if (parts.length > 0) flushWord()
    if (level > gap) gap = level
    gapChars += chars
  }

  const pairQuotes = (): void => {
    const stack: QuoteEvent[] = []
    for (const event of events) {
      if (event.kind === 'open') {
        stack.push(event)
        continue
      }
      const index = findLastIndex(stack, (open) => open.double === event.double)
      if (index === -1) continue
      const open = stack[index]
      stack.length = index
      if (open && event.at - 1 >= open.at) quotes.push({first: open.at, last: event.at - 1})
    }
    events = []
  }

  const punctuation = (value: string): void => {
    if (sentenceMarks.has(value)) return raise(Gap.sentence, value)
    if (clauseMarks.has(value)) return raise(Gap.clause, value)
    const quote = quoteKind(value, previous)
    if (quote) events.push({...quote, at: tokens.length + (parts.length > 0 ? 1 : 0)})
    raise(Gap.soft, value)
    previous = quote?.kind === 'open' || /[([{]/.test(value) ? 'open' : 'word'
  }

  const visit = (node: Node): void => {
    switch (node.type) {
      case 'ParagraphNode': {
        lineStart = true
        visitChildren(node)
        if (parts.length > 0) flushWord()
        pairQuotes()
        gap = Gap.sentence
        previous = 'none'
        return
      }
      case 'SentenceNode': {
        sentence++
        if (parts.length > 0) flushWord()
        gap = Gap.sentence
        visitChildren(node)
        if (parts.length > 0) flushWord()
        return
      }
      case 'WordNode': {
        visitWord(node as Parent)
        if (parts.length > 0) flushWord()
        previous = 'word'
        return
      }
      case 'WhiteSpaceNode': {
        previous = 'space'
        if ((node as Literal).value.includes('\n')) lineStart = true
        return
      }
      case 'PunctuationNode':
      case 'SymbolNode': {
        punctuation((node as Literal).value)
        return
      }
      case 'SourceNode': {
        raise(Gap.soft, '')
        previous = 'word'
        return
      }
      default: {
        if ('children' in node) visitChildren(node)
      }
    }
  }

  const visitWord = (word: Parent): void => {
    for (const child of word.children) {
      const value = (child as Literal).value
      if (child.type === 'TextNode') {
        parts.push(child as Literal)
        currentValue += value
      } else if (apostrophes.has(value) && parts.length > 0) {
        parts.push(child as Literal)
        currentValue += value
      } else if (hyphens.has(value)) {
        if (parts.length > 0) flushWord()
        if (gap < Gap.hyphen) gap = Gap.hyphen
        gapChars += value
      } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
        if (parts.length > 0) flushWord()
        punctuation(value)
      } else if ('children' in child) {
        visitWord(child as Parent)
      }
    }
  }

  const visitChildren = (node: Node): void => {
    for (const child of (node as Parent).children) visit(child)
  }

  visit(tree)
  if (parts.length > 0) flushWord()
  pairQuotes()

  // Innermost span wins: later (inner) spans are pushed before outer ones
  // close, so assign outer first by sorting on length, longest first.
  const ordered = quotes
    .map((span, index) => ({span, index}))
    .sort((a, b) => b.span.last - b.span.first - (a.span.last - a.span.first))
  for (const {span, index} of ordered) {
    for (let i = span.first; i <= span.last; i++) {
      const token = tokens[i]
      if (token) token.quote = index
    }
  }
  return {tokens, quotes, trailing: gapChars}
}

function quoteKind(
  value: string,
  previous: 'none' | 'space' | 'word' | 'open',
): {kind: 'open' | 'close'; double: boolean} | undefined {
  const double =
    value === '"' ||
    value === '\u201C' ||
    value === '\u201D' ||
    value === '\u00AB' ||
    value === '\u00BB' ||
    value === '\u201E'
  if (openOnly.has(value)) return {kind: 'open', double}
  if (closeOnly.has(value)) return {kind: 'close', double}
  if (ambiguousQuotes.has(value)) {
    return {kind: previous === 'word' ? 'close' : 'open', double}
  }
  return undefined
}

function findLastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) {
    const item = list[i]
    if (item !== undefined && test(item)) return i
  }
  return -1
}
