/**
 * Per-file context shared by the guards: the token stream, quotation spans,
 * the compiled cue lists, and compromise tagging of a sentence, built only
 * when a guard asks for it and at most once per sentence.
 */
import {addPattern, createIndex, matchAt, type Match, type PhraseIndex} from './phrase-index.js'
import type {WordClasses} from '../types.js'
import {parsePattern} from './pattern.js'
import {ageAfter, primaryAge} from './age.js'
import {Layout} from './layout.js'
import {eventDate, narrativeDates, type DateParts, type NarrativeDates} from './dates.js'
import {readCast, type Cast} from './slots.js'
import {Gap, isOwner, type QuoteSpan, type Token} from './tokens.js'
import {tagSentence, type SentenceTerms} from './subject.js'
import * as lexicon from './lexicon.js'

/** A compiled phrase list and its longest phrase in words. */
export interface PhraseSet {
  readonly index: PhraseIndex
  readonly depth: number
}

/** Compile phrase patterns into a set that `endsBefore` / `startsAfter` can test. */
export function compilePhrases(patterns: readonly string[], classes?: WordClasses): PhraseSet {
  const index = createIndex()
  for (const pattern of patterns) addPattern(index, parsePattern(pattern, classes), 0)
  return {index, depth: index.longest}
}

/** The cue phrase lists the guards share, by name (from the lexicon). */
const cueLists = {
  adultPredicate: lexicon.adultPredicates,
  peer: lexicon.peerCues,
  reportedFraming: lexicon.reportedFramingCues,
  mentionAfter: lexicon.mentionCuesAfter,
  naming: lexicon.namingCues,
  denial: lexicon.denialsBefore,
  mention: lexicon.mentionCues,
  quotedMention: lexicon.quotedMentionCues,
  reporting: lexicon.reportingCues,
  rebuttal: lexicon.rebuttalsAfter,
} as const

export type CueName = keyof typeof cueLists

/** The cue lists' names. */
export const cueNames = Object.keys(cueLists) as CueName[]

type Cues = Readonly<Record<CueName, PhraseSet>>

let cues: Cues | undefined

/** Compile the shared cue lists. */
export function compileCues(): Cues {
  return Object.fromEntries(
    Object.entries(cueLists).map(([name, list]) => [name, compilePhrases(list)]),
  ) as Record<CueName, PhraseSet>
}

/** The shared cue lists, compiled on first use (or given by `useCues`). */
export function sharedCues(): Cues {
  cues ??= compileCues()
  return cues
}

/** Use these compiled cue lists (from a build snapshot, src/engine/snapshot.ts). */
export function useCues(compiled: Cues): void {
  cues = compiled
}

/** A sentence as compromise sees it, with a map back to tokens. */
export interface TaggedSentence extends SentenceTerms {
  /** Offset of each token of the sentence in the text given to compromise. */
  readonly tokenOffsets: readonly number[]
  /** Index of the sentence's first token in the stream. */
  readonly firstToken: number
}

/**
 * Whether `value` starts with an upper-case letter (`/^\p{Lu}/u`), without
 * the regular expression for the common case: an ASCII first character is
 * upper case only from A to Z.
 */
export function startsUpper(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(value)
}

/** Words that may stand between an owner and a relation noun: "his older cousin". */
const relationModifiers = /^(older|younger|elder|eldest|oldest|best|new|old|close|male|female|adult)$/

/**
 * Whether token `i` names someone by their relation to another: "his
 * cousin", "her older friend", "Kai's associate".
 */
export function isOwnedRelation(tokens: readonly Token[], i: number): boolean {
  if (!lexicon.relationNouns.has(tokens[i]?.norm ?? '')) return false
  if (isOwner(tokens[i - 1])) return true
  return relationModifiers.test(tokens[i - 1]?.norm ?? '') && isOwner(tokens[i - 2])
}

/**
 * How far any guard looks from a match, in words. Sentences can be very
 * long (a pasted list with no full stops); bounding every scan keeps the
 * cost per match constant, so linting stays linear in the text.
 */
export const scanLimit = 40

export class Context {
  readonly tokens: readonly Token[]
  readonly quotes: readonly QuoteSpan[]
  #primaryAge: {value: number | undefined} | undefined
  #adultNames: Set<string> | undefined
  #cast: Cast | undefined
  /** `tagged` by token index (the callers only read it). */
  readonly #tagged = new Map<number, TaggedSentence | undefined>()

  /** Punctuation after the last token. */
  readonly trailing: string

  /** Per token: how many sentence breaks, and clause breaks, come before it (O(1) scope checks). */
  #sortedQuotes: QuoteSpan[] | undefined
  readonly #sentenceIds: Int32Array
  readonly #clauseIds: Int32Array

  /** An explicit reference date from the options, used when the text dates no event. */
  readonly #reference: DateParts | undefined
  #dates: NarrativeDates | undefined

  readonly #source: string | undefined
  #layout: Layout | undefined

