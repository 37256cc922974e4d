/**
 * `--cache`, run in process through the command's injected I/O, with the
 * lint function counted: a second run lints no unchanged file, a changed
 * file alone is linted again, a changed config re-lints every file, and the
 * report is the same from the cache. A corrupt cache is ignored with a
 * warning and rewritten; the cache is written by a rename, leaving no
 * temporary file.
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeEach, describe, expect, it, vi} from 'vitest'
import {run, type Io} from '../src/cli/run.js'
import {root} from './helpers/build.js'

const counted = vi.hoisted(() => ({calls: [] as string[]}))

vi.mock('../src/cli/lint-file.js', async (original) => {
  const module = await original<typeof import('../src/cli/lint-file.js')>()
  return {
    ...module,
    lintInput: (...args: Parameters<typeof module.lintInput>) => {
      counted.calls.push(args[0].name)
      return module.lintInput(...args)
    },
  }
})

const folder = join(root, 'test-artifacts', `cache-${process.pid}`)
const cache = join(folder, '.referrallintcache')
const files = ['a.txt', 'b.md', 'c.html', 'd.txt']

beforeEach(() => {
  rmSync(folder, {recursive: true, force: true})
  mkdirSync(join(folder, 'templates'), {recursive: true})
  writeFileSync(join(folder, 'templates', 'a.txt'), 'She went willingly with him.\n')
  writeFileSync(join(folder, 'templates', 'b.md'), '# Note\n\nStaff say she is streetwise.\n')
  writeFileSync(join(folder, 'templates', 'c.html'), '<p>Child pornography was found.</p>\n')
  writeFileSync(join(folder, 'templates', 'd.txt'), 'Two men drove her to Leeds.\n')
  writeFileSync(join(folder, '.referrallintrc.json'), '{"rules": {"streetwise": "warning"}}\n')
})

afterAll(() => rmSync(folder, {recursive: true, force: true}))

async function lint(
  ...args: string[]
): Promise<{code: number; stdout: string; stderr: string; linted: string[]}> {
  counted.calls = []
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdinIsTTY: true,
    readStdin: () => Promise.resolve(new Uint8Array()),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
  }
  const cwd = process.cwd()
  process.chdir(folder)
  try {
    const code = await run(['--format', 'json', ...args, 'templates'], io, '0.0.0-test')
    return {
      code,
      stdout,
      stderr,
      linted: counted.calls.map((name) => name.split(/[\\/]/).pop() ?? name).sort(),
    }
  } finally {
    process.chdir(cwd)
  }
}

describe('--cache', {timeout: 60_000}, () => {
  it('lints no unchanged file on the second run, and reports the same', async () => {
    const first = await lint('--cache')
    expect(first.linted).toEqual(files)
    expect(first.code).toBe(1)
    const second = await lint('--cache')
    expect(second.linted).toEqual([])
    expect(second.stdout).toBe(first.stdout)
    expect(second.code).toBe(first.code)
    expect(second.stderr).toBe('')
  })

  it('lints again only the file whose text changed', async () => {
    await lint('--cache')
    writeFileSync(join(folder, 'templates', 'd.txt'), 'Two men drove her to Leeds. She is streetwise.\n')
    const next = await lint('--cache')
    expect(next.linted).toEqual(['d.txt'])
    expect(next.stdout).toContain('"file": "templates/d.txt"')
    expect((JSON.parse(next.stdout) as {files: {warningCount: number}[]}).files[3]?.warningCount).toBe(1)
  })

  it('lints every file again when the config changes, or the command-line options do', async () => {
    await lint('--cache')
    writeFileSync(join(folder, '.referrallintrc.json'), '{"rules": {"streetwise": "error"}}\n')
    const changed = await lint('--cache')
    expect(changed.linted).toEqual(files)
    expect(changed.stdout).toContain('"severity": "error"')
    expect((await lint('--cache')).linted).toEqual([])
    expect((await lint('--cache', '--preset', 'adult')).linted).toEqual(files)
    expect((await lint('--cache', '--indicators')).linted).toEqual(files)
  })

  it('lints every file when the cache was written by another version', async () => {
    await lint('--cache')
    const data = JSON.parse(readFileSync(cache, 'utf8')) as {tool: string}
    writeFileSync(cache, JSON.stringify({...data, tool: '0.0.0-older+0'}))
    expect((await lint('--cache')).linted).toEqual(files)
  })

  it('ignores a corrupt cache with a warning, and rewrites it', async () => {
    for (const corrupt of [
      '{not json',
      '[]',
      '{"version": 1, "tool": "x", "entries": {"a": {"content": 1}}}',
    ]) {
      writeFileSync(cache, corrupt)
      const result = await lint('--cache')
      expect(result.linted).toEqual(files)
      expect(result.stderr).toBe(
        'referral-lint: warning: ignoring the cache ".referrallintcache": it is corrupt (not a referral-lint cache); it will be rewritten\n',
      )
      expect(result.code).toBe(1)
      expect((await lint('--cache')).linted).toEqual([])
    }
  })

  it('writes the cache by a rename (no temporary file left), at --cache-location', async () => {
    // The folder is missing: the report still comes, with a warning.
    const missing = await lint('--cache', '--cache-location', 'cache/lint.json')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe(
      'referral-lint: warning: cannot write the cache "cache/lint.json" (ENOENT); the next run lints every file\n',
    )
    mkdirSync(join(folder, 'cache'))
    const result = await lint('--cache', '--cache-location', 'cache/lint.json')
    expect(result.stderr).toBe('')
    expect(readdirSync(join(folder, 'cache'))).toEqual(['lint.json'])
    expect((await lint('--cache', '--cache-location', 'cache/lint.json')).linted).toEqual([])
  })

  it('keeps no text around the findings in the cache', async () => {
    await lint('--cache')
    const text = readFileSync(cache, 'utf8')
    expect(text).toContain('went willingly')
    for (const words of ['She went willingly with him', 'Two men drove her', 'Leeds'])
      expect(text).not.toContain(words)
  })

  it('does not store findings that --report-unused-disable-directives adds', async () => {
    writeFileSync(
      join(folder, 'templates', 'd.txt'),
      'referral-lint-disable-next-line streetwise -- quoted\nTwo men drove her.\n',
    )
    const reported = await lint('--cache', '--report-unused-disable-directives')
    expect(reported.stdout).toContain('unused-disable-directive')
    const plain = await lint('--cache')
    expect(plain.linted).toEqual([])
    expect(plain.stdout).not.toContain('unused-disable-directive')
  })
})
