/**
 * The built package as a consumer sees it: `dist/` through the package's own
 * `exports` (self-reference), from ESM and from CommonJS.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'
import {ensureBuilt, root} from './helpers/build.js'

const text = 'Jade, 15, went willingly with the two men to Leeds.'
const scratch = join(root, 'test-artifacts', 'package')

/** Run a script file inside the repository (so `referral-lint` resolves to itself) with Node. */
function runNode(name: string, source: string): string {
  mkdirSync(scratch, {recursive: true})
  const path = join(scratch, name)
  writeFileSync(path, source)
  return execFileSync(process.execPath, [path], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/**
 * Import by a name held in a variable, so that `tsc` (which runs before the
 * build) does not look for `dist/` types.
 */
async function importBuilt(specifier: string): Promise<unknown> {
  return (await import(/* @vite-ignore */ specifier)) as unknown
}

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
const hasRequireEsm = major > 22 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19)

beforeAll(ensureBuilt, 120_000)

describe('built package', {timeout: 120_000}, () => {
  it('`import("referral-lint")` resolves to dist and lints', async () => {
    expect(import.meta.resolve('referral-lint')).toBe(pathToFileURL(join(root, 'dist', 'index.js')).href)
    const api = (await importBuilt('referral-lint')) as typeof import('../src/index.js')
    const file = await api.lint(text)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['went-willingly'])
  }, 60_000)

  it('a plain Node ESM caller can import it and lint', () => {
    const output = runNode(
      'esm.mjs',
      `import {lint} from 'referral-lint'\n` +
        `const file = await lint(${JSON.stringify(text)})\n` +
        `console.log(JSON.stringify(file.messages.map((m) => [m.ruleId, m.fatal, m.actual])))\n`,
    )
    expect(JSON.parse(output)).toEqual([['went-willingly', true, 'went willingly']])
  })

  it.runIf(hasRequireEsm)('a CommonJS caller can `require()` it (require(esm), Node >= 20.19)', () => {
    const output = runNode(
      'cjs.cjs',
      `const {lintSync} = require('referral-lint')\n` +
        `const file = lintSync(${JSON.stringify(text)})\n` +
        `console.log(JSON.stringify(file.messages.map((m) => [m.ruleId, m.fatal, m.actual])))\n`,
    )
    expect(JSON.parse(output)).toEqual([['went-willingly', true, 'went willingly']])
  })

  it('`import("referral-lint/rules")` gives the rule list', async () => {
    expect(import.meta.resolve('referral-lint/rules')).toBe(
      pathToFileURL(join(root, 'dist', 'rules.js')).href,
    )
    const built = (await importBuilt('referral-lint/rules')) as typeof import('../rules/index.js')
    const source = await import('../rules/index.js')
    expect(built.rules.map((rule) => rule.id)).toEqual(source.rules.map((rule) => rule.id))
    expect(built.rules.length).toBeGreaterThan(0)
    expect(Object.keys(built.sources).sort()).toEqual(Object.keys(source.sources).sort())
  })
})

describe('published types', () => {
  it('type a misspelt rule id as an error, for `referral-lint` and `referral-lint/browser`', () => {
    mkdirSync(scratch, {recursive: true})
    const consumer = join(scratch, 'consumer.ts')
    writeFileSync(
      consumer,
      [
        `import {lint, type LintOptions, type Options} from 'referral-lint'`,
        `import {lint as lintInPage} from 'referral-lint/browser'`,
        `export const ok: Options = {rules: {'went-willingly': 'off', label: 'warning', 'missing-age': 'off'}}`,
        `// @ts-expect-error -- a misspelt id`,
        `export const typo: Options = {rules: {'went-wilingly': 'off'}}`,
        `export const mine: LintOptions<'my-rule'> = {rules: {'my-rule': 'off'}}`,
        `export const custom = lint<'my-rule'>('x', {rules: {'my-rule': 'off'}})`,
        `// @ts-expect-error -- a misspelt id`,
        `export const inPage = lintInPage('x', {rules: {'went-wilingly': 'off'}})`,
        '',
      ].join('\n'),
    )
    // A consumer's strict settings, not the repository's: the types come from dist/*.d.ts.
    const flags = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'ES2022', '--types', 'node']
    const module = ['--module', 'NodeNext', '--moduleResolution', 'NodeNext']
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
    const result = spawnSync(process.execPath, [tsc, ...flags, ...module, consumer], {
      cwd: root,
      encoding: 'utf8',
    })
    expect({status: result.status, output: result.stdout + result.stderr}).toEqual({status: 0, output: ''})
  })
})

describe('published files', () => {
  it('ships no source map (they would point at src/, which is not shipped)', {timeout: 120_000}, () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    ) as {files: {path: string}[]}[]
    const paths = packed?.files.map((file) => file.path) ?? []
    expect(paths).toContain('dist/index.js')
    expect(paths).toContain('dist/browser.global.js')
    // The CLI's compiled bundled rules (src/cli/snapshot.ts): without it every run compiles them.
    expect(paths).toContain('dist/compiled-rules.bin')
    // The rules' examples and sources, which the built CLI reads for --explain (src/cli/rule-extras.ts).
    expect(paths).toContain('dist/rule-extras.json')
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual([])
  })
})
