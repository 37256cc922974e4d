/**
 * Counts for `referral-lint audit`, kept in bounded memory: per category,
 * rule, group, day and flagged phrase, the worst narratives by id, and the
 * bad rows by line number. Never holds narrative text: only ids, labels
 * and flagged phrases.
 */
import type {BadReason, GoodRow} from './audit-input.js'
import type {Finding, LintResult} from './audit-pool.js'

/** Counts of findings and of the narratives that have any. */
export interface Count {
  findings: number
  narratives: number
}

/** Everything `summary.json` holds. */
export interface Summary {
  readonly input: string
  readonly field: string
  readonly narratives: {
    /** Rows read (good and bad). */
    readonly rows: number
    /** Narratives linted. */
    readonly linted: number
    /** Narratives with at least one finding. */
    readonly withFindings: number
    /** Rows not linted. */
    readonly bad: number
  }
  readonly findings: {
    readonly total: number
    readonly error: number
    readonly warning: number
    readonly info: number
  }
  readonly byCategory: Readonly<Record<string, Count>>
  readonly byRule: Readonly<Record<string, Count & {readonly category: string}>>
  /** Per value of the `--group` column, when given. */
  readonly byGroup?: Readonly<
    Record<string, Count & {readonly linted: number; readonly byCategory: Record<string, number>}>
  >
  /** Per day (`YYYY-MM-DD`) of the `--date` column, when given; `undated` counts the rest. */
  readonly byDate?: {
    readonly days: Readonly<Record<string, Count & {readonly linted: number}>>
    readonly undated: number
  }
  /** Narratives missing each coverage element (`file.data.coverage.missing`). */
  readonly coverage: {
    readonly complete: number
    readonly missing: Readonly<Record<string, {readonly label: string; readonly narratives: number}>>
  }
  /** The most common flagged phrases, with the rule's suggested rewording. */
  readonly phrases: readonly Phrase[]
  /** Narratives with the most findings, by id (never text). */
  readonly worst: readonly Worst[]
  readonly badRows: {
    readonly count: number
    readonly byReason: Readonly<Record<string, number>>
    /** The first `maxBadRows`, by line number. */
    readonly rows: readonly {readonly line: number; readonly reason: BadReason}[]
    readonly truncated: boolean
  }
}

/** A flagged phrase and how often it was flagged. */
export interface Phrase {
  readonly phrase: string
  readonly ruleId: string
  readonly category: string
  readonly count: number
  /** The rule's first suggestion, with its slots unfilled. */
  readonly suggestion: string
}

/** One of the worst narratives. */
export interface Worst {
  readonly id: string
  readonly line: number
  readonly findings: number
  readonly errors: number
  readonly byCategory: Readonly<Record<string, number>>
}

const maxBadRows = 10_000
const maxPhrases = 20_000
const maxGroups = 1000
const maxDays = 40_000
const topPhrases = 50
const topWorst = 25

/** Accumulates results, in any order, into a `Summary`. */
export class Tally {
  private rows = 0
  private linted = 0
  private withFindings = 0
  private readonly totals = {total: 0, error: 0, warning: 0, info: 0}
  private readonly byCategory = new Map<string, Count>()
  private readonly byRule = new Map<string, Count & {category: string}>()
  private readonly byGroup = new Map<string, Count & {linted: number; byCategory: Record<string, number>}>()
  private readonly days = new Map<string, Count & {linted: number}>()
  private undated = 0
  private complete = 0
  private readonly missing = new Map<string, number>()
  private readonly phrases = new Map<
    string,
    {phrase: string; ruleId: string; category: string; count: number}
  >()
  private worst: Worst[] = []
  private bad: {line: number; reason: BadReason}[] = []
  private badCount = 0
  private readonly badByReason = new Map<string, number>()

  /**
   * @param categories - Categories to list even when zero, in order.
   * @param coverageLabels - Coverage element ids → labels, in order.
   * @param grouped - Whether a `--group` column was given.
   * @param dated - Whether a `--date` column was given.
   */
  constructor(
    private readonly categories: readonly string[],
    private readonly coverageLabels: ReadonlyMap<string, string>,
    private readonly grouped: boolean,
    private readonly dated: boolean,
  ) {
    for (const category of categories) this.byCategory.set(category, {findings: 0, narratives: 0})
  }

  /** Count a row that could not be linted. */
  addBad(line: number, reason: BadReason): void {
    this.rows++
    this.badCount++
    this.badByReason.set(reason, (this.badByReason.get(reason) ?? 0) + 1)
    this.bad.push({line, reason})
    // Keep the lowest line numbers (results arrive out of order), pruning in bulk.
    if (this.bad.length >= 2 * maxBadRows) this.bad = this.sortedBad()
  }

