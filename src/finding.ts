/**
 * The one finding model: a linted message as plain JSON, in the shape of a
 * `messages` item of docs/json-format.schema.json. The CLI's JSON report,
 * the service, the browser bundle, the web component and the batch audit
 * all build findings here, so a phrase is reported identically wherever it
 * is linted. Browser-safe (no `node:*`).
 *
 * What a finding says is decided once, upstream: the engine
 * (`engine/report.ts`) picks the adult or child wording, fills the
 * suggestions and sets `url` (bundled rules link to their docs section;
 * pack and deny rules carry their own `url` or none). This module only
 * copies, and maps `fatal` to a severity.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Category, CoverageElementSpec, RuleSpec, Severity} from './types.js'
import type {Coverage} from './types-coverage.js'
import {docsUrl} from './vocabulary.js'

/** A literal replacement of the text between two offsets. */
export interface FindingFix {
  readonly range: readonly [number, number]
  readonly text: string
}

/** One finding: a `messages` item of the JSON report (docs/json-format.schema.json). */
export interface Finding {
  /** Stable rule id, such as `went-willingly` (`null` for a message of no rule). */
  readonly ruleId: string | null
  /** Category from the shared vocabulary. */
  readonly category: Category | null
  /** `error`, `warning` or `info`. */
  readonly severity: Severity
  /** One sentence naming the flagged phrase. */
  readonly message: string
  /** 1-based line of the start. */
  readonly line: number
  /** 1-based column of the start. */
  readonly column: number
  /** 1-based line of the end. */
  readonly endLine: number
  /** 1-based column of the end. */
  readonly endColumn: number
  /** 0-based UTF-16 offset of the start (`null` when the message has no offset). */
  readonly offset: number | null
  /** 0-based UTF-16 offset just after the end. */
  readonly endOffset: number | null
  /** The flagged text exactly as written. */
  readonly actual: string | null
  /** Suggested rewordings (may hold `[child]`-style slots). */
  readonly suggestions: readonly string[]
  /** Why, and how to reword. */
  readonly note: string | null
  /** The rule's documentation, if it has any. */
  readonly url: string | null
  /** A safe literal replacement, applied by `--fix`. */
  readonly fix: FindingFix | null
}

/**
 * Ids with a section in docs/rules.md: the bundled rules and the missing
 * facts (callers pass `rules/`'s lists, so this module stays data-free).
 */
export function documentedIds(
  rules: readonly Pick<RuleSpec, 'id'>[],
  facts: readonly Pick<CoverageElementSpec, 'id'>[],
): ReadonlySet<string> {
  return new Set([...rules.map((rule) => rule.id), ...facts.map((fact) => `missing-${fact.id}`)])
}

/**
 * A rule's documentation: its own `url`, else its section of docs/rules.md
 * when it has one (`documented`, from `documentedIds`), else none: a pack or
 * deny rule never links to a section that does not exist.
 */
export function ruleUrl(
  id: string,
  own: string | undefined,
  documented: ReadonlySet<string>,
): string | undefined {
  return own ?? (documented.has(id) ? `${docsUrl}#${id}` : undefined)
}

/** `VFileMessage.fatal` → severity: `true` error, `false` warning, unset info. */
export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}

/** Severity → `VFileMessage.fatal`, the inverse of `severityOf`. */
export function fatalOf(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}

/** Turn one engine message into a finding. */
export function toFinding(message: VFileMessage): Finding {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : place
  const fix = message.fix
  return {
    ruleId: message.ruleId ?? null,
    category: message.category ?? null,
    severity: severityOf(message.fatal),
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    offset: start?.offset ?? null,
    endOffset: end?.offset ?? null,
    actual: message.actual ?? null,
    suggestions: message.expected ?? [],
    note: message.note ?? null,
    url: message.url ?? null,
    fix: fix ? {range: [fix.range[0], fix.range[1]], text: fix.text} : null,
  }
}

/** Findings and coverage of one text. */
export interface LintResult {
  /** Every finding, in the order of the JSON report (by offset, then the missing facts). */
  readonly findings: readonly Finding[]
  /** Indicator coverage (`file.data.coverage`), when the engine computed it. */
  readonly coverage: Coverage | undefined
}

/** Findings (in the engine's order, as the JSON report lists them) and coverage of a linted file. */
export function toResult(file: Pick<VFile, 'messages' | 'data'>): LintResult {
  return {findings: file.messages.map(toFinding), coverage: (file.data as {coverage?: Coverage}).coverage}
}
