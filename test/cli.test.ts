/**
 * Spawns the built CLI (`dist/cli.js`) and checks `{code, stdout, stderr}`.
 */
import {spawn} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, it, type ExpectStatic} from 'vitest'
import {useColor} from '../src/cli/color.js'
import {cliPath, ensureBuilt, root} from './helpers/build.js'

interface Result {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

const sample = 'fixtures/sample/narrative.txt'
const clean = 'fixtures/sample/clean.txt'
const quoted = 'fixtures/cli/quoted-info.txt'
const scratch = join(root, 'test-artifacts', 'cli')
const ansi = new RegExp(`${String.fromCharCode(27)}\\[`)
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}

beforeAll(async () => {
  await ensureBuilt()
  mkdirSync(scratch, {recursive: true})
  // Generated rather than committed: editors and git treat such files badly.
  writeFileSync(join(scratch, 'binary.txt'), Buffer.from([0x53, 0x68, 0x65, 0x00, 0x01, 0x02, 0x0a]))
  writeFileSync(join(scratch, 'invalid-utf8.txt'), Buffer.from([0x53, 0x68, 0x65, 0x20, 0xff, 0xfe, 0x0a]))
}, 120_000)

// Each case spawns a process; run them side by side.
describe.concurrent('referral-lint CLI', {timeout: 30_000}, () => {
  it('reports the sample narrative with exit code 1 and names the file and rules', async ({expect}) => {
    const result = await cli([sample])
    expect(result.code, result.stderr).toBe(1)
    expect(result.stdout).toContain(sample)
    expect(result.stdout).toContain('went-willingly')
    expect(result.stdout).toMatch(/\d+ errors?/)
    expect(result.stderr).toBe('')
  })

  it('exits 0 on the clean narrative', async ({expect}) => {
    const result = await cli([clean])
    expect(result.code, result.stdout).toBe(0)
    expect(result.stdout).toContain('no issues found')
    expect(result.stderr).toBe('')
  })

  it('lints several files in one report', async ({expect}) => {
    const result = await cli([clean, sample])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(clean)
    expect(result.stdout).toContain(sample)
  })

  it('reads stdin when no file is given, shown as <stdin>', async ({expect}) => {
    const result = await cli([], {input: 'Jade, 15, went willingly with the two men.\n'})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('<stdin>')
    expect(result.stdout).toContain('went-willingly')
  })

  it('reads stdin for `-`', async ({expect}) => {
    const result = await cli(['-'], {input: 'Jade, 15, went willingly with the two men.\n'})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('<stdin>')
    expect(result.stdout).toContain('1:11-1:25')
  })

  it('lints empty input with exit code 0', async ({expect}) => {
    expect((await cli(['fixtures/cli/empty.txt'])).code).toBe(0)
    expect((await cli([], {input: ''})).code).toBe(0)
  })

  it('exits 2 with one line on stderr for a missing file', async ({expect}) => {
    const result = await cli(['fixtures/cli/no-such-file.txt'])
    expect(result.code).toBe(2)
    expectOneLine(expect, result.stderr)
    expect(result.stderr).toBe('referral-lint: cannot read "fixtures/cli/no-such-file.txt": no such file\n')
    expect(result.stdout).toBe('')
  })

  it('exits 2 before reporting anything when one of several files is missing', async ({expect}) => {
    const result = await cli([sample, 'fixtures/cli/no-such-file.txt'])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expectOneLine(expect, result.stderr)
  })

  it('exits 2 with one line on stderr for an unknown option', async ({expect}) => {
    const result = await cli(['--bogus', sample])
    expect(result.code).toBe(2)
    expectOneLine(expect, result.stderr)
    expect(result.stderr).toContain('unknown option "--bogus"')
    expect(result.stdout).toBe('')
  })

  it('exits 2 for a value given to a flag', async ({expect}) => {
    const result = await cli(['--quiet=yes', sample])
    expect(result.code).toBe(2)
    expectOneLine(expect, result.stderr)
  })

  it('exits 2 for a directory', async ({expect}) => {
    const result = await cli(['fixtures/cli'])
    expect(result.code).toBe(2)
    expectOneLine(expect, result.stderr)
    expect(result.stderr).toContain('is a directory')
  })

  it('exits 2 for a binary file (NUL bytes) without printing its content', async ({expect}) => {
    const result = await cli([join(scratch, 'binary.txt')])
    expect(result.code).toBe(2)
    expectOneLine(expect, result.stderr)
    expect(result.stderr).toContain('binary')
    expect(result.stderr).not.toContain('She')
  })

  it('exits 2 for a file that is not valid UTF-8, without printing its content', async ({expect}) => {
    const result = await cli([join(scratch, 'invalid-utf8.txt')])
    expect(result.code).toBe(2)
    expectOneLine(expect, result.stderr)
    expect(result.stderr).toContain('not valid UTF-8')
    expect(result.stderr).not.toContain('She')
  })

  it('prints the package version for --version and -v', async ({expect}) => {
    for (const flag of ['--version', '-v']) {
      const result = await cli([flag])
      expect(result.code).toBe(0)
      expect(result.stdout).toBe(`${version}\n`)
    }
  })

  it('prints usage for --help and -h with exit code 0', async ({expect}) => {
    for (const flag of ['--help', '-h']) {
      const result = await cli([flag])
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/^Usage: referral-lint/)
      expect(result.stdout).toContain('--quiet')
    }
  })

  it('--quiet hides warnings and info but keeps errors', async ({expect}) => {
    const loud = await cli([quoted])
    expect(loud.code).toBe(0)
    expect(loud.stdout).toContain('info')
    expect(loud.stdout).toContain('went-willingly')

    const quiet = await cli(['--quiet', quoted])
    expect(quiet.code).toBe(0)
    expect(quiet.stdout).not.toContain('went-willingly')

    const errors = await cli(['--quiet', sample])
    expect(errors.code).toBe(1)
    expect(errors.stdout).toContain('went-willingly')
  })

  it('colours the report only when asked to and not told otherwise', async ({expect}) => {
    expect((await cli([sample])).stdout, 'stdout is a pipe: no colour').not.toMatch(ansi)
    expect((await cli([sample], {env: {FORCE_COLOR: '1'}})).stdout).toMatch(ansi)
    expect((await cli(['--no-color', sample], {env: {FORCE_COLOR: '1'}})).stdout).not.toMatch(ansi)
    expect((await cli([sample], {env: {NO_COLOR: '1'}})).stdout).not.toMatch(ansi)
  })

  it('never prints a stack trace', async ({expect}) => {
    for (const args of [['--bogus'], ['nope.txt'], ['fixtures/cli']]) {
      expect((await cli(args)).stderr).not.toMatch(/\n\s+at /)
    }
  })
})

