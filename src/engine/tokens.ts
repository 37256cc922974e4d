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
import * as lexicon from './lexicon.js'
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
  /** Half of a written word split in two ("is" + "n't" of "isn't"), or undefined. */
  readonly part?: 'head' | 'tail'
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
    const start = first.position.start
    const end = last.position.end
    const norm = normaliseWord(value)
    const contraction = splitContraction(norm)
    // Tokens are written out field by field, in one order: spreading a shared
    // object into each token cost more than the rest of this function.
    const starts = lineStart || (gapChars !== '' && /[|\u2022\u25AA\u25CF\u2610\u2611\u2612]/.test(gapChars))
    if (
      contraction &&
      norm.length === value.length &&
      start.offset !== undefined &&
      end.offset !== undefined &&
      end.offset - start.offset === value.length
    ) {
      // "isn't" → "is" + "n't" (read as "not"), "she's" → "she" + "'s", each
      // with its own span, so "is not credible" also finds "isn't credible".
      const [head, length, tail] = contraction
      const middle = shift(start, length)
      tokens.push({
        norm: head,
        value: value.slice(0, length),
        start,
        end: middle,
        gap,
        gapChars,
        sentence,
        lineStart: starts,
        quote: -1,
        part: 'head',
      })
      tokens.push({
        norm: tail,
        value: value.slice(length),
        start: middle,
        end,
        gap: Gap.space,
        gapChars: '',
        sentence,
        lineStart: false,
        quote: -1,
        part: 'tail',
      })
    } else {
      tokens.push({norm, value, start, end, gap, gapChars, sentence, lineStart: starts, quote: -1})
    }
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
  markLineBreaks(tokens, gapChars)
  readSlashShorthands(tokens)

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

const bullets = /[-*+|\u2022\u00B7\u25AA\u25CF\u25E6\u2023\u2043\u2013\u2014\u2610\u2611\u2612]/
/** A line this short before a break is a field, a heading or a list line, not wrapped prose. */
const shortLine = 60

/**
 * A line break is a sentence break where the text is a form or a list, as
 * referrals often are: before a bullet, a numbered item or a table row,
 * before a "Field:" line, and a capitalised line after a short line. Lines
 * of wrapped prose (long, or going on in lower case) still join ("was driven to↵Hull by Marcus").
 */
function markLineBreaks(tokens: Token[], trailing: string): void {
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]
    const previous = tokens[i - 1]
    if (!token?.lineStart || !previous || token.gap >= Gap.sentence) continue
    const next = tokens[i + 1]
    const numbered =
      /^(\d{1,2}|[a-z])$/i.test(token.value) && next !== undefined && /^[.)]/.test(next.gapChars)
    const field = isFieldStart(tokens, i)
    // A short line that ends on a word that cannot end a phrase ("to",
    // "the", "and", "was") goes on ("drove Ellie to↵Hull"); after any
    // other, a capitalised line, or a lower-case one after a shorter line,
    // is a note or a list line of its own ("Notes from visit↵acts older").
    const short =
      previous.end.line < token.start.line &&
      previous.end.column <= shortLine &&
      !continues(previous) &&
      (/^[\p{Lu}\d]/u.test(token.value) ||
        (previous.end.column <= noteLine &&
          token.gapChars.trim() === '' &&
          !continues(token) &&
          isNoteLine(tokens, i, trailing)))
    if (bullets.test(token.gapChars) || numbered || field || short) {
      ;(token as {gap: number}).gap = Gap.sentence
      if (numbered && next) (next as {gap: number}).gap = Gap.sentence
    }
  }
}

/** "w/ older males": a shorthand before a slash is its word, and the slash joins it to the next (`lexicon.slashShorthands`). */
function readSlashShorthands(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]
    const next = tokens[i + 1]
    if (!token || !next || !next.gapChars.trimStart().startsWith('/')) continue
    const word = lexicon.slashShorthands.get(token.norm)
    if (word === undefined) continue
    ;(token as {norm: string}).norm = word
    // "w/ 'Dee'": a quote after the slash still stops a phrase.
    if (next.gapChars.trim() === '/' && next.gap === Gap.soft) (next as {gap: number}).gap = Gap.space
  }
}

/** A line this short, ending on a word that can end a phrase, is a note line even when the next goes on in lower case. */
const noteLine = 40

