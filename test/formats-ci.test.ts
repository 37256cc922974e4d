/**
 * The report formats for other platforms, from the built CLI, each checked
 * against its published description or read by a real consumer from npm:
 *
 * - `gitlab`: GitLab's Code Quality report format (test/schemas/, written
 *   from GitLab's documentation), and each issue against the schema GitLab's
 *   own parser validates with (test/schemas/gitlab-codeclimate.json, copied
 *   verbatim from gitlab app/validators/json_schemas/codeclimate.json), with
 *   unique fingerprints that survive edits elsewhere in the file;
 * - `checkstyle`: read by Danger's checkstyle parser (danger-plugin-lint-report);
 * - `junit`: read by test-results-parser, with the counts the JSON report gives.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {privateCli, root} from './helpers/build.js'
import {compileSchema} from './helpers/schema.js'

const require = createRequire(import.meta.url)
const {scanXmlReport} = require('danger-plugin-lint-report') as {
  scanXmlReport: (
    git: null,
    xml: Buffer | string,
    root: string,
    requireLineModification: boolean,
    callback: (violation: Violation) => void,
  ) => Promise<void>
}
const {parse: parseTests} = require('test-results-parser') as {
  parse: (options: {type: string; files: string[]}) => JUnitResult
}

interface Violation {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly severity: string
  readonly message: string
}

interface JUnitResult {
  readonly total: number
  readonly passed: number
  readonly failed: number
  readonly suites: {
    name: string
    total: number
    failed: number
    cases: {name: string; status: string; failure: string}[]
  }[]
}

interface JsonReport {
  files: {
    file: string
    errorCount: number
    warningCount: number
    infoCount: number
    messages: {
      ruleId: string
      severity: string
      line: number
      column: number
      message: string
      suggestions: string[]
    }[]
  }[]
}

const cases = join(root, 'fixtures', 'cli')
const inputs = [
  join('fixtures', 'cli', 'text-findings', 'narrative.txt'),
  join('fixtures', 'cli', 'markdown', 'referral.md'),
  join('fixtures', 'cli', 'html', 'referral.html'),
  join('fixtures', 'cli', 'docx-same-as-txt', 'narrative.docx'),
  join('fixtures', 'cli', 'format-github', 'quoted.txt'),
  join('fixtures', 'cli', 'text-clean', 'clean.txt'),
]
const variants = [inputs, ['--indicators', ...inputs], ['--quiet', ...inputs]]
const scratch = join(root, 'test-artifacts', `formats-ci-${process.pid}`)
let cliPath = ''

beforeAll(async () => {
  cliPath = await privateCli('formats-ci')
  rmSync(scratch, {recursive: true, force: true})
  mkdirSync(scratch, {recursive: true})
}, 300_000)

afterAll(() => {
  rmSync(scratch, {recursive: true, force: true})
  if (cliPath) rmSync(join(cliPath, '..', '..'), {recursive: true, force: true})
})

function cli(args: readonly string[], cwd = root): {code: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [cliPath, ...args], {cwd, encoding: 'utf8', input: ''})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function json(args: readonly string[], cwd = root): JsonReport {
  return JSON.parse(cli(['--format', 'json', ...args], cwd).stdout) as JsonReport
}

const gitlabSchema = compileSchema(join(root, 'test', 'schemas', 'gitlab-code-quality.schema.json'))
/** GitLab's own per-issue schema, which its Code Quality parser checks each issue against. */
const gitlabIssueSchema = compileSchema(join(root, 'test', 'schemas', 'gitlab-codeclimate.json'))

interface Issue {
  check_name: string
  description: string
  fingerprint: string
  severity: string
  location: {path: string; lines: {begin: number; end: number}}
}

describe('--format gitlab', {timeout: 60_000}, () => {
  it("validates against GitLab's Code Quality report format, one issue per finding", () => {
    for (const args of variants) {
      const {code, stdout} = cli(['--format', 'gitlab', ...args])
      expect(code).toBe(1)
      const issues = JSON.parse(stdout) as Issue[]
      expect(gitlabSchema(issues), JSON.stringify(gitlabSchema.errors)).toBe(true)
      for (const issue of issues) {
        expect(gitlabIssueSchema(issue), JSON.stringify(gitlabIssueSchema.errors)).toBe(true)
      }
      const report = json(args)
      const expected = report.files.flatMap((file) =>
        file.messages.map((message) => [
          message.ruleId,
          file.file,
          message.line,
          {error: 'major', warning: 'minor', info: 'info'}[message.severity],
        ]),
      )
      expect(
        issues.map((issue) => [
          issue.check_name,
          issue.location.path,
          issue.location.lines.begin,
          issue.severity,
        ]),
      ).toEqual(expected)
      expect(new Set(issues.map((issue) => issue.fingerprint)).size, 'fingerprints are unique').toBe(
        issues.length,
      )
    }
  })

  it('rejects, by the schema, a report GitLab could not place', () => {
    const issues = JSON.parse(cli(['--format', 'gitlab', inputs[0] ?? '']).stdout) as Record<
      string,
      unknown
    >[]
    const broken = issues.map((issue) =>
      Object.fromEntries(Object.entries(issue).filter(([key]) => key !== 'location')),
    )
    expect(gitlabSchema(broken)).toBe(false)
    expect(broken.some((issue) => gitlabIssueSchema(issue))).toBe(false)
  })

  it('keeps fingerprints when other lines change, and numbers identical findings', () => {
    const path = join(scratch, 'letter.txt')
    const body = 'She went willingly with the men.\n\nStaff say she is streetwise.\n'
    writeFileSync(path, body)
    const before = JSON.parse(cli(['--format', 'gitlab', 'letter.txt'], scratch).stdout) as Issue[]
    writeFileSync(path, `A new first line.\n\n${body}\nAnd a last one.\n`)
    const after = JSON.parse(cli(['--format', 'gitlab', 'letter.txt'], scratch).stdout) as Issue[]
    expect(after.map((issue) => issue.fingerprint)).toEqual(before.map((issue) => issue.fingerprint))
    expect(after.map((issue) => issue.location.lines.begin)).toEqual([3, 5])
    writeFileSync(path, 'Staff say she is streetwise.\n\nStaff say she is streetwise.\n')
    const twice = JSON.parse(cli(['--format', 'gitlab', 'letter.txt'], scratch).stdout) as Issue[]
    expect(twice).toHaveLength(2)
    expect(twice[0]?.fingerprint).not.toBe(twice[1]?.fingerprint)
  })

  it('writes an empty list for clean input', () => {
    const {code, stdout} = cli(['--format', 'gitlab', join('fixtures', 'cli', 'text-clean', 'clean.txt')])
    expect([code, stdout]).toEqual([0, '[]\n'])
  })
})

