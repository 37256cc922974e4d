/**
 * The VS Code client in `editors/vscode/`: what it decides (documents,
 * server, watched files, options), that `npm run package:vscode` packages it
 * into a `.vsix` with `@vscode/vsce`, that the packaged bundle loads under a
 * stand-in `vscode` module and says what to do when no server is installed,
 * and that the server starts the way the client starts it. (VS Code itself
 * cannot be downloaded here; the server side is tested with Neovim.)
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  documentSelector,
  findServer,
  initializationOptions,
  languages,
  missingServer,
  watchedFiles,
} from '../editors/vscode/src/settings.mjs'
import {privateCli, root} from './helpers/build.js'
import {spawnClient} from './helpers/lsp.js'
import {readZip} from './helpers/zip.js'

const folder = join(root, 'editors', 'vscode')
const scratch = join(root, 'test-artifacts', `vscode-${process.pid}`)
const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
  version: string
  main: string
  activationEvents: string[]
  engines: {vscode: string}
  contributes: {configuration: {properties: Record<string, unknown>}}
}
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}

beforeAll(() => {
  rmSync(scratch, {recursive: true, force: true})
  mkdirSync(scratch, {recursive: true})
})

afterAll(() => {
  rmSync(scratch, {recursive: true, force: true})
})

describe('VS Code client: what it decides', () => {
  it('sends plain text, Markdown, HTML and template documents, saved or not', () => {
    expect(documentSelector()).toContainEqual({scheme: 'file', language: 'markdown'})
    expect(documentSelector()).toContainEqual({scheme: 'untitled', language: 'plaintext'})
    expect(documentSelector()).toHaveLength(languages.length * 2)
    expect(manifest.activationEvents).toEqual(languages.map((language) => `onLanguage:${language}`))
  })

  it("starts the workspace's referral-lint, or the one the setting names", () => {
    const installed = join('/work', 'a', 'node_modules', 'referral-lint', 'dist', 'cli.js')
    const exists = (path: string): boolean => path === installed || path === '/opt/rl/cli.js'
    expect(findServer('', ['/work/b', '/work/a'], exists)).toBe(installed)
    expect(findServer('/opt/rl/cli.js', ['/work/a'], exists)).toBe('/opt/rl/cli.js')
    expect(findServer('node_modules/referral-lint/dist/cli.js', ['/work/a'], exists)).toBe(installed)
    expect(findServer('', ['/work/b'], exists)).toBeUndefined()
    expect(findServer('/missing/cli.js', ['/work/a'], exists)).toBeUndefined()
  })

  it('watches config files and packs, and passes the settings as initialization options', () => {
    expect(watchedFiles).toContain('.referrallintrc')
    expect(watchedFiles).toContain('package.json')
    const settings: Record<string, unknown> = {debounce: 100, preset: 'adult', indicators: true}
    expect(initializationOptions((key) => settings[key])).toEqual({
      debounce: 100,
      preset: 'adult',
      indicators: true,
    })
    expect(initializationOptions(() => undefined)).toEqual({indicators: false})
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual([
      'referral-lint.debounce',
      'referral-lint.indicators',
      'referral-lint.preset',
      'referral-lint.server.path',
    ])
  })

  it('has the version of referral-lint and a VS Code engine the language client supports', () => {
    expect(manifest.version).toBe(version)
    const client = JSON.parse(
      readFileSync(join(root, 'node_modules', 'vscode-languageclient', 'package.json'), 'utf8'),
    ) as {engines: {vscode: string}}
    expect(manifest.engines.vscode).toBe(client.engines.vscode)
  })
})

describe('VS Code client: the packaged .vsix', {timeout: 240_000}, () => {
  const vsix = join(scratch, 'referral-lint.vsix')
  let entries = new Map<string, Buffer>()

  beforeAll(() => {
    const result = spawnSync('npm', ['run', 'package:vscode', '--', '--out', vsix], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain(`packaged ${vsix}`)
    entries = readZip(readFileSync(vsix))
  }, 240_000)

  it('holds the manifest, the bundle, the README and the licence, and nothing else', () => {
    expect([...entries.keys()].sort()).toEqual([
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/dist/extension.js',
      'extension/package.json',
      'extension/readme.md',
    ])
    const packaged = JSON.parse(entries.get('extension/package.json')?.toString('utf8') ?? '{}') as {
      main: string
      version: string
    }
    expect(packaged.main).toBe('./dist/extension.js')
    expect(packaged.version).toBe(version)
    expect(entries.get('extension.vsixmanifest')?.toString('utf8')).toContain(`Version="${version}"`)
  })

  it('bundles the language client: the only module it needs from outside is vscode', () => {
    const bundle = entries.get('extension/dist/extension.js')?.toString('utf8') ?? ''
    const required = new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]))
    const builtins = new Set(['child_process', 'crypto', 'fs', 'net', 'os', 'path', 'readline', 'util'])
    expect(
      [...required].filter((name) => name !== 'vscode' && !builtins.has(name!.replace(/^node:/, ''))),
    ).toEqual([])
  })

  it('activates under a stand-in vscode module and says how to install the server when there is none', () => {
    const extracted = join(scratch, 'extension.cjs')
    writeFileSync(extracted, entries.get('extension/dist/extension.js') ?? '')
    const probe = join(scratch, 'activate.cjs')
    writeFileSync(probe, activationProbe)
    const result = spawnSync(process.execPath, [probe, extracted, scratch], {encoding: 'utf8'})
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({
      exports: ['activate', 'deactivate'],
      warnings: [missingServer],
      subscriptions: 1,
    })
  })
})

describe('VS Code client: the server as the client starts it', {timeout: 120_000}, () => {
  it('answers over stdio when forked with lsp --stdio --clientProcessId', async () => {
    const cli = await privateCli('vscode')
    try {
      // vscode-languageclient forks the module with these arguments (TransportKind.stdio).
      const client = spawnClient(cli, scratch, ['lsp', '--stdio', `--clientProcessId=${String(process.pid)}`])
      await client.initialize({debounce: 0, indicators: false})
      const uri = client.open(join(scratch, 'letter.md'), 'markdown', '# Letter\n\nShe is streetwise.\n')
      const published = await client.diagnostics(uri)
      expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['streetwise'])
      expect(await client.stop()).toBe(0)
    } finally {
      rmSync(join(cli, '..', '..'), {recursive: true, force: true})
    }
  }, 300_000)
})

/**
 * Loads the bundle with `require('vscode')` answered by a stand-in: the few
 * calls activation makes without a server, and inert classes for whatever
 * the language client touches while loading.
 */
const activationProbe = `
const Module = require('node:module')
const warnings = []
function inert() {
  const target = function () {}
  return new Proxy(target, {
    get: (t, key) => (key === 'prototype' ? t.prototype : inert()),
    construct: () => ({}),
    apply: () => undefined,
  })
}
const vscode = new Proxy(
  {
    workspace: {
      getConfiguration: () => ({get: (key, fallback) => fallback}),
      workspaceFolders: [{uri: {fsPath: process.argv[3]}}],
      onDidChangeConfiguration: () => ({dispose() {}}),
    },
    window: {showWarningMessage: (message) => (warnings.push(message), Promise.resolve(undefined))},
  },
  {get: (known, key) => (key in known ? known[key] : inert())},
)
const load = Module._load
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest)
}
const extension = require(process.argv[2])
const context = {subscriptions: []}
extension.activate(context).then(() => {
  process.stdout.write(JSON.stringify({exports: Object.keys(extension).sort(), warnings, subscriptions: context.subscriptions.length}))
})
`