// A pipe is never a terminal, so the terminal case is checked on the decision itself.
describe('colour decision', () => {
  it('colours a terminal unless --no-color, NO_COLOR or FORCE_COLOR=0 says otherwise', ({expect}) => {
    expect(useColor({noColor: false, env: {}, isTTY: true})).toBe(true)
    expect(useColor({noColor: true, env: {}, isTTY: true})).toBe(false)
    expect(useColor({noColor: false, env: {NO_COLOR: '1'}, isTTY: true})).toBe(false)
    expect(useColor({noColor: false, env: {NO_COLOR: ''}, isTTY: true})).toBe(true)
    expect(useColor({noColor: false, env: {FORCE_COLOR: '0'}, isTTY: true})).toBe(false)
    expect(useColor({noColor: false, env: {}, isTTY: false})).toBe(false)
    expect(useColor({noColor: false, env: {FORCE_COLOR: '1'}, isTTY: false})).toBe(true)
    expect(useColor({noColor: true, env: {FORCE_COLOR: '1'}, isTTY: false})).toBe(false)
  })
})

/** Run the built CLI from the repository root with a clean colour environment. */
async function cli(
  args: readonly string[],
  options: {input?: string; env?: Record<string, string>} = {},
): Promise<Result> {
  const env: Record<string, string | undefined> = {...process.env, ...options.env}
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env['FORCE_COLOR']
  if (!options.env || !('NO_COLOR' in options.env)) delete env['NO_COLOR']
  const child = spawn(process.execPath, [cliPath, ...args], {cwd: root, env})
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdin.end(options.input ?? '')
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  return {code, stdout, stderr}
}

function expectOneLine(expect: ExpectStatic, stderr: string): void {
  expect(stderr.endsWith('\n'), `stderr should end with a newline: ${JSON.stringify(stderr)}`).toBe(true)
  expect(stderr.trimEnd().split('\n'), `stderr should be one line: ${JSON.stringify(stderr)}`).toHaveLength(1)
  expect(stderr).toMatch(/^referral-lint: /)
}
