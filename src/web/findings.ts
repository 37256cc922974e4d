/**
 * Plain, structured-clone-safe findings: what the worker posts to the page,
 * what the `referral-lint:findings` event carries, and what the local
 * service returns. One shape for all three, built from a linted `VFile`.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Category} from '../types.js'
import type {Coverage} from '../types-coverage.js'

/** One finding, with offsets into the linted text. */
export interface Finding {
  /** Stable rule id, such as `went-willingly`. */
  readonly ruleId: string
  /** Category from the shared vocabulary. */
  readonly category: Category
  /** `error`, `warning` or `info` (from `fatal`). */
  readonly severity: 'error' | 'warning' | 'info'
  /** The message. */
  readonly message: string
  /** Start offset (inclusive). */
  readonly start: number
  /** End offset (exclusive). */
  readonly end: number
  /** 1-based line of the start. */
  readonly line: number
  /** 1-based column of the start. */
  readonly column: number
  /** 1-based line of the end. */
  readonly endLine: number
  /** 1-based column of the end. */
  readonly endColumn: number
  /** The exact text flagged. */
  readonly actual: string
  /** Suggested rewordings (may hold `[child]`-style slots). */
  readonly expected: readonly string[]
  /** Why, and how to reword. */
  readonly note: string
  /** The rule's documentation. */
  readonly url: string
  /** A safe literal replacement (optional). */
  readonly fix?: {readonly range: readonly [number, number]; readonly text: string}
}

/** Findings and coverage of one text. */
export interface LintResult {
  /** Every finding, in text order. */
  readonly findings: readonly Finding[]
  /** Indicator coverage (`file.data.coverage`), when the engine computed it. */
  readonly coverage: Coverage | undefined
}

/** Turn one message into a `Finding`. */
export function toFinding(message: VFileMessage): Finding {
  const start = message.place && 'start' in message.place ? message.place.start : message.place
  const end = message.place && 'end' in message.place ? message.place.end : start
  const startOffset = start?.offset ?? 0
  const endOffset = end?.offset ?? startOffset
  const fix = (message as {fix?: {range: readonly [number, number]; text: string}}).fix
  return {
    ruleId: message.ruleId ?? '',
    category: (message as {category?: Category}).category ?? 'indicator',
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    message: message.reason,
    start: startOffset,
    end: endOffset,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    actual: message.actual ?? '',
    expected: message.expected ?? [],
    note: message.note ?? '',
    url: message.url ?? '',
    ...(fix ? {fix: {range: [fix.range[0], fix.range[1]] as const, text: fix.text}} : {}),
  }
}

/** Findings (sorted by offset) and coverage of a linted file. */
export function toResult(file: Pick<VFile, 'messages' | 'data'>): LintResult {
  const findings = file.messages.map(toFinding).sort((a, b) => a.start - b.start || a.end - b.end)
  return {findings, coverage: (file.data as {coverage?: Coverage}).coverage}
}
