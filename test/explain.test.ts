/**
 * `--explain`, `--list-rules` and `--print-config` from the built CLI. The
 * expected text is built from the rule data here, so a rule's wording can
 * change without touching this test.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {coverage} from '../rules/coverage.js'
import {rules, sources} from '../rules/index.js'
import {docsUrl} from '../src/vocabulary.js'
import {privateCli, root} from './helpers/build.js'

let cliPath = ''
const scratch = join(root, 'test-artifacts', `explain-${process.pid}`)

beforeAll(async () => {
  cliPath = await privateCli('explain')
  rmSync(scratch, {recursive: true, force: true})
  mkdirSync(join(scratch, 'templates'), {recursive: true})
  writeFileSync(
    join(scratch, 'templates', '.referrallintrc.yaml'),
    'preset: adult\nrules:\n  streetwise: "off"\n  consent: warning\ndeny:\n  - phrase: troubled teen\n    suggestion: child at risk\n    category: judgemental\n',
  )
}, 300_000)

afterAll(() => {
  rmSync(scratch, {recursive: true, force: true})
  if (cliPath) rmSync(join(cliPath, '..', '..'), {recursive: true, force: true})
})

function cli(args: readonly string[], cwd = scratch): {code: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [cliPath, ...args], {cwd, encoding: 'utf8', input: ''})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const rule = rules.find((item) => item.id === 'went-willingly')!

describe('--explain', {timeout: 60_000}, () => {
  it('prints the message, note, suggested wording, examples and sources of a rule', () => {
    const {code, stdout, stderr} = cli(['--explain', 'went-willingly'])
    expect([code, stderr]).toEqual([0, ''])
    expect(stdout.split('\n')[0]).toBe(`went-willingly (${rule.category}, ${rule.severity})`)
    expect(stdout).toContain(rule.message.replaceAll('{actual}', '…'))
    expect(stdout.replace(/\s+/g, ' ')).toContain(rule.note)
    for (const suggestion of rule.suggestions) expect(stdout).toContain(`  - ${suggestion}\n`)
    for (const example of rule.examples.incorrect) {
      expect(stdout).toContain(`  - ${typeof example === 'string' ? example : example.text}\n`)
    }
    for (const example of rule.examples.correct) expect(stdout).toContain(`  - ${example}\n`)
    for (const key of rule.sources) {
      const source = sources[key as keyof typeof sources]
      expect(stdout).toContain(`  - ${key}: ${source.title}\n    ${source.url}\n`)
    }
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`More: ${docsUrl}#went-willingly`)
  })

  it('prints JSON with --format json, with the severity the config gives', () => {
    const {code, stdout} = cli(
      ['--explain', 'went-willingly', '--format', 'json'],
      join(scratch, 'templates'),
    )
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual({
      id: rule.id,
      category: rule.category,
      severity: 'warning',
      defaultSeverity: rule.severity,
      message: rule.message,
      note: rule.note,
      suggestions: rule.suggestions,
      fix: null,
      examples: {
        incorrect: rule.examples.incorrect.map((example) =>
          typeof example === 'string' ? example : example.text,
        ),
        correct: rule.examples.correct,
      },
      sources: rule.sources.map((key) => ({key, ...sources[key as keyof typeof sources]})),
      url: `${docsUrl}#went-willingly`,
    })
  })

  it('explains a missing NRM fact', () => {
    const fact = coverage[0]!
    const {code, stdout} = cli(['--explain', `missing-${fact.id}`])
    expect(code).toBe(0)
    expect(stdout).toContain(`The narrative does not say: ${fact.label.toLowerCase()}`)
  })

  it('names the closest rule for an unknown id, with exit code 2', () => {
    expect(cli(['--explain', 'went-wilingly'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'referral-lint: unknown rule "went-wilingly": did you mean "went-willingly"? see --list-rules for every rule id\n',
    })
  })
})

describe('--list-rules', {timeout: 60_000}, () => {
  it('lists every bundled rule, one line each, and the missing facts', () => {
    const {code, stdout} = cli(['--list-rules'])
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    expect(lines[0]).toMatch(/^rule\s+category\s+severity\s+fix$/)
    const rows = lines.slice(1, 1 + rules.length)
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(rules.map((item) => item.id))
    expect(stdout).toContain(`\n${String(rules.length)} rules. Missing NRM facts`)
    for (const fact of coverage) expect(stdout).toContain(`  missing-${fact.id}: `)
  })

  it('shows the severity the configuration gives, and the rules it adds, in JSON', () => {
    const {code, stdout} = cli(['--list-rules', '--format', 'json'], join(scratch, 'templates'))
    expect(code).toBe(0)
    const listed = JSON.parse(stdout) as {
      rules: {id: string; severity: string; defaultSeverity: string; origin: string; url: string | null}[]
    }
    expect(listed.rules).toHaveLength(rules.length + 1)
    expect(listed.rules.find((item) => item.id === 'streetwise')).toMatchObject({
      severity: 'off',
      origin: 'bundled',
    })
    expect(listed.rules.find((item) => item.id === 'went-willingly')).toMatchObject({
      severity: 'warning',
      defaultSeverity: 'error',
    })
    expect(listed.rules.at(-1)).toMatchObject({
      id: 'deny-troubled-teen',
      severity: 'warning',
      origin: 'config',
      url: null,
    })
    const text = cli(['--list-rules'], join(scratch, 'templates')).stdout
    expect(text).toMatch(/^streetwise\s+adultification\s+off \(default \w+\)$/m)
  })

  it('takes no files, and prints only text or JSON', () => {
    expect(cli(['--list-rules', 'a.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'referral-lint: --list-rules takes no files to lint\n',
    })
    expect(cli(['--list-rules', '--format', 'sarif']).stderr).toBe(
      'referral-lint: --list-rules prints text or --format json, not sarif\n',
    )
    expect(cli(['--list-rules', '--explain', 'x']).stderr).toBe(
      'referral-lint: use one of --explain, --list-rules at a time\n',
    )
  })
})

describe('--print-config', {timeout: 60_000}, () => {
  it('prints the configuration that applies to a file', () => {
    const {code, stdout} = cli(['--print-config', 'templates/letter.txt'])
    expect(code).toBe(0)
    const config = JSON.parse(stdout) as {
      file: string
      config: string
      options: Record<string, unknown>
      extraRules: string[]
      rules: Record<string, string>
    }
    expect(config.file).toBe('templates/letter.txt')
    expect(config.config).toBe(join('templates', '.referrallintrc.yaml'))
    expect(config.options).toEqual({
      preset: 'adult',
      indicators: false,
      rules: {streetwise: 'off', consent: 'warning'},
      allow: [],
    })
    expect(config.extraRules).toEqual(['deny-troubled-teen'])
    expect(config.rules['streetwise']).toBe('off')
    expect(config.rules['went-willingly']).toBe('warning')
    expect(Object.keys(config.rules)).toHaveLength(rules.length + 1)
  })

  it('applies the command-line options over the config, and --no-config', () => {
    const over = JSON.parse(
      cli(['--print-config', 'templates/a.txt', '--preset', 'child', '--indicators']).stdout,
    ) as {
      options: {preset: string; indicators: boolean}
    }
    expect(over.options).toMatchObject({preset: 'child', indicators: true})
    const none = JSON.parse(cli(['--print-config', 'templates/a.txt', '--no-config']).stdout) as {
      config: null
    }
    expect(none.config).toBeNull()
  })

  it("shows the config's coverage setting, and --coverage/--no-coverage over it; nothing when unset", () => {
    const folder = join(scratch, 'coverage')
    mkdirSync(folder, {recursive: true})
    writeFileSync(join(folder, '.referrallintrc.json'), '{"coverage": false}')
    const options = (args: readonly string[]): Record<string, unknown> =>
      (
        JSON.parse(cli(['--print-config', 'coverage/a.md', ...args]).stdout) as {
          options: Record<string, unknown>
        }
      ).options
    expect(options([])).toMatchObject({coverage: false})
    expect(options(['--coverage'])).toMatchObject({coverage: true})
    expect(options(['--no-config'])).not.toHaveProperty('coverage')
  })

  it('reports a broken config as for linting', () => {
    const folder = join(scratch, 'broken')
    mkdirSync(folder, {recursive: true})
    writeFileSync(join(folder, '.referrallintrc.json'), '{"rules": {"went-wilingly": "off"}}')
    const {code, stderr} = cli(['--print-config', 'broken/a.txt'])
    expect(code).toBe(2)
    expect(stderr).toMatch(
      /^referral-lint: broken\/\.referrallintrc\.json: `rules\.went-wilingly` is not a rule id or category/,
    )
  })
})
