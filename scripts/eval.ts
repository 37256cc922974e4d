/**
 * `npm run eval`: precision and recall per category on the labelled set in
 * fixtures/eval/ (format: fixtures/eval/README.md).
 *
 * A finding (warning or error; info nudges are not flags) counts when it
 * overlaps a labelled phrase. Precision of a category is over the findings
 * in that category; recall is over the labels in that category. Category
 * agreement between overlapping findings and labels is reported apart.
 *
 * By default it runs the development sets (sentences.jsonl, dev2.jsonl to dev6.jsonl),
 * whose misses and false positives it lists, and the held-out sets
 * (holdout.jsonl, holdout2.jsonl, holdout3.jsonl), which rule authors do not read: for
 * those it prints figures only, never an item. Each set is reported apart,
 * with recall per shape (sentence, fragment, narrative) where items have one.
 *
 * It also lints the real-wording set (fixtures/real/wording.jsonl: blaming
 * wording quoted by public reviews and guides) as it is typed into forms,
 * as a bullet ("- …"), a field value ("Concerns: …") and a line of its own,
 * and reports the share flagged; and the official excerpts
 * (fixtures/real/official.jsonl), which must draw nothing.
 *
 * Usage: tsx scripts/eval.ts [file.jsonl…] [--json] [--verbose]
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {rules} from '../rules/index.js'
import {lintSync} from '../src/index.js'
import type {Category} from '../src/types.js'
import {categories} from '../src/vocabulary.js'

interface Label {
  readonly text: string
  readonly category: Category
  readonly occurrence?: number
}

interface Case {
  readonly id: string
  readonly text: string
  readonly labels: readonly Label[]
  readonly family: string | null
  readonly shape?: 'sentence' | 'fragment' | 'narrative'
}

interface Span {
  readonly start: number
  readonly end: number
  readonly category: string
  readonly text: string
}

const args = process.argv.slice(2)
const files = args.filter((arg) => !arg.startsWith('--'))
const verbose = args.includes('--verbose')
const asJson = args.includes('--json')
const evalDir = join(import.meta.dirname, '..', 'fixtures', 'eval')
const realDir = join(import.meta.dirname, '..', 'fixtures', 'real')
/** Sets whose items rule authors read; the others print figures only. */
const development = new Set([
  'sentences.jsonl',
  'dev2.jsonl',
  'dev3.jsonl',
  'dev4.jsonl',
  'dev5.jsonl',
  'dev6.jsonl',
])
const paths =
  files.length > 0
    ? files
    : [...development, 'holdout.jsonl', 'holdout2.jsonl', 'holdout3.jsonl'].map((name) => join(evalDir, name))

function load(path: string): Case[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as Case
      } catch {
        throw new Error(`${path}:${index + 1}: not valid JSON`)
      }
    })
}

