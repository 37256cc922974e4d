/**
 * `npm run eval`: precision and recall per category on the labelled set in
 * fixtures/eval/ (format: fixtures/eval/README.md).
 *
 * A finding (warning or error; info nudges are not flags) counts when it
 * overlaps a labelled phrase. Precision of a category is over the findings
 * in that category; recall is over the labels in that category. Category
 * agreement between overlapping findings and labels is reported apart.
 *
 * Usage: tsx scripts/eval.ts [file.jsonl…] [--json] [--verbose]
 */
import {readFileSync} from 'node:fs'
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
const paths = files.length > 0 ? files : [join(import.meta.dirname, '..', 'fixtures', 'eval', 'sentences.jsonl')]

const cases: Case[] = paths.flatMap((path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as Case
      } catch {
        throw new Error(`${path}:${index + 1}: not valid JSON`)
      }
    }),
)

function labelSpans(item: Case): Span[] {
  return item.labels.map((label) => {
    let start = -1
    for (let n = 0; n < (label.occurrence ?? 1); n++) start = item.text.indexOf(label.text, start + 1)
    if (start === -1) throw new Error(`${item.id}: label "${label.text}" is not in the text`)
    return {start, end: start + label.text.length, category: label.category, text: label.text}
  })
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

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
      return {start, end, category: message.category ?? 'unknown', text: `${message.ruleId}: ${message.actual}`}
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
const elapsed = performance.now() - started

// Per-rule cost: lint the whole set with each rule alone.
const ruleTimes = rules.map((rule) => {
  const options = {ruleSpecs: [rule]}
  const start = performance.now()
  for (const item of cases) lintSync(item.text, options)
  return {id: rule.id, ms: performance.now() - start}
})
ruleTimes.sort((a, b) => a.ms - b.ms)

const ratio = (a: number, b: number): string => (b === 0 ? '   –  ' : (a / b).toFixed(3).padStart(6))
const rows = categories
  .filter((category) => category !== 'indicator')
  .map((category) => {
    const entry = tally.get(category)!
    const precision = entry.found === 0 ? 1 : (entry.found - entry.fp) / entry.found
    const recall = entry.labels === 0 ? 1 : entry.tp / entry.labels
    return {category, ...entry, precision, recall}
  })
const totalLabels = rows.reduce((sum, row) => sum + row.labels, 0)
const totalTp = rows.reduce((sum, row) => sum + row.tp, 0)
const totalFound = rows.reduce((sum, row) => sum + row.found, 0)
const totalFp = rows.reduce((sum, row) => sum + row.fp, 0)
const hardTotal = [...families.values()].reduce((sum, family) => sum + family.total, 0)
const hardFlagged = [...families.values()].reduce((sum, family) => sum + family.flagged, 0)

if (asJson) {
  console.log(
    JSON.stringify(
      {
        sentences: cases.length,
        categories: rows,
        overall: {precision: (totalFound - totalFp) / (totalFound || 1), recall: totalTp / (totalLabels || 1)},
        cleanFlaggedShare: cleanFlagged / (clean || 1),
        hardFlaggedShare: hardFlagged / (hardTotal || 1),
        families: Object.fromEntries(families),
        misses,
        falsePositives,
      },
      null,
      2,
    ),
  )
} else {
  console.log(`referral-lint evaluation: ${cases.length} sentences, ${rules.length} rules, ${elapsed.toFixed(0)} ms\n`)
  console.log('category          labels  found  precision  recall')
  for (const row of rows) {
    console.log(
      `${row.category.padEnd(16)}  ${String(row.labels).padStart(6)}  ${String(row.found).padStart(5)}  ${ratio(row.found - row.fp, row.found)}     ${ratio(row.tp, row.labels)}`,
    )
  }
  console.log(
    `${'all'.padEnd(16)}  ${String(totalLabels).padStart(6)}  ${String(totalFound).padStart(5)}  ${ratio(totalFound - totalFp, totalFound)}     ${ratio(totalTp, totalLabels)}`,
  )
  console.log(`\ncategory agreement on overlaps: ${ratio(agree, matchedPairs).trim()} (${agree}/${matchedPairs})`)
  console.log(`clean sentences flagged: ${cleanFlagged}/${clean} = ${((100 * cleanFlagged) / (clean || 1)).toFixed(1)}%`)
  console.log(`hard clean cases flagged: ${hardFlagged}/${hardTotal} = ${((100 * hardFlagged) / (hardTotal || 1)).toFixed(1)}%`)
  for (const [name, family] of [...families].sort()) {
    console.log(`  ${name.padEnd(15)} ${family.flagged}/${family.total}`)
  }
  const limit = verbose ? Infinity : 25
  console.log(`\nmisses (${misses.length}):`)
  for (const line of misses.slice(0, limit)) console.log(`  ${line}`)
  if (misses.length > limit) console.log(`  … ${misses.length - limit} more (--verbose)`)
  console.log(`\nfalse positives (${falsePositives.length}):`)
  for (const line of falsePositives.slice(0, limit)) console.log(`  ${line}`)
  if (falsePositives.length > limit) console.log(`  … ${falsePositives.length - limit} more (--verbose)`)
  console.log(`\nslowest rules (ms over the whole set, each rule alone; slowest last):`)
  for (const {id, ms} of ruleTimes.slice(-5)) console.log(`  ${id.padEnd(32)} ${ms.toFixed(1)}`)
}
