/**
 * Setup shared by the browser and service tests: a fresh browser build in
 * `dist/`, and Debian's chromium (installed by scripts/ensure-chromium.sh
 * when missing) driven by playwright-core.
 */
import {execFileSync} from 'node:child_process'
import {join} from 'node:path'
import {chromium, type Browser} from 'playwright-core'
import {ensureBuilt, root} from '../helpers/build.js'

/** Files of the browser build the tests use. */
export const browserOutputs = {
  esm: join(root, 'dist', 'browser.js'),
  iife: join(root, 'dist', 'browser.global.js'),
  playground: join(root, 'dist', 'playground.html'),
} as const

/**
 * Build `dist/` if it is stale: `npm run build` makes the library, the CLI
 * and the browser bundle, and the shared helper lists the browser outputs.
 */
export async function ensureBrowserBuilt(): Promise<void> {
  await ensureBuilt()
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