function labelSpans(item: Case): Span[] {
  return item.labels.map((label) => {
    let start = -1
    for (let n = 0; n < (label.occurrence ?? 1); n++) start = item.text.indexOf(label.text, start + 1)
    if (start === -1) throw new Error(`${item.id}: label "${label.text}" is not in the text`)
    return {start, end: start + label.text.length, category: label.category, text: label.text}
  })
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

interface Result {
  readonly name: string
  readonly cases: readonly Case[]
  readonly tally: Map<string, {tp: number; fp: number; labels: number; found: number}>
  readonly agree: number
  readonly matchedPairs: number
  readonly clean: number
  readonly cleanFlagged: number
  readonly families: Map<string, {total: number; flagged: number}>
  readonly shapes: Map<string, {labels: number; found: number; clean: number; cleanFlagged: number}>
  readonly misses: string[]
  readonly falsePositives: string[]
  readonly elapsed: number
}

function evaluate(path: string): Result {
  const cases = load(path)
  const tally = new Map<string, {tp: number; fp: number; labels: number; found: number}>()
  for (const category of categories) tally.set(category, {tp: 0, fp: 0, labels: 0, found: 0})
  let agree = 0
  let matchedPairs = 0
  let clean = 0
  let cleanFlagged = 0
  const families = new Map<string, {total: number; flagged: number}>()
  const shapes = new Map<string, {labels: number; found: number; clean: number; cleanFlagged: number}>()
  const misses: string[] = []
  const falsePositives: string[] = []
  const started = performance.now()
  for (const item of cases) {
    const gold = labelSpans(item)
    const shape = shapes.get(item.shape ?? 'sentence') ?? {labels: 0, found: 0, clean: 0, cleanFlagged: 0}
    shapes.set(item.shape ?? 'sentence', shape)
    const found: Span[] = lintSync(item.text)
      .messages.filter((message) => message.fatal !== undefined)
      .map((message) => {
        const place = message.place
        const start = place && 'start' in place ? (place.start.offset ?? 0) : 0
        const end = place && 'end' in place ? (place.end.offset ?? 0) : 0
        return {
          start,
          end,
          category: message.category ?? 'unknown',
          text: `${message.ruleId}: ${message.actual}`,
        }
      })
    for (const label of gold) {
      const entry = tally.get(label.category)!
      entry.labels++
      const hits = found.filter((finding) => overlaps(finding, label))
      shape.labels++
      if (hits.length > 0) {
        shape.found++
        entry.tp++
        matchedPairs++
        if (hits.some((hit) => hit.category === label.category)) agree++
      } else {
        misses.push(`${item.id}  [${label.category}] "${label.text}"  in: ${item.text}`)
      }
    }
    for (const finding of found) {
      const entry = tally.get(finding.category)
      if (!entry) continue
      entry.found++
      if (!gold.some((label) => overlaps(finding, label))) {
        entry.fp++
        falsePositives.push(`${item.id}  [${finding.category}] ${finding.text}  in: ${item.text}`)
      }
    }
    if (gold.length === 0) {
      clean++
      shape.clean++
      if (found.length > 0) shape.cleanFlagged++
      if (found.length > 0) cleanFlagged++
      if (item.family) {
        const family = families.get(item.family) ?? {total: 0, flagged: 0}
        family.total++
        if (found.length > 0) family.flagged++
        families.set(item.family, family)
      }
    }
  }
  const name = path.split('/').at(-1) ?? path
  return {
    name,
    cases,
    tally,
    agree,
    matchedPairs,
    clean,
    cleanFlagged,
    families,
    shapes,
    misses,
    falsePositives,
    elapsed: performance.now() - started,
  }
}

const results = paths.filter((path) => existsSync(path)).map(evaluate)

interface RealRow {
  readonly id: string
  readonly text: string
  readonly category: Category
}

/** How a phrase is typed into a referral: as a bullet, a field value, a line of its own. */
const presentations: ReadonlyArray<{readonly name: string; readonly wrap: (text: string) => string}> = [
  {name: 'bullet', wrap: (text) => `Concerns:\n- ${text}\n- missing from home twice`},
  {name: 'field', wrap: (text) => `Presenting issues: ${text}`},
  {name: 'line', wrap: (text) => text},
]

interface RealResult {
  readonly rows: number
  readonly byPresentation: Record<string, {flagged: number; agree: number}>
  readonly byCategory: Record<string, {rows: number; flagged: number}>
  readonly missed: string[]
  readonly official: {excerpts: number; findings: number; flagged: string[]}
}

/** Findings (warning or error) overlapping `start`–`end` of `value`. */
function findingsIn(value: string, start: number, end: number): {category: string}[] {
  return lintSync(value)
    .messages.filter((message) => message.fatal !== undefined)
    .filter((message) => {
      const place = message.place
      const from = place && 'start' in place ? (place.start.offset ?? 0) : 0
      const to = place && 'end' in place ? (place.end.offset ?? 0) : 0
      return from < end && start < to
    })
    .map((message) => ({category: message.category ?? 'unknown'}))
}

function evaluateReal(): RealResult | undefined {
  const wordingPath = join(realDir, 'wording.jsonl')
  const officialPath = join(realDir, 'official.jsonl')
  if (!existsSync(wordingPath)) return undefined
  const rows = load(wordingPath) as unknown as RealRow[]
  const byPresentation: Record<string, {flagged: number; agree: number}> = {}
  const byCategory: Record<string, {rows: number; flagged: number}> = {}
  const missed: string[] = []
  for (const {name, wrap} of presentations) {
    const tally = {flagged: 0, agree: 0}
    for (const row of rows) {
      const value = wrap(row.text)
      const start = value.indexOf(row.text)
      const hits = findingsIn(value, start, start + row.text.length)
      const category = (byCategory[row.category] ??= {rows: 0, flagged: 0})
      category.rows++
      if (hits.length > 0) {
        tally.flagged++
        category.flagged++
        if (hits.some((hit) => hit.category === row.category)) tally.agree++
      } else if (name === 'bullet') missed.push(`${row.id}  [${row.category}] "${row.text}"`)
    }
    byPresentation[name] = tally
  }
  const excerpts = existsSync(officialPath) ? (load(officialPath) as unknown as RealRow[]) : []
  let findings = 0
  const flagged: string[] = []
  for (const excerpt of excerpts) {
    const messages = lintSync(excerpt.text).messages.filter((message) => message.fatal !== undefined)
    findings += messages.length
    for (const message of messages) flagged.push(`${excerpt.id}  ${message.ruleId}: ${message.actual}`)
  }
  return {
    rows: rows.length,
    byPresentation,
    byCategory,
    missed,
    official: {excerpts: excerpts.length, findings, flagged},
  }
}

const real = evaluateReal()

// Per-rule cost: lint the first set with each rule alone.
const timed = results[0]?.cases ?? []
const ruleTimes = rules.map((rule) => {
  const options = {ruleSpecs: [rule]}
  const start = performance.now()
  for (const item of timed) lintSync(item.text, options)
  return {id: rule.id, ms: performance.now() - start}
})
ruleTimes.sort((a, b) => a.ms - b.ms)

const ratio = (a: number, b: number): string => (b === 0 ? '   –  ' : (a / b).toFixed(3).padStart(6))

function rowsOf(result: Result) {
  return categories
    .filter((category) => category !== 'indicator')
    .map((category) => {
      const entry = result.tally.get(category)!
      const precision = entry.found === 0 ? 1 : (entry.found - entry.fp) / entry.found
      const recall = entry.labels === 0 ? 1 : entry.tp / entry.labels
      return {category, ...entry, precision, recall}
    })
}

function totals(result: Result) {
  const rows = rowsOf(result)
  const labels = rows.reduce((sum, row) => sum + row.labels, 0)
  const tp = rows.reduce((sum, row) => sum + row.tp, 0)
  const found = rows.reduce((sum, row) => sum + row.found, 0)
  const fp = rows.reduce((sum, row) => sum + row.fp, 0)
  const hardTotal = [...result.families.values()].reduce((sum, family) => sum + family.total, 0)
  const hardFlagged = [...result.families.values()].reduce((sum, family) => sum + family.flagged, 0)
  return {rows, labels, tp, found, fp, hardTotal, hardFlagged}
}

/**
 * Whether a set's items may be printed. A held-out set (holdout*.jsonl)
 * prints figures only, even when named on the command line; another file
 * named there is the caller's own development set.
 */
const isDevelopment = (result: Result): boolean =>
  !/^holdout/.test(result.name) && (development.has(result.name) || files.length > 0)

if (asJson) {
  console.log(
    JSON.stringify(
      {
        sets: results.map((result) => {
          const t = totals(result)
          return {
            set: result.name,
            heldOut: !isDevelopment(result),
            sentences: result.cases.length,
            categories: t.rows,
            overall: {precision: (t.found - t.fp) / (t.found || 1), recall: t.tp / (t.labels || 1)},
            cleanFlaggedShare: result.cleanFlagged / (result.clean || 1),
            hardFlaggedShare: t.hardFlagged / (t.hardTotal || 1),
            families: Object.fromEntries(result.families),
            shapes: Object.fromEntries(result.shapes),
            ...(isDevelopment(result) ? {misses: result.misses, falsePositives: result.falsePositives} : {}),
          }
        }),
        real,
      },
      null,
      2,
    ),
  )
} else {
  const limit = verbose ? Infinity : 20
  // Details first, the summary tables last (so the end of the output is the figures).
  for (const result of results.filter(isDevelopment)) {
    console.log(`── ${result.name}: misses (${result.misses.length})`)
    for (const line of result.misses.slice(0, limit)) console.log(`  ${line}`)
    if (result.misses.length > limit) console.log(`  … ${result.misses.length - limit} more (--verbose)`)
    console.log(`── ${result.name}: false positives (${result.falsePositives.length})`)
    for (const line of result.falsePositives.slice(0, limit)) console.log(`  ${line}`)
    if (result.falsePositives.length > limit)
      console.log(`  … ${result.falsePositives.length - limit} more (--verbose)`)
    console.log('')
  }
  if (real) {
    console.log(`── real wording: not flagged as a bullet (${real.missed.length})`)
    for (const line of real.missed.slice(0, limit)) console.log(`  ${line}`)
    if (real.missed.length > limit) console.log(`  … ${real.missed.length - limit} more (--verbose)`)
    console.log(`── official excerpts: findings (${real.official.flagged.length})`)
    for (const line of real.official.flagged.slice(0, limit)) console.log(`  ${line}`)
    console.log('')
  }
  console.log(`slowest rules (ms over ${results[0]?.name ?? 'the set'}, each rule alone; slowest last):`)
  for (const {id, ms} of ruleTimes.slice(-5)) console.log(`  ${id.padEnd(32)} ${ms.toFixed(1)}`)
  for (const result of results) {
    const t = totals(result)
    const kind = isDevelopment(result) ? 'development' : 'held out: figures only'
    console.log(
      `\n${result.name} (${kind}): ${result.cases.length} items, ${rules.length} rules, ${result.elapsed.toFixed(0)} ms`,
    )
    console.log('category          labels  found  precision  recall')
    for (const row of t.rows) {
      console.log(
        `${row.category.padEnd(16)}  ${String(row.labels).padStart(6)}  ${String(row.found).padStart(5)}  ${ratio(row.found - row.fp, row.found)}     ${ratio(row.tp, row.labels)}`,
      )
    }
    console.log(
      `${'all'.padEnd(16)}  ${String(t.labels).padStart(6)}  ${String(t.found).padStart(5)}  ${ratio(t.found - t.fp, t.found)}     ${ratio(t.tp, t.labels)}`,
    )
    if (result.shapes.size > 1) {
      const shapes = [...result.shapes]
        .sort()
        .map(
          ([name, shape]) =>
            `${name} recall ${ratio(shape.found, shape.labels).trim()} (${shape.found}/${shape.labels}), clean flagged ${shape.cleanFlagged}/${shape.clean}`,
        )
      console.log(`by shape: ${shapes.join('; ')}`)
    }
    const families = [...result.families]
      .sort()
      .map(([name, family]) => `${name} ${family.flagged}/${family.total}`)
    console.log(`category agreement on overlaps: ${ratio(result.agree, result.matchedPairs).trim()}`)
    console.log(
      `clean items flagged: ${result.cleanFlagged}/${result.clean} = ${((100 * result.cleanFlagged) / (result.clean || 1)).toFixed(1)}%`,
    )
    console.log(
      `hard clean cases flagged: ${t.hardFlagged}/${t.hardTotal} = ${((100 * t.hardFlagged) / (t.hardTotal || 1)).toFixed(1)}%  (${families.join(', ')})`,
    )
  }
  if (real) {
    console.log(
      `\nreal wording (fixtures/real/wording.jsonl): ${real.rows} phrases quoted by public reviews and guides`,
    )
    for (const [name, tally] of Object.entries(real.byPresentation)) {
      console.log(
        `  as a ${name.padEnd(6)}  flagged ${ratio(tally.flagged, real.rows).trim()} (${tally.flagged}/${real.rows}), same category ${tally.agree}`,
      )
    }
    const categoryLine = Object.entries(real.byCategory)
      .map(([name, tally]) => `${name} ${ratio(tally.flagged, tally.rows).trim()}`)
      .join(', ')
    console.log(`  by category (all presentations): ${categoryLine}`)
    console.log(
      `official excerpts (fixtures/real/official.jsonl): ${real.official.excerpts} excerpts, ${real.official.findings} findings`,
    )
  }
}
