/**
 * Build `dist/` once for the tests that run the built package, even when
 * several test files ask at the same time (each runs in its own process).
 *
 * A directory lock serialises the callers; the first one builds when an
 * output is missing or older than a source file, the rest find it fresh.
 * Once checked, `dist/` is not rebuilt again in the same vitest run (test
 * files share its process id as their parent), so a source edited mid-run
 * cannot delete `dist/` under a test that is using it.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** Repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

/** The built CLI. */
export const cliPath = join(root, 'dist', 'cli.js')

const outputs = [
  'dist/cli.js',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/rules.js',
  'dist/rules.d.ts',
  'dist/browser.js',
  'dist/browser.global.js',
  'dist/playground.html',
  'dist/playground.js',
]
const inputs = [
  'src',
  'rules',
  'playground',
  'scripts/browser-build.ts',
  'scripts/build-snapshot.ts',
  'scripts/compromise-lite.js',
  'package.json',
  'tsup.config.ts',
  'tsconfig.json',
]
const lock = join(root, 'test-artifacts', 'build.lock')
const stamp = join(root, 'test-artifacts', 'build.checked')
const run = String(process.ppid)
const staleLockMs = 5 * 60 * 1000

/** Make sure `dist/` is built and not older than the sources; builds at most once. */
export async function ensureBuilt(): Promise<void> {
  await acquire()
  try {
    if (!(checkedThisRun() && outputs.every((output) => existsSync(join(root, output)))) && !isFresh()) {
      try {
        execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'pipe', encoding: 'utf8'})
      } catch (error) {
        const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error)
        throw new Error(`\`npm run build\` failed; fix the build first:\n${output}`)
      }
    }
    writeFileSync(stamp, run)
  } finally {
    rmSync(lock, {recursive: true, force: true})
  }
}

function checkedThisRun(): boolean {
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === run
}

function isFresh(): boolean {
  let oldest = Infinity
  for (const output of outputs) {
    const path = join(root, output)
    if (!existsSync(path)) return false
    oldest = Math.min(oldest, statSync(path).mtimeMs)
  }
  return inputs.every((input) => newest(join(root, input)) <= oldest)
}

function newest(path: string): number {
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  let time = stats.mtimeMs
  for (const entry of readdirSync(path)) time = Math.max(time, newest(join(path, entry)))
  return time
}

async function acquire(): Promise<void> {
  mkdirSync(join(root, 'test-artifacts'), {recursive: true})
  const deadline = Date.now() + staleLockMs
  for (;;) {
    try {
      mkdirSync(lock)
      writeFileSync(join(lock, 'pid'), String(process.pid))
      return
    } catch {
      // Someone else holds the lock; a lock left by a crashed run expires.
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0
      if (age > staleLockMs || Date.now() > deadline) rmSync(lock, {recursive: true, force: true})
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

/**
 * A private copy of the built `dist/`, so a build started elsewhere (which
 * empties `dist/` first) cannot pull the CLI away in the middle of a run.
 * Retried until the copy runs; dependencies still resolve from the
 * repository's node_modules.
 */
export async function privateCli(label: string): Promise<string> {
  await ensureBuilt()
  const target = join(root, 'test-artifacts', `cli-dist-${label}-${process.pid}`)
  const cli = join(target, 'dist', 'cli.js')
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      rmSync(target, {recursive: true, force: true})
      cpSync(join(root, 'dist'), join(target, 'dist'), {recursive: true})
      const check = spawnSync(process.execPath, [cli, '--format', 'sarif', '-'], {
        input: 'She is streetwise.\n',
      })
      if (check.status === 1 && check.stdout.length > 0) return cli
    } catch {
      // dist/ is being rebuilt: try again.
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
    if (attempt % 10 === 9) await ensureBuilt()
  }
  throw new Error('dist/ could not be copied: is a build failing? Run `npm run build`.')
}
