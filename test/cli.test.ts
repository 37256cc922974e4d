/**
 * Runs the built CLI (`dist/cli.js`) over every case in `fixtures/cli/`
 * and compares `{code, stdout, stderr}` with the case's expectations.
 *
 * A case is a folder with `case.json`:
 *
 * - `args`: arguments; the CLI runs in a scratch copy of the folder.
 * - `code`: expected exit code.
 * - `stdin` (optional): file in the folder to pipe to stdin.
 * - `env` (optional): extra environment variables.
 * - `files` (optional): files to generate, `{name: {hex}}` (binary input).
 * - `chmod` (optional): `{path: "444"}` applied before the run.
 * - `unprivileged` (optional): run as `nobody` when the tests run as root,
 *   so permissions apply (an unreadable directory).
 * - `after` (optional): `{file: expectedFile}` contents after the run.
 * - `untouched` (optional): files that must keep their inode, time and text.
 * - `replaced` (optional): files that must be a new inode afterwards (an
 *   atomic write renames a temporary file over the original).
 *
 * `expected.stdout` and `expected.stderr` hold the output (missing means
 * empty); the package version reads as `<version>`. `UPDATE_FIXTURES=1`
 * rewrites them.
 */
import {spawn} from 'node:child_process'
import {tmpdir} from 'node:os'
import {build} from 'tsup'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, it} from 'vitest'
import {useColor} from '../src/cli/color.js'
import {privateCli, root} from './helpers/build.js'

interface Case {
  readonly args: readonly string[]
  readonly code: number
  readonly stdin?: string
  readonly env?: Readonly<Record<string, string>>
  readonly files?: Readonly<Record<string, {readonly hex: string}>>
  readonly chmod?: Readonly<Record<string, string>>
  readonly unprivileged?: boolean
  readonly after?: Readonly<Record<string, string>>
  readonly untouched?: readonly string[]
  readonly replaced?: readonly string[]
}

const fixtures = join(root, 'fixtures', 'cli')
const scratchRoot = join(root, 'test-artifacts', 'cli-cases')
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}
const update = process.env['UPDATE_FIXTURES'] === '1'
const cases = readdirSync(fixtures)
  .filter((name) => existsSync(join(fixtures, name, 'case.json')))
  .sort()

let cliPath = ''

beforeAll(async () => {
  cliPath = await privateCli('cases')
  rmSync(scratchRoot, {recursive: true, force: true})
  mkdirSync(scratchRoot, {recursive: true})
}, 180_000)

afterAll(async () => {
  // The private copy of dist/ (see privateCli), and the sandbox for `nobody`.
  if (cliPath) rmSync(join(cliPath, '..', '..'), {recursive: true, force: true})
  if (sandbox) rmSync(await sandbox, {recursive: true, force: true})
})

