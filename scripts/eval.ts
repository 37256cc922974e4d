/**
 * `npm run eval`: precision and recall per category on the labelled set in
 * fixtures/eval/ (format: fixtures/eval/README.md).
 *
 * A finding (warning or error; info nudges are not flags) counts when it
 * overlaps a labelled phrase. Precision of a category is over the findings
 * in that category; recall is over the labels in that category. Category
 * agreement between overlapping findings and labels is reported apart.
 *
 * By default it runs the main set (sentences.jsonl) and the held-out set
 * (holdout.jsonl), which rule authors do not read; each is reported apart.
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
const paths = files.length > 0 ? files : [join(evalDir, 'sentences.jsonl'), join(evalDir, 'holdout.jsonl')]

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
  const misses: string[] = []
  const falsePositives: string[] = []
  const started = performance.now()
  for (const item of cases) {
    const gold = labelSpans(item)
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
      if (hits.length > 0) {
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
    misses,
    falsePositives,
    elapsed: performance.now() - started,
  }
}

const results = paths.filter((path) => existsSync(path)).map(evaluate)

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

if (asJson) {
  console.log(
    JSON.stringify(
      results.map((result) => {
        const t = totals(result)
        return {
          set: result.name,
          sentences: result.cases.length,
          categories: t.rows,
          overall: {precision: (t.found - t.fp) / (t.found || 1), recall: t.tp / (t.labels || 1)},
          cleanFlaggedShare: result.cleanFlagged / (result.clean || 1),
          hardFlaggedShare: t.hardFlagged / (t.hardTotal || 1),
          families: Object.fromEntries(result.families),
          misses: result.misses,
          falsePositives: result.falsePositives,
        }
      }),
      null,
      2,
    ),
  )
} else {
  const limit = verbose ? Infinity : 20
  // Details first, the summary tables last (so the end of the output is the figures).
  for (const result of results) {
    console.log(`── ${result.name}: misses (${result.misses.length})`)
    for (const line of result.misses.slice(0, limit)) console.log(`  ${line}`)
    if (result.misses.length > limit) console.log(`  … ${result.misses.length - limit} more (--verbose)`)
    console.log(`── ${result.name}: false positives (${result.falsePositives.length})`)
    for (const line of result.falsePositives.slice(0, limit)) console.log(`  ${line}`)
    if (result.falsePositives.length > limit)
      console.log(`  … ${result.falsePositives.length - limit} more (--verbose)`)
    console.log('')
  }
  console.log(`slowest rules (ms over ${results[0]?.name ?? 'the set'}, each rule alone; slowest last):`)
  for (const {id, ms} of ruleTimes.slice(-5)) console.log(`  ${id.padEnd(32)} ${ms.toFixed(1)}`)
  for (const result of results) {
    const t = totals(result)
    console.log(
      `\n${result.name}: ${result.cases.length} sentences, ${rules.length} rules, ${result.elapsed.toFixed(0)} ms`,
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
    const families = [...result.families]
      .sort()
      .map(([name, family]) => `${name} ${family.flagged}/${family.total}`)
    console.log(`category agreement on overlaps: ${ratio(result.agree, result.matchedPairs).trim()}`)
    console.log(
      `clean sentences flagged: ${result.cleanFlagged}/${result.clean} = ${((100 * result.cleanFlagged) / (result.clean || 1)).toFixed(1)}%`,
    )
    console.log(
      `hard clean cases flagged: ${t.hardFlagged}/${t.hardTotal} = ${((100 * t.hardFlagged) / (t.hardTotal || 1)).toFixed(1)}%  (${families.join(', ')})`,
    )
  }
}
