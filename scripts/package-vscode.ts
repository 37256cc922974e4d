/**
 * `npm run package:vscode`: build the VS Code client in `editors/vscode/`
 * into one CommonJS file (`vscode-languageclient` bundled, `vscode`
 * external) and package it into `editors/vscode/referral-lint-<version>.vsix`
 * with `@vscode/vsce`. Nothing is fetched: the dependencies are bundled, so
 * vsce runs with `--no-dependencies`.
 *
 * Usage: `npm run package:vscode [-- --out <file.vsix>]`
 */
import {execFileSync} from 'node:child_process'
import {copyFileSync, readFileSync, rmSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'tsup'

const root = fileURLToPath(new URL('..', import.meta.url))
const folder = join(root, 'editors', 'vscode')

/** Package the extension; resolves to the path of the `.vsix`. */
export async function packageExtension(out?: string): Promise<string> {
  const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {version: string}
  if (manifest.version !== version) {
    throw new Error(
      `editors/vscode/package.json has version ${manifest.version} but referral-lint is ${version}: set the same version in both`,
    )
  }
  rmSync(join(folder, 'dist'), {recursive: true, force: true})
  await build({
    entry: {extension: join(folder, 'src', 'extension.mts')},
    outDir: join(folder, 'dist'),
    format: ['cjs'],
    outExtension: () => ({js: '.js'}),
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    noExternal: [/^(?!vscode$)/],
    minify: true,
    splitting: false,
    sourcemap: false,
    silent: true,
    config: false,
  })
  // One LICENSE in the repository; the package carries a copy.
  copyFileSync(join(root, 'LICENSE'), join(folder, 'LICENSE'))
  const target = resolve(out ?? join(folder, `referral-lint-${version}.vsix`))
  const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce')
  try {
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', target], {
      cwd: folder,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    })
  } catch (error) {
    const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error)
    throw new Error(`vsce could not package editors/vscode:\n${output}`)
  } finally {
    rmSync(join(folder, 'LICENSE'), {force: true})
  }
  return target
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const index = process.argv.indexOf('--out')
  const out = index === -1 ? undefined : process.argv[index + 1]
  packageExtension(out).then(
    (path) => process.stdout.write(`packaged ${path}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 1
    },
  )
}
