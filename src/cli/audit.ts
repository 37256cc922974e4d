/**
 * `referral-lint audit`: lint every narrative of a JSONL or CSV export on a
 * worker pool and write `summary.json` and a self-contained `report.html`.
 *
 * The export is streamed (never loaded whole) and the pool's queues are
 * bounded, so memory stays flat with input size. Bad rows are counted and
 * reported by line number; no output ever holds narrative text beyond a
 * flagged phrase.
 */
import {createReadStream} from 'node:fs'
import {mkdir, stat, writeFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {basename, extname, join} from 'node:path'
import process from 'node:process'
import {parseArgs} from 'node:util'
import {coverage} from '../../rules/coverage.js'
import {rules} from '../../rules/index.js'
import {categories} from '../vocabulary.js'
import {renderHtml} from './audit-html.js'
import {csvRows, jsonlRows, maxRowBytes, MissingColumnError, type GoodRow, type Row} from './audit-input.js'
import {LintPool, libraryUrl, PoolError, type LintResult} from './audit-pool.js'
import {clock, Progress} from './audit-progress.js'
import {Tally, type Summary} from './audit-summary.js'

/** Where `audit` writes; defaults to the process's streams. */
export interface AuditIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Whether stderr is a terminal (then a progress bar is drawn). */
  readonly stderrIsTTY: boolean
}

/** `summary.json`: the summary plus how the run went. */
export interface AuditReport extends Summary {
  readonly run: {
    readonly workers: number
    readonly seconds: number
    readonly narrativesPerSecond: number
    /** Peak resident memory of the process (main thread and workers), in MiB. */
    readonly peakRssMiB: number
  }
}

const usage = `Usage: referral-lint audit <file.jsonl|file.csv> --field <column> [options]

Lint every narrative of a JSONL or CSV export and write summary.json and
report.html. Outputs hold counts, ids and flagged phrases, never narrative text.

Options:
  --field <column>   column holding the narrative (required)
  --id <column>      column holding each row's id (default: the line number)
  --group <column>   count findings per value of this column (a team, a template)
  --date <column>    draw a trend by this date column (YYYY-MM-DD or DD/MM/YYYY)
  --out <dir>        where to write the report (default: referral-lint-audit)
  --workers <n>      lint workers (default: one per core)
  --format <kind>    jsonl or csv (default: from the file extension)
  --max-size <bytes> longest narrative row (default 1048576, 1 MiB); longer
                     rows are bad rows
  --time-limit <ms>  time limit per narrative (default 10000); a row over it
                     is a bad row
  -h, --help         show this help
`

const batchRows = 64
const batchChars = 256 * 1024
const queueDepth = 2

class AuditUsageError extends Error {
  override name = 'AuditUsageError'
}

/**
 * Run `referral-lint audit`.
 *
 * @param argv - Arguments after `audit`.
 * @param io - Where to write (optional; the process's stdout and stderr by default).
 * @returns Exit code: 0 audited (findings do not fail an audit), 2 usage or input error.
 */
export async function audit(argv: readonly string[], io: AuditIo = processIo()): Promise<number> {
  try {
    return await runAudit(argv, io)
  } catch (error) {
    if (
      error instanceof AuditUsageError ||
      error instanceof MissingColumnError ||
      error instanceof PoolError
    ) {
      io.stderr(`referral-lint audit: ${error.message}\n`)
      return 2
    }
    // Never print an unexpected error's message or stack: either could quote a narrative.
    io.stderr(`referral-lint audit: internal error: ${error instanceof Error ? error.name : typeof error}\n`)
    return 2
  }
}

interface AuditArgs {
  readonly file: string
  readonly format: 'jsonl' | 'csv'
  readonly field: string
  readonly id: string | undefined
  readonly group: string | undefined
  readonly date: string | undefined
  readonly out: string
  readonly workers: number
  readonly maxSize: number
  readonly timeLimit: number
}

function parse(argv: readonly string[]): AuditArgs | 'help' {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        field: {type: 'string'},
        id: {type: 'string'},
        group: {type: 'string'},
        date: {type: 'string'},
        out: {type: 'string'},
        workers: {type: 'string'},
        format: {type: 'string'},
        'max-size': {type: 'string'},
        'time-limit': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    })
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : 'invalid arguments'
    throw new AuditUsageError(`${message.replace(/\.$/, '')} (see --help)`)
  }
  const {values, positionals} = parsed
  if (values.help) return 'help'
  if (positionals.length !== 1) throw new AuditUsageError('give exactly one JSONL or CSV file (see --help)')
  const file = positionals[0]!
  if (values.field === undefined || values.field === '')
    throw new AuditUsageError('--field <column> is required')
  const format = values.format ?? (extname(file).toLowerCase() === '.csv' ? 'csv' : 'jsonl')
  if (format !== 'jsonl' && format !== 'csv') throw new AuditUsageError('--format must be jsonl or csv')
  let workers = availableParallelism()
  if (values.workers !== undefined) {
    workers = Number(values.workers)
    if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
      throw new AuditUsageError('--workers must be a whole number from 1 to 256')
    }
  }
  return {
    file,
    format,
    field: values.field,
    id: values.id,
    group: values.group,
    date: values.date,
    out: values.out ?? 'referral-lint-audit',
    workers,
    maxSize: whole(values['max-size'], '--max-size', 1, 64 * 1024 * 1024) ?? maxRowBytes,
    timeLimit: whole(values['time-limit'], '--time-limit', 1, 3_600_000) ?? 10_000,
  }
}

