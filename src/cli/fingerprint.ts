/**
 * Fingerprints of findings that survive edits elsewhere in a file: the rule,
 * the flagged phrase (normalised) and the words next to it in the same
 * sentence, never a line or column. Used by the baseline and by the GitLab
 * Code Quality report. Only hashes leave this module, so neither a baseline
 * nor a report ever holds the words around a finding.
 */
import {createHash} from 'node:crypto'
import type {VFileMessage} from 'vfile-message'

/** How a finding is recognised across edits. */
export interface FindingKey {
  readonly rule: string
  /** Hash of the rule and the normalised phrase: matches the finding wherever it moves. */
  readonly phrase: string
  /** Hash of the rule, the phrase and up to three words on each side in the same sentence. */
  readonly context: string
}

/** Words on each side of the phrase that take part in the context hash. */
const contextWords = 3

const word = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

/**
 * The key of a finding in `text` (the file's text, as its offsets count).
 *
 * A finding without offsets (a document-level one) is keyed by its rule and
 * message, which name no text of the narrative.
 */
export function findingKey(message: VFileMessage, text: string): FindingKey {
  const rule = message.ruleId ?? 'unknown'
  const range = offsetsOf(message)
  if (!range) {
    const phrase = hash(`${rule}\0${normalise(message.reason)}`)
    return {rule, phrase, context: phrase}
  }
  const [start, end] = range
  const actual = normalise(message.actual || text.slice(start, end))
  const phrase = hash(`${rule}\0${actual}`)
  const before = wordsOf(text.slice(sentenceStart(text, start), start)).slice(-contextWords)
  const after = wordsOf(text.slice(end, sentenceEnd(text, end))).slice(0, contextWords)
  const context = hash(`${rule}\0${actual}\0${before.join(' ')}\0${after.join(' ')}`)
  return {rule, phrase, context}
}

/** Start and end offsets of a message, when it has both. */
export function offsetsOf(message: VFileMessage): [number, number] | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {start, end} = place
  if (start.offset === undefined || end.offset === undefined || end.offset <= start.offset) return undefined
  return [start.offset, end.offset]
}

/** Case, apostrophe style, hyphens and line breaks never change a phrase. */
function normalise(value: string): string {
  return value
    .toLowerCase()
    .replaceAll('’', "'")
    .replace(/[\s-]+/g, ' ')
    .trim()
}

function wordsOf(value: string): string[] {
  return (value.match(word) ?? []).map(normalise)
}

/** A sentence ends at `.`, `!` or `?` followed by a space, or at a blank line. */
const boundary = /[.!?]["'’”)]*\s|\n[^\S\n]*\n/g

function sentenceStart(text: string, offset: number): number {
  // Look back a bounded distance: a sentence longer than this has enough words anyway.
  const from = Math.max(0, offset - 400)
  let start = from
  boundary.lastIndex = from
  for (let match = boundary.exec(text); match && match.index < offset; match = boundary.exec(text)) {
    start = match.index + match[0].length
    if (start > offset) start = offset
  }
  return start
}

function sentenceEnd(text: string, offset: number): number {
  boundary.lastIndex = offset
  const match = boundary.exec(text)
  const end = match ? match.index + 1 : text.length
  return Math.min(end, offset + 400)
}

/** A short, stable hash (hex). */
export function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32)
}