/**
 * Whether the line opening at token `i` is short and ends with no full stop
 * ("acts older↵"), as a note's lines do; wrapped prose ends its last line
 * with one ("He is a gang↵member.").
 */
function isNoteLine(tokens: readonly Token[], i: number, trailing: string): boolean {
  const line = tokens[i]?.start.line
  let k = i
  while (tokens[k + 1]?.start.line === line) k++
  const last = tokens[k]
  if (!last || last.end.column > noteLine) return false
  const after = tokens[k + 1]?.gapChars ?? trailing
  return !/[.!?\u2026]/.test(after)
}

/** Whether a line ending on `last` reads on into the next ("… driven to↵Hull", "… and↵is described"). */
function continues(last: Token): boolean {
  const norm = last.norm
  return (
    lexicon.prepositions.has(norm) ||
    lexicon.determiners.has(norm) ||
    lexicon.scopeBreakers.has(norm) ||
    lexicon.copulas.has(norm) ||
    lexicon.passiveAuxiliaries.has(norm) ||
    lexicon.perfectAuxiliaries.has(norm) ||
    lexicon.modals.has(norm) ||
    lexicon.subjectPronouns.has(norm) ||
    /^(that|not|very|so|as|than|who|whom|whose|which|her|his|their|its)$/.test(norm)
  )
}

/** "Concerns: …", "Risk factors - …": one to four words, then a colon or dash. */
function isFieldStart(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4; k++) {
    const token = tokens[k]
    if (!token) return false
    if (/^\s*[:\u2013\u2014]/.test(token.gapChars)) return true
    if (token.gap > Gap.hyphen || token.lineStart) return false
  }
  return false
}

/** Heads of negative contractions whose written form is not the word ("wo" in "won't"). */
const contractionHeads: Readonly<Record<string, string>> = {ca: 'can', wo: 'will', sha: 'shall', ai: 'is'}

const clitics: Readonly<Record<string, string>> = {
  "'s": "'s",
  "'re": 'are',
  "'m": 'am',
  "'ve": 'have',
  "'ll": 'will',
  "'d": "'d",
}

/**
 * A contraction split in two: a negative contraction into its verb and
 * "not" ("isn't", "won't", "isnt"), a pronoun and its clitic verb ("she's",
 * "they're"). Returns the normalised words and the written length of the
 * first, or undefined.
 */
export function splitContraction(norm: string): [string, number, string] | undefined {
  // Most words have no apostrophe: only the bare forms ("isnt") can split.
  if (!norm.includes("'")) {
    return lexicon.bareContractions.has(norm) ? splitBare(norm) : undefined
  }
  const written =
    /^(\p{L}+)n't$/u.exec(norm)?.[1] ?? (lexicon.bareContractions.has(norm) ? norm.slice(0, -2) : undefined)
  if (written !== undefined && written.length > 0)
    return [contractionHeads[written] ?? written, written.length, 'not']
  const clitic = /^(\p{L}+)('(?:s|re|m|ve|ll|d))$/u.exec(norm)
  if (clitic?.[1] && clitic[2] && lexicon.cliticHosts.has(clitic[1])) {
    return [clitic[1], clitic[1].length, clitics[clitic[2]] ?? clitic[2]]
  }
  return undefined
}

/** A bare negative contraction ("isnt", "wont") split as `splitContraction` does. */
function splitBare(norm: string): [string, number, string] | undefined {
  const written = norm.slice(0, -2)
  if (written.length > 0) return [contractionHeads[written] ?? written, written.length, 'not']
  return undefined
}

/** A possessive word: her, his, their, or a word ending in 's ("her mother's partner", "Kyle’s"). */
export function isOwner(token: Token | undefined): boolean {
  if (token === undefined) return false
  const {norm} = token
  return lexicon.possessivePronouns.has(norm) || endsWithOwnerS(norm)
}

/** `/.'s$/` without a regular expression: a character that is not a line break, then "'s". */
function endsWithOwnerS(norm: string): boolean {
  const n = norm.length
  if (n < 3 || norm.charCodeAt(n - 1) !== 115 || norm.charCodeAt(n - 2) !== 39) return false
  const c = norm.charCodeAt(n - 3)
  return c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029
}

/** A point `by` characters further along the same line. */
function shift(point: Point, by: number): Point {
  return {line: point.line, column: point.column + by, offset: (point.offset ?? 0) + by}
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
