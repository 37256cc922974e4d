/**
 * Machine formats of the built CLI: SARIF validates against the SARIF 2.1.0
 * schema (vendored in test/schemas/), JSON against its documented schema
 * (docs/json-format.schema.json); a .docx gives the same findings as the
 * same text in .txt; `serve` and `audit` reach their modules.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Ajv, type ValidateFunction} from 'ajv'
import formats from 'ajv-formats'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run, type Io} from '../src/cli/run.js'
import {privateCli, root} from './helpers/build.js'

const cases = join(root, 'fixtures', 'cli')
const inputs = [
  join(cases, 'text-findings', 'narrative.txt'),
  join(cases, 'markdown', 'referral.md'),
  join(cases, 'html', 'referral.html'),
  join(cases, 'docx-same-as-txt', 'narrative.docx'),
  join(cases, 'format-github', 'quoted.txt'),
  join(cases, 'text-clean', 'clean.txt'),
]

let cliPath = ''

beforeAll(async () => {
  cliPath = await privateCli('formats')
}, 180_000)

afterAll(() => {
  // The private copy of dist/ (see privateCli).
  if (cliPath) rmSync(join(cliPath, '..', '..'), {recursive: true, force: true})
})

// Generous: a case runs the built CLI up to three times, and a shared machine can take 30 s a run.
describe('machine formats', {timeout: 300_000}, () => {
  it('SARIF output validates against the SARIF 2.1.0 schema', () => {
    const validate = compile(join(root, 'test', 'schemas', 'sarif-2.1.0.json'))
    for (const args of [inputs, ['--indicators', ...inputs], ['--quiet', ...inputs]]) {
      const {code, stdout} = cli(['--format', 'sarif', ...args])
      expect(code).toBe(1)
      const log = JSON.parse(stdout) as {
        runs: {results: {ruleId: string; level: string}[]; tool: {driver: {rules: {id: string}[]}}}[]
      }
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
      const [run] = log.runs
      const ids = new Set(run?.tool.driver.rules.map((rule) => rule.id))
      for (const result of run?.results ?? []) expect(ids.has(result.ruleId), result.ruleId).toBe(true)
    }
  })

  it('SARIF with a config pack and deny phrases validates, without a docs link for them', () => {
    const validate = compile(join(root, 'test', 'schemas', 'sarif-2.1.0.json'))
    const folder = join(cases, 'config-pack')
    const result = spawnSync(process.execPath, [cliPath, '--format', 'sarif', 'narrative.txt'], {
      cwd: folder,
      encoding: 'utf8',
    })
    const log = JSON.parse(result.stdout) as {
      runs: {tool: {driver: {rules: {id: string; helpUri?: string}[]}}}[]
    }
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    const rule = log.runs[0]?.tool.driver.rules.find(({id}) => id === 'placement-breakdown')
    expect(rule).toBeDefined()
    expect(rule?.helpUri).toBeUndefined()
  })

  it('the SARIF schema rejects a log with a field SARIF does not define', () => {
    const validate = compile(join(root, 'test', 'schemas', 'sarif-2.1.0.json'))
    const log = JSON.parse(cli(['--format', 'sarif', inputs[0] ?? '']).stdout) as {
      runs: {results: Record<string, unknown>[]}[]
    }
    expect(validate(log)).toBe(true)
    const [result] = log.runs[0]?.results ?? []
    if (result) result['severity'] = 'error'
    expect(validate(log)).toBe(false)
  })

  it('SARIF carries no missing facts unless asked: no location-less result per file', () => {
    for (const args of [inputs, ['--no-coverage', inputs[0] ?? '']]) {
      const {stdout} = cli(['--format', 'sarif', ...args])
      const [run] = (
        JSON.parse(stdout) as {runs: {results: {ruleId: string}[]; tool: {driver: {rules: {id: string}[]}}}[]}
      ).runs
      expect(run?.results.filter((result) => result.ruleId.startsWith('missing-'))).toEqual([])
      expect(run?.tool.driver.rules.filter((rule) => rule.id.startsWith('missing-'))).toEqual([])
      expect(run?.results.length).toBeGreaterThan(0)
    }
  }, 180_000)

  it('SARIF with --coverage carries missing facts as document-level results and findings with regions', () => {
    const {stdout} = cli(['--format', 'sarif', '--coverage', inputs[0] ?? ''])
    const validate = compile(join(root, 'test', 'schemas', 'sarif-2.1.0.json'))
    expect(validate(JSON.parse(stdout)), JSON.stringify(validate.errors, null, 2)).toBe(true)
    const results =
      (
        JSON.parse(stdout) as {
          runs: {
            results: {ruleId: string; level: string; locations: {physicalLocation: {region?: unknown}}[]}[]
          }[]
        }
      ).runs[0]?.results ?? []
    const missing = results.filter((result) => result.ruleId.startsWith('missing-'))
    expect(missing.length).toBeGreaterThan(0)
    for (const result of missing) expect(result.locations[0]?.physicalLocation.region).toBeUndefined()
    const findings = results.filter((result) => !result.ruleId.startsWith('missing-'))
    expect(findings.map((result) => result.ruleId).sort()).toEqual(['streetwise', 'went-willingly'])
    for (const result of findings) expect(result.locations[0]?.physicalLocation.region).toBeDefined()
  }, 180_000)

  it('SARIF carries missing facts when the config says `coverage: true`, and not with --no-coverage', () => {
    const folder = join(cases, 'config-coverage-github')
    const missing = (args: readonly string[]): string[] => {
      const result = spawnSync(process.execPath, [cliPath, '--format', 'sarif', ...args, 'narrative.txt'], {
        cwd: folder,
        encoding: 'utf8',
      })
      const log = JSON.parse(result.stdout) as {runs: {results: {ruleId: string}[]}[]}
      return (log.runs[0]?.results ?? []).map(({ruleId}) => ruleId).filter((id) => id.startsWith('missing-'))
    }
    expect(missing([])).toEqual([
      'missing-action',
      'missing-purpose',
      'missing-control',
      'missing-start-and-stay',
      'missing-own-words',
      'missing-assessment',
    ])
    expect(missing(['--no-coverage'])).toEqual([])
  }, 180_000)

  it('JSON output validates against docs/json-format.schema.json', () => {
    const validate = compile(join(root, 'docs', 'json-format.schema.json'))
    for (const args of [inputs, ['--indicators', ...inputs], ['--quiet', ...inputs]]) {
      const {code, stdout} = cli(['--format', 'json', ...args])
      expect(code).toBe(1)
      const report = JSON.parse(stdout) as unknown
      expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true)
    }
  })

  it('the schema rejects a report with a missing field', () => {
    const validate = compile(join(root, 'docs', 'json-format.schema.json'))
    const report = JSON.parse(cli(['--format', 'json', inputs[0] ?? '']).stdout) as {
      files: {messages: Record<string, unknown>[]}[]
    }
    delete report.files[0]?.messages[0]?.['ruleId']
    expect(validate(report)).toBe(false)
  })

  it('a .docx narrative gives the same findings as the same text in .txt', () => {
    const folder = join(cases, 'docx-same-as-txt')
    const {stdout} = cli(['--format', 'json', join(folder, 'narrative.docx'), join(folder, 'narrative.txt')])
    const [docx, txt] = (
      JSON.parse(stdout) as {
        files: {kind: string; messages: Record<string, unknown>[]; missingFacts: unknown[]}[]
      }
    ).files
    expect(docx?.kind).toBe('docx')
    expect(txt?.kind).toBe('text')
    expect(docx?.messages.length).toBeGreaterThan(0)
    const same = (messages: Record<string, unknown>[] = []): unknown[] =>
      messages.map(({ruleId, severity, actual, offset, endOffset, suggestions}) => ({
        ruleId,
        severity,
        actual,
        offset,
        endOffset,
        suggestions,
      }))
    expect(same(docx?.messages)).toEqual(same(txt?.messages))
    expect(docx?.missingFacts).toEqual(txt?.missingFacts)
    // .docx positions are paragraph and character; the .txt has a blank line between paragraphs.
    for (const [index, message] of (docx?.messages ?? []).entries()) {
      const other = txt?.messages[index]
      expect(message['line']).toBe(((other?.['line'] as number) + 1) / 2)
      expect(message['column']).toBe(other?.['column'])
    }
  })
})

function compile(path: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  // The SARIF schema is draft-04 (`id`); Ajv 8 reads it as draft-07 once
  // `id` is `$id`: the keywords it uses mean the same in both drafts.
  if (typeof schema['id'] === 'string') {
    schema['$id'] = schema['id']
    delete schema['id']
    schema['$schema'] = 'http://json-schema.org/draft-07/schema#'
  }
  const ajv = new Ajv({allErrors: true, strict: false})
  // ajv-formats is CommonJS: its default export is the module object under NodeNext.
  const addFormats = formats as unknown as {default: (ajv: Ajv) => Ajv}
  addFormats.default(ajv)
  return ajv.compile(schema)
}

function cli(args: readonly string[]): {code: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [cliPath, ...args], {cwd: root, encoding: 'utf8', input: ''})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

// In process, through the command's injected I/O: a pipe is never a terminal.
describe('progress', {timeout: 60_000}, () => {
  const folder = join(root, 'test-artifacts', `cli-progress-${process.pid}`)

  async function lintMany(stderrIsTTY: boolean): Promise<{code: number; stderr: string; stdout: string}> {
    rmSync(folder, {recursive: true, force: true})
    mkdirSync(folder, {recursive: true})
    for (let i = 0; i < 20; i++)
      writeFileSync(join(folder, `n${String(i).padStart(2, '0')}.txt`), 'A clean line.\n')
    let stderr = ''
    let stdout = ''
    const io: Io = {
      stdinIsTTY: true,
      readStdin: () => Promise.resolve(new Uint8Array()),
      stdoutIsTTY: false,
      stderrIsTTY,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      env: {},
    }
    const code = await run(['--no-config', '--quiet', folder], io, '0.0.0')
    rmSync(folder, {recursive: true, force: true})
    return {code, stderr, stdout}
  }

  it('shows progress on stderr for 20 files or more when stderr is a terminal, then clears it', async () => {
    const {code, stderr, stdout} = await lintMany(true)
    expect(code).toBe(0)
    expect(stderr).toContain('\rreferral-lint: 1/20 files')
    expect(stderr).toContain('\rreferral-lint: 20/20 files')
    expect(stderr.endsWith('\r\u001B[K')).toBe(true)
    expect(stdout).toBe('')
  })

  it('shows no progress when stderr is not a terminal', async () => {
    expect((await lintMany(false)).stderr).toBe('')
  })
})

describe('subcommands', {timeout: 60_000}, () => {
  it.each(['serve', 'audit'])('dispatches `%s --help` to its module', (name) => {
    const result = spawnSync(process.execPath, [cliPath, name, '--help'], {
      cwd: root,
      encoding: 'utf8',
      input: '',
    })
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toMatch(new RegExp(`^Usage: referral-lint ${name}`))
  })

  it('imports the subcommand modules only on demand', () => {
    const bundle = readFileSync(cliPath, 'utf8')
    expect(bundle).toMatch(/await import\("\.\/serve-[\w-]+\.js"\)/)
    expect(bundle).toMatch(/await import\("\.\/audit-[\w-]+\.js"\)/)
    expect(bundle).not.toMatch(/^import .*(serve|audit)-[\w-]+\.js/m)
  })
})
