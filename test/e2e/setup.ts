/**
 * Setup shared by the browser and service tests: a fresh browser build in
 * `dist/`, and Debian's chromium (installed by scripts/ensure-chromium.sh
 * when missing) driven by playwright-core.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {chromium, type Browser} from 'playwright-core'
import {build} from 'tsup'
import {ensureBuilt, root} from '../helpers/build.js'

/** Files of the browser build the tests use. */
export const browserOutputs = {
  esm: join(root, 'dist', 'browser.js'),
  iife: join(root, 'dist', 'browser.global.js'),
  playground: join(root, 'dist', 'playground.html'),
} as const

const outputs = [...Object.values(browserOutputs), join(root, 'dist', 'playground.js')]
const inputs = [
  'src',
  'rules',
  'playground',
  'scripts/browser-build.ts',
  'scripts/compromise-lite.js',
  'tsup.config.ts',
]
const lock = join(root, 'test-artifacts', 'build.lock')

/** Build `dist/` (library and CLI through the shared helper), then the browser bundle if it is stale. */
export async function ensureBrowserBuilt(): Promise<void> {
  await ensureBuilt()
  if (fresh()) return
  await acquire()
  try {
    if (fresh()) return
    const {browserBuilds} = await import('../../tsup.config.js')
    for (const options of browserBuilds) await build({...options, config: false, silent: true})
  } finally {
    rmSync(lock, {recursive: true, force: true})
  }
}

function fresh(): boolean {
  if (!outputs.every((output) => existsSync(output))) return false
  const oldest = Math.min(...outputs.map((output) => statSync(output).mtimeMs))
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
  const deadline = Date.now() + 5 * 60 * 1000
  for (;;) {
    try {
      mkdirSync(lock)
      writeFileSync(join(lock, 'pid'), String(process.pid))
      return
    } catch {
      if (Date.now() > deadline) rmSync(lock, {recursive: true, force: true})
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

/** Path of Debian's chromium, installing it first when missing. */
export function chromiumPath(): string {
  return execFileSync('bash', [join(root, 'scripts', 'ensure-chromium.sh')], {encoding: 'utf8'}).trim()
}

/** Launch headless chromium with no background network of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/** Where screenshots go (gitignored). */
export const artifacts = join(root, 'test-artifacts', 'browser')