describe.concurrent('referral-lint CLI fixtures', {timeout: 60_000}, () => {
  it('has cases', ({expect}) => {
    expect(cases.length).toBeGreaterThan(20)
  })

  for (const name of cases) {
    it(`${name}`, async ({expect}) => {
      const folder = join(fixtures, name)
      const spec = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as Case
      const asNobody = spec.unprivileged === true && process.getuid?.() === 0
      const cwd = join(asNobody ? await nobodySandbox() : scratchRoot, name)
      cpSync(folder, cwd, {recursive: true})
      for (const [file, {hex}] of Object.entries(spec.files ?? {}))
        writeFileSync(join(cwd, file), Buffer.from(hex, 'hex'))
      const before = new Map((spec.untouched ?? []).map((file) => [file, snapshot(join(cwd, file))]))
      const inodes = new Map((spec.replaced ?? []).map((file) => [file, snapshot(join(cwd, file)).ino]))
      for (const [path, mode] of Object.entries(spec.chmod ?? {}))
        chmodSync(join(cwd, path), Number.parseInt(mode, 8))
      const listing = readdirSync(cwd).sort()

      let result: Result
      try {
        result = await cli(spec, cwd, folder)
      } finally {
        for (const path of Object.keys(spec.chmod ?? {})) chmodSync(join(cwd, path), 0o755)
      }

      const stdout = result.stdout.replaceAll(version, '<version>')
      const stderr = result.stderr.replaceAll(version, '<version>')
      if (update) {
        writeOrRemove(join(folder, 'expected.stdout'), stdout)
        writeOrRemove(join(folder, 'expected.stderr'), stderr)
      }
      expect(stderr, `${name}: stderr`).toBe(readOptional(join(folder, 'expected.stderr')))
      expect(stdout, `${name}: stdout`).toBe(readOptional(join(folder, 'expected.stdout')))
      expect(result.code, `${name}: exit code (stderr: ${result.stderr})`).toBe(spec.code)
      expect(result.stderr, `${name}: never a stack trace`).not.toMatch(/\n\s+at /)
      if (spec.code === 2)
        expect(result.stderr.trimEnd().split('\n'), `${name}: one line on stderr`).toHaveLength(1)

      for (const [file, expected] of Object.entries(spec.after ?? {})) {
        expect(readFileSync(join(cwd, file), 'utf8'), `${name}: ${file} after the run`).toBe(
          readFileSync(join(folder, expected), 'utf8'),
        )
      }
      for (const [file, snap] of before)
        expect(snapshot(join(cwd, file)), `${name}: ${file} untouched`).toEqual(snap)
      for (const [file, ino] of inodes) {
        expect(snapshot(join(cwd, file)).ino, `${name}: ${file} replaced by a rename`).not.toBe(ino)
      }
      const leftovers = readdirSync(cwd).filter(
        (file) => !listing.includes(file) && !file.startsWith('report'),
      )
      expect(leftovers, `${name}: no temporary files left`).toEqual([])
    })
  }
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

let sandbox: Promise<string> | undefined

/**
 * A world-readable folder for cases run as `nobody`, holding the built CLI
 * bundled into one file: the repository may sit under a folder `nobody`
 * cannot enter (a fresh clone in `mktemp -d`), so neither its `dist/` nor
 * its `node_modules` would be reachable.
 */
function nobodySandbox(): Promise<string> {
  sandbox ??= (async () => {
    const folder = mkdtempSync(join(tmpdir(), 'referral-lint-nobody-'))
    chmodSync(folder, 0o755)
    await build({
      entry: {cli: cliPath},
      outDir: folder,
      outExtension: () => ({js: '.mjs'}),
      format: ['esm'],
      platform: 'node',
      target: 'node20',
      noExternal: [/.*/],
      splitting: false,
      silent: true,
      config: false,
      // Bundled CommonJS dependencies call require().
      banner: {
        js: "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);",
      },
    })
    return folder
  })()
  return sandbox
}

interface Result {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Run the built CLI in `cwd` with a clean colour environment. */
async function cli(spec: Case, cwd: string, folder: string): Promise<Result> {
  const env: Record<string, string | undefined> = {...process.env, ...spec.env}
  if (!spec.env || !('FORCE_COLOR' in spec.env)) delete env['FORCE_COLOR']
  if (!spec.env || !('NO_COLOR' in spec.env)) delete env['NO_COLOR']
  const asNobody = spec.unprivileged === true && process.getuid?.() === 0
  const program = asNobody ? join(await nobodySandbox(), 'cli.mjs') : cliPath
  const child = spawn(process.execPath, [program, ...spec.args], {
    cwd,
    env,
    ...(asNobody ? {uid: 65534, gid: 65534} : {}),
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  child.stdin.on('error', () => undefined)
  child.stdin.end(spec.stdin === undefined ? '' : readFileSync(join(folder, spec.stdin)))
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  return {code, stdout, stderr}
}

function snapshot(path: string): {ino: number; mtime: bigint; text: string} {
  const stats = statSync(path, {bigint: true})
  return {ino: Number(stats.ino), mtime: stats.mtimeNs, text: readFileSync(path, 'utf8')}
}

function readOptional(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : ''
}

function writeOrRemove(path: string, text: string): void {
  if (text === '') rmSync(path, {force: true})
  else writeFileSync(path, text)
}