describe('--format checkstyle', {timeout: 60_000}, () => {
  it("is read by Danger's checkstyle parser, with every finding at its place and severity", async () => {
    for (const args of variants) {
      const {code, stdout} = cli(['--format', 'checkstyle', ...args])
      expect(code).toBe(1)
      const violations: Violation[] = []
      await scanXmlReport(null, stdout, root, false, (violation) => violations.push(violation))
      const expected = json(args).files.flatMap((file) =>
        file.messages.map((message) => [file.file, message.line, message.column, message.severity]),
      )
      expect(violations.map(({file, line, column, severity}) => [file, line, column, severity])).toEqual(
        expected,
      )
    }
  })

  it('escapes quotes, ampersands and angle brackets so the message reads back exactly', async () => {
    const folder = join(scratch, 'escape')
    mkdirSync(folder, {recursive: true})
    writeFileSync(
      join(folder, '.referrallintrc.json'),
      JSON.stringify({
        deny: [
          {
            phrase: 'troubled teen',
            suggestion: `child "at risk" & <exploited> 'now'`,
            category: 'judgemental',
          },
        ],
      }),
    )
    writeFileSync(join(folder, 'note.txt'), 'He is a troubled teen.\n')
    const {stdout} = cli(['--format', 'checkstyle', 'note.txt'], folder)
    expect(stdout).toContain('&quot;at risk&quot; &amp; &lt;exploited&gt; &apos;now&apos;')
    const violations: Violation[] = []
    await scanXmlReport(null, stdout, folder, false, (violation) => violations.push(violation))
    expect(violations.map(({message}) => message)).toEqual([
      `\`troubled teen\` is wording your team has chosen to avoid. Suggested wording: child "at risk" & <exploited> 'now'`,
    ])
  })
})

describe('--format junit', {timeout: 60_000}, () => {
  it('is read by test-results-parser with the counts of the JSON report', () => {
    for (const args of variants) {
      const {code, stdout} = cli(['--format', 'junit', ...args])
      expect(code).toBe(1)
      const path = join(scratch, 'junit.xml')
      writeFileSync(path, stdout)
      const result = parseTests({type: 'junit', files: [path]})
      const report = json(args)
      const failing = report.files.reduce((sum, file) => sum + file.errorCount + file.warningCount, 0)
      const cases = report.files.reduce(
        (sum, file) => sum + Math.max(1, file.errorCount + file.warningCount + file.infoCount),
        0,
      )
      expect([result.total, result.failed, result.passed]).toEqual([cases, failing, cases - failing])
      expect(result.suites.map((suite) => suite.name)).toEqual(report.files.map((file) => file.file))
      for (const [index, suite] of result.suites.entries()) {
        const file = report.files[index]!
        const failures = file.messages.filter((message) => message.severity !== 'info')
        const failed = suite.cases.filter((test) => test.status === 'FAIL')
        expect(failed.map((test) => test.failure)).toEqual(failures.map((message) => message.message))
        for (const [position, test] of failed.entries()) {
          const message = failures[position]!
          expect(test.name.startsWith(`${message.ruleId} at ${String(message.line)}:`), test.name).toBe(true)
        }
      }
    }
  })

  it('is the same for the same input (no times or timestamps)', () => {
    expect(cli(['--format', 'junit', ...inputs]).stdout).toBe(cli(['--format', 'junit', ...inputs]).stdout)
  })
})

describe('format names', () => {
  it('are listed in --help and in the error for an unknown one', () => {
    expect(cli(['--help']).stdout).toContain(
      'stylish (default), compact, json, sarif, github,\n                             gitlab, checkstyle or junit',
    )
    const wrong = cli(['--format', 'xml', join(cases, 'text-clean', 'clean.txt')])
    expect([wrong.code, wrong.stderr]).toEqual([
      2,
      'referral-lint: unknown format "xml": use one of stylish, compact, json, sarif, github, gitlab, checkstyle, junit\n',
    ])
  })
})