  constructor(
    tokens: readonly Token[],
    quotes: readonly QuoteSpan[],
    trailing = '',
    reference?: DateParts,
    source?: string,
  ) {
    this.tokens = tokens
    this.#reference = reference
    this.#source = source
    this.quotes = quotes
    this.trailing = trailing
    this.#sentenceIds = new Int32Array(tokens.length)
    this.#clauseIds = new Int32Array(tokens.length)
    let sentence = 0
    let clause = 0
    tokens.forEach((token, i) => {
      if (i > 0 && token.gap >= Gap.sentence) sentence++
      if (i > 0 && token.gap >= Gap.clause) clause++
      this.#sentenceIds[i] = sentence
      this.#clauseIds[i] = clause
    })
  }

  /** Quotation spans that start within `scanLimit` words of token `index`. */
  quotesNear(index: number): QuoteSpan[] {
    this.#sortedQuotes ??= [...this.quotes].sort((a, b) => a.first - b.first)
    const spans = this.#sortedQuotes
    let low = 0
    let high = spans.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((spans[middle]?.first ?? 0) < index - scanLimit) low = middle + 1
      else high = middle
    }
    const near: QuoteSpan[] = []
    for (let i = low; i < spans.length && (spans[i]?.first ?? Infinity) <= index + scanLimit; i++) {
      const span = spans[i]
      if (span) near.push(span)
    }
    return near
  }

  /** Whether tokens `a` and `b` are in one sentence with no sentence break between. */
  sameSentence(a: number, b: number): boolean {
    const first = this.tokens[a]
    const last = this.tokens[b]
    if (!first || !last || first.sentence !== last.sentence) return false
    return this.#sentenceIds[a] === this.#sentenceIds[b]
  }

  /** Whether tokens `a` and `b` are in one clause: no clause or sentence break between. */
  sameClause(a: number, b: number): boolean {
    if (!this.sameSentence(a, b)) return false
    return this.#clauseIds[a] === this.#clauseIds[b]
  }

  /** Whether a phrase of `set` ends between `within` words before `index` and `index - 1`. */
  endsBefore(set: PhraseSet, index: number, within: number, accept?: (last: number) => boolean): boolean {
    const found = this.#scratch()
    try {
      const lowest = Math.max(0, index - within - set.depth + 1)
      const anchor = Math.min(index, this.tokens.length - 1)
      for (let p = index - 1; p >= lowest; p--) {
        if (!this.sameSentence(p, anchor)) break
        // Setting an array's length is a runtime call: only when there is something to clear.
        if (found.length > 0) found.length = 0
        matchAt(set.index, this.tokens, p, found)
        for (let k = 0; k < found.length; k++) {
          const last = (found[k] as Match).last
          if (last < index && last >= index - within && (!accept || accept(last))) return true
        }
      }
      return false
    } finally {
      this.#release(found)
    }
  }

  /**
   * An empty array for the matches at one position (`endsBefore`), the same
   * one each time unless a caller is still using it: most asks find nothing,
   * and there is then nothing to allocate.
   */
  #scratch(): Match[] {
    const spare = this.#spare
    if (spare === undefined) return []
    this.#spare = undefined
    if (spare.length > 0) spare.length = 0
    return spare
  }

  #release(found: Match[]): void {
    this.#spare = found
  }

  #spare: Match[] | undefined = []

  /** The last token of a phrase of `set` that ends before `index` in the same sentence, or -1. */
  lastEndBefore(set: PhraseSet, index: number, window: number): number {
    const found = this.#scratch()
    let best = -1
    const lowest = Math.max(0, index - window - set.depth + 1)
    for (let p = index - 1; p >= lowest; p--) {
      if (!this.sameSentence(p, index)) break
      if (found.length > 0) found.length = 0
      matchAt(set.index, this.tokens, p, found)
      for (const match of found) {
        if (match.last < index && match.last >= index - window && match.last > best) best = match.last
      }
    }
    this.#release(found)
    return best
  }

  /** Whether a phrase of `set` starts between `index + 1` and `index + within`. */
  startsAfter(set: PhraseSet, index: number, within: number): boolean {
    const found = this.#scratch()
    let starts = false
    for (let p = index + 1; p <= index + within; p++) {
      if (!this.sameSentence(index, p)) break
      matchAt(set.index, this.tokens, p, found)
      if (found.length > 0) {
        starts = true
        break
      }
    }
    this.#release(found)
    return starts
  }

  /** The child and the named adults, read once per file. */
  cast(): Cast {
    this.#cast ??= readCast(this)
    return this.#cast
  }

  /** The child's name as the narrative gives it ("Jade, 15"). */
  childName(): string | undefined {
    return this.cast().child
  }

  /** Names given an adult age anywhere in the text ("Smithy, 31"), read once per file. */
  adultNames(): ReadonlySet<string> {
    if (!this.#adultNames) {
      this.#adultNames = new Set()
      for (let i = 0; i < this.tokens.length; i++) {
        const token = this.tokens[i]
        if (!token || !startsUpper(token.value) || lexicon.notNames.has(token.norm)) continue
        const age = ageAfter(this.tokens, i)
        if (age !== undefined && age >= 18) this.#adultNames.add(token.value)
      }
    }
    return this.#adultNames
  }

  /**
   * Whether the tokens `first`…`last` stand in guidance about wording, by
   * evidence in the source's layout (see `layout.ts`); false without a source.
   */
  inGuidance(first: number, last: number): boolean {
    const from = this.tokens[first]?.start.offset
    const to = this.tokens[last]?.end.offset
    if (this.#source === undefined || from === undefined || to === undefined) return false
    this.#layout ??= new Layout(this.#source)
    return this.#layout.isGuidance(from, to)
  }

  /** The dates the text states, read once per file. */
  dates(): NarrativeDates {
    this.#dates ??= narrativeDates(this.tokens)
    return this.#dates
  }

  /**
   * The date ages are read at: the earliest event the text dates, else the
   * explicit reference date, else undefined (the engine never reads the clock).
   */
  referenceDate(): {readonly date: DateParts; readonly source: 'text' | 'option'} | undefined {
    const dates = this.dates()
    const date = eventDate(dates, undefined)
    if (date) return {date, source: 'text'}
    return this.#reference && {date: this.#reference, source: 'option'}
  }

  /** Age of the narrative's main person at the time of the events, read once per file. */
  primaryAge(): number | undefined {
    this.#primaryAge ??= {value: primaryAge(this.tokens, this.dates().birth, this.referenceDate()?.date)}
    return this.#primaryAge.value
  }

  /**
   * Whether anyone other than the child could be the subject of the word at
   * `index`: a professional or adult noun, or an age of 18 or more, earlier
   * in its sentence. When not, the guards need no grammar (and no
   * compromise) to know the subject is the child.
   */
  mayBeOther(index: number): boolean {
    // The referent and age guards both ask, for every candidate: answered once per token.
    const known = this.#mayBeOther.get(index)
    if (known !== undefined) return known
    const sentence = this.tokens[index]?.sentence
    let answer = false
    for (let i = index - 1; i >= Math.max(0, index - scanLimit); i--) {
      const token = this.tokens[i]
      if (!token || token.sentence !== sentence) break
      if (this.#isOtherMarker(i, token)) {
        answer = true
        break
      }
    }
    this.#mayBeOther.set(index, answer)
    return answer
  }

  /** `mayBeOther` by token index. */
  readonly #mayBeOther = new Map<number, boolean>()
  /** Per token: 0 not read yet, 1 it marks someone other than the child, 2 it does not. */
  #otherMarkers: Uint8Array | undefined

  /** Whether token `i` is a professional or adult noun, or an adult age or name (see `mayBeOther`). */
  #isOtherMarker(i: number, token: Token): boolean {
    this.#otherMarkers ??= new Uint8Array(this.tokens.length)
    const known = this.#otherMarkers[i]
    if (known) return known === 1
    const marker = this.#readOtherMarker(token, i)
    this.#otherMarkers[i] = marker ? 1 : 2
    return marker
  }

  #readOtherMarker(token: Token, i: number): boolean {
    // "his cousin", "her older friend": someone named by their relation to another.
    if (isOwnedRelation(this.tokens, i)) return true
    // "her mother's partner": the possessor counts as well as the noun.
    const norm = token.norm.endsWith("'s") ? token.norm.slice(0, -2) : token.norm
    if (
      lexicon.professionalNouns.has(norm) ||
      // "Sgt Wood", "Dr Khan": a title before a name.
      ((lexicon.professionalTitles.has(norm) || lexicon.courtesyTitles.has(norm)) &&
        startsUpper(token.value)) ||
      lexicon.adultNouns.has(norm) ||
      lexicon.familyNouns.has(norm) ||
      lexicon.otherPeople.has(norm)
    ) {
      return true
    }
    if (/^\d{2,3}$/.test(token.norm) && Number(token.norm) >= 18 && Number(token.norm) < 120) return true
    return this.adultNames().has(token.value)
  }

  /**
   * Compromise's view of the sentence holding token `index`, up to and
   * including that token (a subject stands to the left, and tagging costs
   * grow with the words).
   */
  tagged(index: number): TaggedSentence | undefined {
    // Several guards and rules may ask for one token's sentence: tag it once.
    if (this.#tagged.has(index)) return this.#tagged.get(index)
    const tagged = this.#tag(index)
    this.#tagged.set(index, tagged)
    return tagged
  }

  /** The first token of the text `tagged(index)` gives compromise: the sentence up to `index`, at most `scanLimit` words back. */
  taggedFrom(index: number): number {
    const sentence = this.tokens[index]?.sentence ?? -1
    let first = index
    while (first > 0 && index - first < scanLimit && this.tokens[first - 1]?.sentence === sentence) first--
    return first
  }

  #tag(index: number): TaggedSentence | undefined {
    const first = this.taggedFrom(index)
    let text = ''
    const tokenOffsets: number[] = []
    for (let i = first; i <= index; i++) {
      const token = this.tokens[i]
      if (!token) break
      if (i > first) text += token.gap === Gap.hyphen ? '-' : token.gapChars.trim() + ' '
      tokenOffsets.push(text.length)
      text += token.value
    }
    const terms = tagSentence(text, 0)
    return terms && {...terms, tokenOffsets, firstToken: first}
  }
}