  /** Count a linted row. */
  add(row: GoodRow, result: LintResult | undefined): void {
    if (!result || 'failed' in result) {
      this.addBad(row.line, result && result.failed === 'LimitError' ? 'over the time limit' : 'lint failed')
      return
    }
    this.rows++
    this.linted++
    const findings = result.findings
    if (findings.length > 0) this.withFindings++
    const categories: Record<string, number> = {}
    const rules = new Set<string>()
    let errors = 0
    for (const [ruleId, category, actual, severity] of findings) {
      this.totals.total++
      if (severity === 2) {
        this.totals.error++
        errors++
      } else if (severity === 1) this.totals.warning++
      else this.totals.info++
      categories[category] = (categories[category] ?? 0) + 1
      const rule = this.byRule.get(ruleId) ?? {findings: 0, narratives: 0, category}
      rule.findings++
      if (!rules.has(ruleId)) rule.narratives++
      rules.add(ruleId)
      this.byRule.set(ruleId, rule)
      this.countPhrase(ruleId, category, actual)
    }
    for (const [category, count] of Object.entries(categories)) {
      const entry = this.byCategory.get(category) ?? {findings: 0, narratives: 0}
      entry.findings += count
      entry.narratives++
      this.byCategory.set(category, entry)
    }
    if (result.missing.length === 0) this.complete++
    for (const id of result.missing) this.missing.set(id, (this.missing.get(id) ?? 0) + 1)
    if (this.grouped) this.countGroup(row.group ?? '(none)', findings, categories)
    if (this.dated) this.countDay(row.day, findings.length)
    if (findings.length > 0)
      this.rank({id: row.id, line: row.line, findings: findings.length, errors, byCategory: categories})
  }

  /**
   * The summary.
   *
   * @param input - Name of the export (its base name).
   * @param field - The narrative column.
   * @param suggestion - A rule's suggestion template by rule id.
   */
  summary(input: string, field: string, suggestion: (ruleId: string) => string): Summary {
    const sortedRecord = <T>(map: ReadonlyMap<string, T>): Record<string, T> =>
      Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    const coverage: Record<string, {label: string; narratives: number}> = {}
    for (const [id, label] of this.coverageLabels)
      coverage[id] = {label, narratives: this.missing.get(id) ?? 0}
    for (const [id, narratives] of this.missing) coverage[id] ??= {label: id, narratives}
    const phrases = [...this.phrases.values()]
      .sort((a, b) => b.count - a.count || compare(a.phrase, b.phrase) || compare(a.ruleId, b.ruleId))
      .slice(0, topPhrases)
      .map((entry) => ({...entry, suggestion: suggestion(entry.ruleId)}))
    return {
      input,
      field,
      narratives: {rows: this.rows, linted: this.linted, withFindings: this.withFindings, bad: this.badCount},
      findings: {...this.totals},
      byCategory: Object.fromEntries(
        [...this.byCategory].sort(([a], [b]) => order(this.categories, a) - order(this.categories, b)),
      ),
      byRule: Object.fromEntries(
        [...this.byRule].sort(([a, x], [b, y]) => y.findings - x.findings || compare(a, b)),
      ),
      ...(this.grouped ? {byGroup: sortedRecord(this.byGroup)} : {}),
      ...(this.dated ? {byDate: {days: sortedRecord(this.days), undated: this.undated}} : {}),
      coverage: {complete: this.complete, missing: coverage},
      phrases,
      worst: this.worst,
      badRows: {
        count: this.badCount,
        byReason: sortedRecord(this.badByReason),
        rows: this.sortedBad(),
        truncated: this.badCount > maxBadRows,
      },
    }
  }

  private countPhrase(ruleId: string, category: string, actual: string): void {
    const phrase = actual.toLowerCase().replace(/\s+/g, ' ').trim()
    const key = `${ruleId}\u0000${phrase}`
    const entry = this.phrases.get(key)
    if (entry) entry.count++
    else if (this.phrases.size < maxPhrases) this.phrases.set(key, {phrase, ruleId, category, count: 1})
  }

  private countGroup(group: string, findings: readonly Finding[], categories: Record<string, number>): void {
    const key = this.byGroup.has(group) || this.byGroup.size < maxGroups ? group : '(other)'
    const entry = this.byGroup.get(key) ?? {linted: 0, narratives: 0, findings: 0, byCategory: {}}
    entry.linted++
    if (findings.length > 0) entry.narratives++
    entry.findings += findings.length
    for (const [category, count] of Object.entries(categories)) {
      entry.byCategory[category] = (entry.byCategory[category] ?? 0) + count
    }
    this.byGroup.set(key, entry)
  }

  private countDay(day: string | undefined, findings: number): void {
    if (day === undefined || (!this.days.has(day) && this.days.size >= maxDays)) {
      this.undated++
      return
    }
    const entry = this.days.get(day) ?? {linted: 0, narratives: 0, findings: 0}
    entry.linted++
    if (findings > 0) entry.narratives++
    entry.findings += findings
    this.days.set(day, entry)
  }

  private sortedBad(): {line: number; reason: BadReason}[] {
    return [...this.bad].sort((a, b) => a.line - b.line).slice(0, maxBadRows)
  }

  private rank(entry: Worst): void {
    const worse = (a: Worst, b: Worst): number =>
      b.findings - a.findings || b.errors - a.errors || a.line - b.line
    if (this.worst.length >= topWorst && worse(entry, this.worst[this.worst.length - 1]!) >= 0) return
    this.worst.push(entry)
    this.worst.sort(worse)
    if (this.worst.length > topWorst) this.worst.length = topWorst
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function order(list: readonly string[], value: string): number {
  const index = list.indexOf(value)
  return index === -1 ? list.length : index
}
