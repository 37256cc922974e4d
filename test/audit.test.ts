/**
 * `referral-lint audit` end to end: a generated caseload with bad rows
 * through the real audit (worker pool on the built library), its counts
 * compared with linting every narrative in this process, bad rows by line
 * number, and no narrative text in any output.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {caseload, csvRecord, type CaseRow} from '../scripts/gen-caseload.js'
import {audit, type AuditIo, type AuditReport} from '../src/cli/audit.js'
import {CsvParser} from '../src/cli/audit-input.js'
import {lintSync} from '../src/index.js'
import {ensureBuilt, root} from './helpers/build.js'

const scratch = join(root, 'test-artifacts', 'audit')
const sentinel = 'SENTINEL-NARRATIVE-TEXT'

/** Bad rows written into the JSONL caseload: line → [bytes of the line, expected reason]. */
const badLines: ReadonlyMap<number, readonly [Buffer, string]> = new Map([
  [3, [Buffer.from(`{"id":"bad-1","narrative":"${sentinel} went willingly`), 'invalid JSON']],
  [10, [Buffer.from(`{"id":"bad-2","team":"North","note":"${sentinel}"}`), 'missing field']],
  [
    17,
    [
      Buffer.from(`{"id":"bad-3","narrative":"${sentinel} is\u0000a prostitute"}`),
      'binary (NUL or control bytes)',
    ],
  ],
  [
    18,
    [
      Buffer.from(`{"id":"bad-4","narrative":"${sentinel} is\\u0000 streetwise"}`),
      'binary (NUL or control bytes)',
    ],
  ],
  [
    25,
    [
      Buffer.concat([
        Buffer.from(`{"id":"bad-5","narrative":"${sentinel} `),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from('"}'),
      ]),
      'invalid UTF-8',
    ],
  ],
  [31, [Buffer.from(`{"id":"bad-6","narrative":42}`), 'field is not text']],
  [40, [Buffer.from(`["${sentinel} went willingly"]`), 'not a JSON object']],
])

interface Captured {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  readonly report: AuditReport
  readonly html: string
}

async function runAudit(args: string[], out: string, tty = false): Promise<Captured> {
  let stdout = ''
  let stderr = ''
  const io: AuditIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stderrIsTTY: tty,
  }
  const code = await audit([...args, '--out', out], io)
  return {
    code,
    stdout,
    stderr,
    report: JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as AuditReport,
    html: readFileSync(join(out, 'report.html'), 'utf8'),
  }
}

/** What the audit should count, computed by linting every narrative here. */
function expectedCounts(rows: readonly {readonly row: CaseRow; readonly line: number}[]) {
  const byCategory: Record<string, number> = {}
  const byRule: Record<string, number> = {}
  const byGroup: Record<string, {linted: number; findings: number}> = {}
  const missing: Record<string, number> = {}
  const perRow: {id: string; findings: number}[] = []
  let total = 0
  let withFindings = 0
  for (const {row} of rows) {
    const file = lintSync(row.narrative, {indicators: false})
    total += file.messages.length
    if (file.messages.length > 0) withFindings++
    for (const message of file.messages) {
      byCategory[message.category!] = (byCategory[message.category!] ?? 0) + 1
      byRule[message.ruleId!] = (byRule[message.ruleId!] ?? 0) + 1
    }
    const group = (byGroup[row.team] ??= {linted: 0, findings: 0})
    group.linted++
    group.findings += file.messages.length
    for (const id of file.data.coverage?.missing ?? []) missing[id] = (missing[id] ?? 0) + 1
    perRow.push({id: row.id, findings: file.messages.length})
  }
  return {total, withFindings, byCategory, byRule, byGroup, missing, perRow}
}

/** Words of the narratives that no rule flags and no report needs. */
const narrativeOnly = [
  /missed eleven days/i,
  /welfare check/i,
  /return home interview/i,
  /grandmother/i,
  /\b(Amy|Jay|Mia|Tyler|Leah|Kai|Ruby|Reece|Zara|Owen|Chloe|Deon)\b/,
  /Deano|Tank|Auntie|Marco/,
  /Margate|Luton|Swindon/,
]

