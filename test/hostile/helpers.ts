/**
 * Helpers for the hostile cases: run the built CLI in a scratch folder, and
 * make the folders. Each case gets its own folder under test-artifacts/.
 */
import {spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {privateCli, root} from '../helpers/build.js'

/** Exit code and output of a CLI run. */
export interface Ran {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

let cli: Promise<string> | undefined

/** The built CLI, copied once per test file. */
export function builtCli(): Promise<string> {
  cli ??= privateCli('hostile')
  return cli
}

/** Remove the private copy of dist/ (call in afterAll). */
export async function removeCli(): Promise<void> {
  if (cli) rmSync(join(await cli, '..', '..'), {recursive: true, force: true})
}

/** A new empty folder for one case, holding `files`. */
export function scratch(name: string, files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const base = join(root, 'test-artifacts', 'hostile')
  mkdirSync(base, {recursive: true})
  const folder = mkdtempSync(join(base, `${name}-`))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), {recursive: true})
    writeFileSync(join(folder, path), content)
  }
  return folder
}

/** Run the built CLI with `args` in `cwd`. */
export async function runCli(
  args: readonly string[],
  cwd: string,
  options: {readonly stdin?: string | Uint8Array; readonly script?: string} = {},
): Promise<Ran> {
  const path = await builtCli()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.script ?? path, ...args], {
      cwd,
      env: {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined},
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(options.stdin ?? '')
  })
}

/** Generous timeout for tests that spawn processes (never the default). */
export const spawnTimeout = 120_000