function whole(value: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new AuditUsageError(`${flag} must be a whole number from ${String(min)} to ${String(max)}`)
  }
  return number
}

async function runAudit(argv: readonly string[], io: AuditIo): Promise<number> {
  const args = parse(argv)
  if (args === 'help') {
    io.stdout(usage)
    return 0
  }
  let size: number
  try {
    const stats = await stat(args.file)
    if (!stats.isFile()) throw new Error('not a file')
    size = stats.size
  } catch {
    throw new AuditUsageError(`cannot read \`${args.file}\`: no such file`)
  }
  // Checked before the work, so a bad --out never throws away an audit.
  await checkOut(args.out)

  const started = performance.now()
  const tally = new Tally(
    categories,
    new Map(coverage.map((element) => [element.id, element.label])),
    args.group !== undefined,
    args.date !== undefined,
  )
  const pool = new LintPool(args.workers, queueDepth, libraryUrl(), {
    maxLength: args.maxSize,
    timeLimit: args.timeLimit,
  })
  const progress = io.stderrIsTTY ? new Progress(io.stderr, size) : undefined
  const stream = createReadStream(args.file, {highWaterMark: 256 * 1024})
  let done = 0
  let bad = 0
  const counted = (): void => progress?.update(stream.bytesRead, done, bad)

  try {
    const columns = {field: args.field, id: args.id, group: args.group, date: args.date}
    const rows: AsyncGenerator<Row> =
      args.format === 'csv'
        ? csvRows(stream, columns, args.maxSize)
        : jsonlRows(stream, columns, args.maxSize)
    let batch: GoodRow[] = []
    let chars = 0
    const flush = async (): Promise<void> => {
      if (batch.length === 0) return
      const meta = batch
      batch = []
      chars = 0
      await pool.submit(
        meta.map((row) => row.text),
        (results: readonly LintResult[]) => {
          for (const [index, row] of meta.entries()) {
            const result = results[index]
            if (!result || 'failed' in result) bad++
            tally.add(row, result)
          }
          done += meta.length
          counted()
        },
      )
    }
    for await (const row of rows) {
      if (!row.ok) {
        tally.addBad(row.line, row.reason)
        bad++
        counted()
        continue
      }
      // The text travels to the worker; the batch keeps only what the tally needs.
      batch.push(row)
      chars += row.text.length
      if (batch.length >= batchRows || chars >= batchChars) await flush()
    }
    await flush()
    await pool.drain()
  } finally {
    stream.destroy()
    await pool.close()
  }
  progress?.update(stream.bytesRead, done, bad, true)
  progress?.done()

  const seconds = (performance.now() - started) / 1000
  const suggestions = new Map(rules.map((rule) => [rule.id, rule.suggestions[0] ?? '']))
  const summary = tally.summary(basename(args.file), args.field, (ruleId) => suggestions.get(ruleId) ?? '')
  const report: AuditReport = {
    ...summary,
    run: {
      workers: args.workers,
      seconds: round(seconds),
      narrativesPerSecond: Math.round(summary.narratives.linted / Math.max(seconds, 0.001)),
      peakRssMiB: round(process.resourceUsage().maxRSS / 1024),
    },
  }
  const summaryPath = join(args.out, 'summary.json')
  const htmlPath = join(args.out, 'report.html')
  try {
    await mkdir(args.out, {recursive: true})
    await writeFile(summaryPath, `${JSON.stringify(report, null, 2)}\n`)
    await writeFile(htmlPath, renderHtml(summary, new Date().toISOString().slice(0, 16).replace('T', ' ')))
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'error'
    throw new AuditUsageError(
      `cannot write the report to \`${args.out}\` (${code}); give a writable directory`,
    )
  }

  const n = summary.narratives
  io.stdout(
    `Audited ${n.linted} narratives in ${clock(seconds)} (${report.run.narrativesPerSecond}/s, ${args.workers} workers): ` +
      `${summary.findings.total} findings in ${n.withFindings} narratives.\n` +
      `Wrote ${summaryPath} and ${htmlPath}\n`,
  )
  if (summary.badRows.count > 0) {
    const shown = summary.badRows.rows.slice(0, 10).map((row) => `line ${row.line} (${row.reason})`)
    const more =
      summary.badRows.count > shown.length
        ? `, … (${summary.badRows.count - shown.length} more in summary.json)`
        : ''
    io.stderr(
      `referral-lint audit: ${summary.badRows.count} bad rows not linted: ${shown.join(', ')}${more}\n`,
    )
  }
  return 0
}

/** `--out` must be a directory or not exist yet. */
async function checkOut(out: string): Promise<void> {
  try {
    const stats = await stat(out)
    if (!stats.isDirectory()) {
      throw new AuditUsageError(`--out \`${out}\` is a file; give a directory (it is created if missing)`)
    }
  } catch (error) {
    if (error instanceof AuditUsageError) throw error
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function processIo(): AuditIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
  }
}