function assertNoNarrativeText(outputs: readonly string[]): void {
  for (const output of outputs) {
    expect(output).not.toContain(sentinel)
    for (const pattern of narrativeOnly)
      expect(output, `output matches ${String(pattern)}`).not.toMatch(pattern)
  }
}

beforeAll(async () => {
  await ensureBuilt()
  rmSync(scratch, {recursive: true, force: true})
  mkdirSync(scratch, {recursive: true})
}, 240_000)

describe('audit of a JSONL caseload', {timeout: 120_000}, () => {
  const good: {row: CaseRow; line: number}[] = []
  let result: Captured

  beforeAll(async () => {
    const lines: Buffer[] = []
    const rows = caseload(240, 7)
    let produced = 0
    while (produced < 240 + badLines.size) {
      const line = lines.length + 1
      if (line === 50) {
        // A blank line is skipped, not counted as a row.
        lines.push(Buffer.from('   '))
        continue
      }
      const bad = badLines.get(line)
      if (bad) lines.push(bad[0])
      else {
        const row = rows.next().value as CaseRow
        good.push({row, line})
        lines.push(Buffer.from(JSON.stringify(row)))
      }
      produced++
    }
    const path = join(scratch, 'caseload.jsonl')
    writeFileSync(path, Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')])))
    result = await runAudit(
      [path, '--field', 'narrative', '--id', 'id', '--group', 'team', '--date', 'date', '--workers', '2'],
      join(scratch, 'jsonl-out'),
    )
  }, 120_000)

  it('exits 0 and counts every row', () => {
    expect(result.code).toBe(0)
    expect(result.report.narratives).toEqual({
      rows: 247,
      linted: 240,
      withFindings: expectedCounts(good).withFindings,
      bad: 7,
    })
  })

  it('counts findings exactly as linting each narrative does', () => {
    const expected = expectedCounts(good)
    const report = result.report
    expect(report.findings.total).toBe(expected.total)
    expect(report.findings.error + report.findings.warning + report.findings.info).toBe(expected.total)
    expect(
      Object.fromEntries(
        Object.entries(report.byCategory)
          .filter(([, count]) => count.findings > 0)
          .map(([name, count]) => [name, count.findings]),
      ),
    ).toEqual(expected.byCategory)
    expect(
      Object.fromEntries(Object.entries(report.byRule).map(([id, count]) => [id, count.findings])),
    ).toEqual(expected.byRule)
    expect(
      Object.fromEntries(
        Object.entries(report.byGroup!).map(([name, group]) => [
          name,
          {linted: group.linted, findings: group.findings},
        ]),
      ),
    ).toEqual(expected.byGroup)
    expect(
      Object.fromEntries(
        Object.entries(report.coverage.missing)
          .filter(([, element]) => element.narratives > 0)
          .map(([id, element]) => [id, element.narratives]),
      ),
    ).toEqual(expected.missing)
  })

  it('lists the worst narratives by id with their counts', () => {
    const expected = expectedCounts(good).perRow
    const max = Math.max(...expected.map((row) => row.findings))
    expect(result.report.worst.length).toBe(25)
    expect(result.report.worst[0]!.findings).toBe(max)
    for (const entry of result.report.worst) {
      expect(expected.find((row) => row.id === entry.id)?.findings, entry.id).toBe(entry.findings)
    }
  })

  it('counts findings by date', () => {
    const byDate = result.report.byDate!
    expect(byDate.undated).toBe(0)
    const linted = Object.values(byDate.days).reduce((sum, day) => sum + day.linted, 0)
    const findings = Object.values(byDate.days).reduce((sum, day) => sum + day.findings, 0)
    expect(linted).toBe(240)
    expect(findings).toBe(result.report.findings.total)
    expect(byDate.days[good[0]!.row.date]!.linted).toBeGreaterThan(0)
  })

  it('reports bad rows by line number and reason, on stderr and in the summary', () => {
    const expected = [...badLines].map(([line, [, reason]]) => ({line, reason}))
    expect(result.report.badRows.rows).toEqual(expected)
    expect(result.report.badRows.count).toBe(7)
    expect(result.report.badRows.truncated).toBe(false)
    for (const {line, reason} of expected) expect(result.stderr).toContain(`line ${line} (${reason})`)
    for (const {line} of expected) expect(result.html).toContain(`<td class="n">${line}</td>`)
  })

  it('suggests the rule’s wording, with slots left unfilled', () => {
    const willingly = result.report.phrases.find((phrase) => phrase.ruleId === 'went-willingly')
    expect(willingly?.phrase).toBe('went willingly')
    expect(willingly?.suggestion).toContain('[adult]')
  })

  it('writes no narrative text beyond flagged phrases to any output', () => {
    assertNoNarrativeText([result.stdout, result.stderr, JSON.stringify(result.report), result.html])
  })

  it('writes a self-contained HTML report with inline SVG charts', () => {
    expect(result.html).toContain('<svg')
    expect(result.html).toContain("default-src 'none'")
    expect(result.html).not.toMatch(/<(script|link|img|iframe)\b/i)
    expect(result.html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i)
    expect(result.html).toContain('Trend by date')
    expect(result.html).toContain('went willingly')
  })

  it('draws a progress bar on a terminal, with counts only', async () => {
    const tty = await runAudit(
      [join(scratch, 'caseload.jsonl'), '--field', 'narrative', '--workers', '1'],
      join(scratch, 'tty-out'),
      true,
    )
    expect(tty.stderr).toMatch(/100% · 240 narratives · 7 bad · [\d,]+\/s · ETA 0:00/)
    assertNoNarrativeText([tty.stderr, tty.stdout])
    expect(tty.report.findings).toEqual(result.report.findings)
  }, 60_000)
})

describe('audit of a CSV export', {timeout: 120_000}, () => {
  it('reads quoted fields with commas, quotes and line breaks, by the line each row starts on', async () => {
    const {code, report} = await runAudit(
      [
        join(root, 'fixtures', 'audit', 'quoting.csv'),
        '--field',
        'narrative',
        '--id',
        'id',
        '--group',
        'team',
        '--date',
        'date',
      ],
      join(scratch, 'quoting-out'),
    )
    expect(code).toBe(0)
    expect(report.narratives).toEqual({rows: 5, linted: 5, withFindings: 3, bad: 0})
    expect(Object.keys(report.byGroup!).sort()).toEqual(['East', 'North', 'South, Coast', 'West'])
    expect(report.byRule['went-willingly']?.findings).toBe(1)
    expect(report.byRule['streetwise']?.findings).toBe(1)
    expect(report.byRule['prostitute']?.findings).toBe(1)
    expect(report.worst.map((entry) => [entry.id, entry.line]).sort()).toEqual([
      ['q-1', 2],
      ['q-2', 3],
      ['q-4', 8],
    ])
    expect(Object.keys(report.byDate!.days)).toEqual(['2024-01-05', '2024-01-09', '2024-02-09', '2024-03-01'])
    expect(report.byDate!.undated).toBe(1)
  })

  it('counts a generated CSV caseload as the same rows in JSONL, with bad rows by line', async () => {
    const rows = [...caseload(60, 3)]
    const parts: Buffer[] = [Buffer.from('id,team,date,narrative\n')]
    for (const [index, row] of rows.entries()) {
      // Every fifth narrative gains a quoted line break, a comma and quotes.
      const narrative = index % 5 === 0 ? `${row.narrative}\n"Noted", she said, later.` : row.narrative
      parts.push(Buffer.from(`${csvRecord([row.id, row.team, row.date, narrative])}\n`))
      if (index === 9)
        parts.push(
          Buffer.concat([
            Buffer.from(`bad-utf8,North,2024-01-01,"${sentinel} `),
            Buffer.from([0xc3, 0x28]),
            Buffer.from('"\n'),
          ]),
        )
      if (index === 19) parts.push(Buffer.from(`bad-nul,North,2024-01-01,"${sentinel}\u0000"\n`))
      if (index === 29) parts.push(Buffer.from('bad-short,North\n'))
    }
    const path = join(scratch, 'caseload.csv')
    writeFileSync(path, Buffer.concat(parts))
    const csv = await runAudit([path, '--field', 'narrative', '--id', 'id'], join(scratch, 'csv-out'))
    // Line numbers: header 1, then one line per row plus one per quoted line break.
    const lineOf = (index: number): number => 2 + index + Math.ceil(index / 5)
    expect(csv.report.badRows.rows).toEqual([
      {line: lineOf(10), reason: 'invalid UTF-8'},
      {line: lineOf(20) + 1, reason: 'binary (NUL or control bytes)'},
      {line: lineOf(30) + 2, reason: 'missing field'},
    ])
    const expected = expectedCounts(
      rows.map((row, index) => ({
        row: index % 5 === 0 ? {...row, narrative: `${row.narrative}\n"Noted", she said, later.`} : row,
        line: 0,
      })),
    )
    expect(csv.report.narratives.linted).toBe(60)
    expect(csv.report.findings.total).toBe(expected.total)
    expect(
      Object.fromEntries(Object.entries(csv.report.byRule).map(([id, count]) => [id, count.findings])),
    ).toEqual(expected.byRule)
    assertNoNarrativeText([csv.stdout, csv.stderr, JSON.stringify(csv.report), csv.html])
  }, 60_000)
})

describe('audit usage errors', {timeout: 120_000}, () => {
  const io = (): AuditIo & {readonly err: () => string} => {
    let stderr = ''
    return {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      stderrIsTTY: false,
      err: () => stderr,
    }
  }

  it('exits 2 without --field, for a missing file, and for a CSV without the column', async () => {
    const cases: [string[], RegExp][] = [
      [[join(root, 'fixtures', 'audit', 'quoting.csv')], /--field <column> is required/],
      [[join(scratch, 'no-such.jsonl'), '--field', 'narrative'], /cannot read .*no such file/],
      [
        [join(root, 'fixtures', 'audit', 'quoting.csv'), '--field', 'text', '--out', join(scratch, 'x')],
        /column `text` is not in the CSV header/,
      ],
      [
        [join(root, 'fixtures', 'audit', 'quoting.csv'), '--field', 'narrative', '--workers', '0'],
        /--workers must be/,
      ],
      [['--field', 'narrative', '--bogus'], /Unknown option '--bogus'/],
    ]
    for (const [args, message] of cases) {
      const capture = io()
      expect(await audit(args, capture), args.join(' ')).toBe(2)
      expect(capture.err()).toMatch(message)
    }
  })
})

describe('CsvParser', {timeout: 120_000}, () => {
  it('parses the same records whatever the chunk boundaries', () => {
    const text = 'a,b\r\n"x, ""y""\nz",2\r\nplain,"q"\n"",\nlast,"no newline"'
    const bytes = Buffer.from(text)
    const whole = parseAll([bytes])
    expect(whole).toEqual([
      {line: 1, fields: ['a', 'b']},
      {line: 2, fields: ['x, "y"\nz', '2']},
      {line: 4, fields: ['plain', 'q']},
      {line: 5, fields: ['', '']},
      {line: 6, fields: ['last', 'no newline']},
    ])
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(parseAll([bytes.subarray(0, cut), bytes.subarray(cut)]), `cut at ${cut}`).toEqual(whole)
    }
    expect(parseAll([...bytes].map((byte) => Buffer.from([byte])))).toEqual(whole)
  })
})

function parseAll(chunks: readonly Buffer[]): {line: number; fields: string[]}[] {
  const parser = new CsvParser()
  const records = [...chunks.flatMap((chunk) => parser.push(chunk)), ...parser.end()]
  return records.map((record) => ({
    line: record.line,
    fields: record.fields.map((field) => field.toString('utf8')),
  }))
}
