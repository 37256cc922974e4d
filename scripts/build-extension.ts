/**
 * Build the browser extension (`npm run build:extension`): bundle
 * extension/src/* with the engine and every rule pack, write the unpacked
 * Chromium and Firefox folders, an offline page of the rules, and a zip of
 * each.
 *
 * Usage: `tsx scripts/build-extension.ts [--out <dir>] [--no-zip]`
 * (default `dist/`: `dist/extension/{chromium,firefox}/` and
 * `dist/referral-lint-extension-{chromium,firefox}.zip`).
 */
import {copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {zipSync} from 'fflate'
import {rules} from '../rules/index.js'
import {browserPlugins} from './browser-build.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const source = join(root, 'extension')

/** The two targets and how their manifests differ. */
export const targets = ['chromium', 'firefox'] as const
/** One of `targets`. */
export type Target = (typeof targets)[number]

/** Files copied as they are into every target. */
const staticFiles = ['popup.html', 'options.html', 'pages.css']

/** Firefox's add-on id (also the key of its enterprise policy). */
export const geckoId = 'referral-lint@referral-lint.invalid'

/** The manifest for a target, from extension/manifest.json and the package version. */
export function manifestFor(target: Target): Record<string, unknown> {
  const base = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8')) as Record<string, unknown>
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}
  const manifest: Record<string, unknown> = {...base, version: pkg.version}
  if (target === 'firefox') {
    // Firefox runs the background as an event page, has no `key` (its id is
    // below) and reads managed settings from enterprise policies, not a schema.
    delete manifest.key
    delete manifest.minimum_chrome_version
    delete manifest.storage
    manifest.background = {scripts: ['background.js']}
    manifest.browser_specific_settings = {
      gecko: {
        id: geckoId,
        strict_min_version: '140.0',
        data_collection_permissions: {required: ['none']},
      },
      gecko_android: {strict_min_version: '142.0'},
    }
  }
  return manifest
}

/** Build both targets under `out`; returns the folders and zips written. */
export async function buildExtension(
  out = join(root, 'dist'),
  zip = true,
): Promise<{folders: Record<Target, string>; zips: Partial<Record<Target, string>>}> {
  const bundles = join(out, 'extension', '.bundles')
  rmSync(join(out, 'extension'), {recursive: true, force: true})
  await build({
    entryPoints: ['background', 'content', 'popup', 'options'].map((name) => ({
      in: join(source, 'src', `${name}.ts`),
      out: name,
    })),
    outdir: bundles,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome116', 'firefox140'],
    charset: 'utf8',
    legalComments: 'none',
    // Not minified: a store's reviewers read what runs.
    drop: ['console'],
    define: {__REFERRAL_LINT_ESM__: 'false'},
    plugins: browserPlugins(true),
    logLevel: 'warning',
    // grammar.ts reads import.meta only under Node (process.getBuiltinModule), never here.
    logOverride: {'empty-import-meta': 'silent'},
  })
  const folders = {} as Record<Target, string>
  const zips: Partial<Record<Target, string>> = {}
  for (const target of targets) {
    const folder = join(out, 'extension', target)
    mkdirSync(folder, {recursive: true})
    for (const file of readdirSync(bundles)) copyFileSync(join(bundles, file), join(folder, file))
    for (const file of staticFiles) copyFileSync(join(source, file), join(folder, file))
    if (target === 'chromium')
      copyFileSync(join(source, 'managed-schema.json'), join(folder, 'managed-schema.json'))
    writeFileSync(join(folder, 'rules.html'), rulesPage())
    writeFileSync(join(folder, 'manifest.json'), `${JSON.stringify(manifestFor(target), null, 2)}\n`)
    folders[target] = folder
    if (zip) {
      const file = join(out, `referral-lint-extension-${target}.zip`)
      writeFileSync(file, zipFolder(folder))
      zips[target] = file
    }
  }
  rmSync(bundles, {recursive: true, force: true})
  return {folders, zips}
}

/** A deterministic zip of a folder (fixed dates, sorted names). */
function zipFolder(folder: string): Uint8Array {
  const files: Record<string, [Uint8Array, {mtime: Date}]> = {}
  const walk = (directory: string): void => {
    for (const name of readdirSync(directory).sort()) {
      const path = join(directory, name)
      if (statSync(path).isDirectory()) walk(path)
      else
        files[relative(folder, path).split('\\').join('/')] = [
          readFileSync(path),
          {mtime: new Date(2026, 0, 1)},
        ]
    }
  }
  walk(folder)
  return zipSync(files, {level: 9})
}

const escapes: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}

function escape(text: string): string {
  return text.replaceAll(/[&<>"]/g, (char) => escapes[char] ?? char)
}

/** The rules' documentation as one offline page (`rules.html#<id>`). */
export function rulesPage(): string {
  const sections = [...rules]
    .filter((rule) => !('deprecated' in rule && rule.deprecated))
    .sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id))
    .map(
      (rule) => `<section id="${escape(rule.id)}" class="rule">
<h2>${escape(rule.id)}</h2>
<p class="hint">${escape(rule.category)} · ${escape(rule.severity)}</p>
<p>${escape(rule.note)}</p>
${rule.suggestions.length > 0 ? `<p>Instead, for example:</p>\n<ul>${rule.suggestions.map((text) => `<li>${escape(text)}</li>`).join('')}</ul>` : ''}
</section>`,
    )
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>referral-lint rules</title>
<link rel="stylesheet" href="pages.css">
</head>
<body class="options">
<h1>referral-lint rules</h1>
<p class="hint">What each rule looks for and how to reword it. The same pages are in the project's docs/rules.md.</p>
${sections.join('\n')}
</body>
</html>
`
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  const at = args.indexOf('--out')
  const out = at >= 0 && args[at + 1] ? join(process.cwd(), args[at + 1] ?? '') : undefined
  const result = await buildExtension(out, !args.includes('--no-zip'))
  for (const target of targets) {
    const zip = result.zips[target]
    console.log(
      `${target}: ${relative(process.cwd(), result.folders[target])}${zip ? `, ${relative(process.cwd(), zip)}` : ''}`,
    )
  }
}
