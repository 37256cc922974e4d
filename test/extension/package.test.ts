/**
 * The packaged extension (`npm run build:extension`): both zips, what their
 * manifests ask for (no host permission at install, no network, a strict
 * CSP), no remote or evaluated code, the engine only in the extension's own
 * background context, and `web-ext lint` on the Firefox package.
 */
import {execFile} from 'node:child_process'
import {readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {unzipSync} from 'fflate'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildExtension, geckoId} from '../../scripts/build-extension.js'
import {root} from '../helpers/build.js'

const run = promisify(execFile)

interface Package {
  readonly files: Record<string, Uint8Array>
  readonly manifest: Record<string, unknown> & {
    permissions: string[]
    optional_host_permissions: string[]
    content_security_policy: {extension_pages: string}
  }
  readonly text: (name: string) => string
}

const packages: Record<'chromium' | 'firefox', Package> = {} as Record<'chromium' | 'firefox', Package>
let firefoxFolder = ''
const out = join(root, 'test-artifacts', `extension-package-${String(process.pid)}`)

beforeAll(async () => {
  const {zips, folders} = await buildExtension(out, true)
  firefoxFolder = folders.firefox
  for (const target of ['chromium', 'firefox'] as const) {
    const zip = zips[target]
    if (!zip) throw new Error(`no ${target} zip`)
    expect(zip).toBe(join(out, `referral-lint-extension-${target}.zip`))
    const files = unzipSync(readFileSync(zip))
    const text = (name: string): string => new TextDecoder().decode(files[name])
    packages[target] = {files, manifest: JSON.parse(text('manifest.json')) as Package['manifest'], text}
  }
}, 300_000)

afterAll(() => {
  rmSync(out, {recursive: true, force: true})
})

describe.each(['chromium', 'firefox'] as const)('the %s package', (target) => {
  it('is Manifest V3 with no host permission at install and each site optional', () => {
    const {manifest} = packages[target]
    expect(manifest.manifest_version).toBe(3)
    expect(manifest.host_permissions).toBeUndefined()
    expect(manifest.content_scripts).toBeUndefined()
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage'])
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*'])
    expect(manifest.version).toBe(
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version,
    )
  })

  it('has a strict CSP: own scripts only, no connections, no eval', () => {
    const policy = packages[target].manifest.content_security_policy.extension_pages
    const directives = Object.fromEntries(
      policy.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/)
        return [name, values.join(' ')]
      }),
    )
    expect(directives).toMatchObject({
      'default-src': "'none'",
      'script-src': "'self'",
      'connect-src': "'none'",
      'object-src': "'none'",
    })
    expect(policy).not.toMatch(/unsafe|https?:|\*/)
  })

  it('carries no remote or evaluated code', () => {
    const {files, text} = packages[target]
    for (const name of Object.keys(files)) {
      if (name.endsWith('.js')) {
        expect(text(name), name).not.toMatch(
          /\beval\(|new Function\(|importScripts\(|XMLHttpRequest|WebSocket|sendBeacon/,
        )
      }
      if (name.endsWith('.html')) {
        const sources = [...text(name).matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"/g)].map(
          (match) => match[1],
        )
        expect(
          sources.every((source) => !/^[a-z]+:/i.test(source ?? '')),
          name,
        ).toBe(true)
        expect(text(name), name).not.toMatch(/<script>|\son[a-z]+="/)
      }
    }
    // The background may call fetch only in code it never runs in this build (it has no network access anyway).
    expect(text('content.js')).not.toMatch(/\bfetch\(/)
  })

  it('keeps the engine out of the content script, which runs beside the page', () => {
    const {text} = packages[target]
    const note = 'A child cannot consent to being exploited'
    expect(text('background.js')).toContain(note)
    expect(text('content.js')).not.toContain(note)
    expect(text('content.js')).not.toContain('compromise')
  })
})

describe('target differences', () => {
  it('Chromium: a service worker, a stable id (key) and the managed-storage schema', () => {
    const {manifest, text} = packages.chromium
    expect(manifest.background).toEqual({service_worker: 'background.js'})
    expect(typeof manifest.key).toBe('string')
    expect(manifest.storage).toEqual({managed_schema: 'managed-schema.json'})
    const schema = JSON.parse(text('managed-schema.json')) as {properties: Record<string, unknown>}
    expect(Object.keys(schema.properties).sort()).toEqual([
      'allow',
      'categories',
      'preset',
      'referenceDate',
      'sites',
    ])
  })

  it('Firefox: an event page, its add-on id and no data collection', () => {
    const {manifest} = packages.firefox
    expect(manifest.background).toEqual({scripts: ['background.js']})
    expect(manifest.key).toBeUndefined()
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: {id: geckoId, data_collection_permissions: {required: ['none']}},
    })
  })
})

describe('web-ext lint', () => {
  it('passes on the Firefox package with no errors and no warnings', async () => {
    const bin = join(root, 'node_modules', '.bin', 'web-ext')
    const {stdout} = await run(
      bin,
      ['lint', '--source-dir', firefoxFolder, '--output', 'json', '--no-config-discovery'],
      {
        cwd: root,
        // No update check: web-ext would otherwise ask the npm registry for its latest version.
        env: {...process.env, NO_UPDATE_NOTIFIER: '1'},
        maxBuffer: 16 * 1024 * 1024,
      },
    )
    const report = JSON.parse(stdout) as {
      summary: {errors: number; warnings: number}
      errors: unknown[]
      warnings: unknown[]
    }
    expect(report.errors).toEqual([])
    expect(report.warnings).toEqual([])
  }, 180_000)
})
