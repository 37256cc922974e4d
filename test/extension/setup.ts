/**
 * Setup of the extension's real-browser tests: the unpacked extension built
 * from source, the fixture pages served on loopback (every request
 * recorded), Debian's chromium with the extension loaded in a persistent
 * profile, and a reader of the overlay's closed shadow root through the
 * DevTools protocol (page scripts cannot reach it, by design).
 */
import {createHash, generateKeyPairSync} from 'node:crypto'
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join, normalize} from 'node:path'
import {build} from 'esbuild'
import {chromium, type BrowserContext, type Page, type Worker} from 'playwright-core'
import {buildExtension} from '../../scripts/build-extension.js'
import {chromiumPath} from '../e2e/setup.js'
import {root} from '../helpers/build.js'

/**
 * Where screenshots go: `test-artifacts/extension/` (committed, linked from
 * the README) with `UPDATE_SCREENSHOTS=1`, else a gitignored folder beside
 * it, so a test run leaves the work tree clean.
 */
export const screenshots = join(
  root,
  'test-artifacts',
  process.env.UPDATE_SCREENSHOTS === '1' ? 'extension' : 'extension-latest',
)

/** The fixture pages. */
const fixtures = join(root, 'fixtures', 'extension')

/** Build the unpacked extension into a private folder of this test file (`out`, removed by the caller). */
export async function buildForTest(label: string): Promise<{chromium: string; firefox: string; out: string}> {
  const out = join(root, 'test-artifacts', `extension-${label}-${String(process.pid)}`)
  const {folders} = await buildExtension(out, false)
  return {...folders, out}
}

/** Chromium's extension id for a manifest `key` (base64 DER public key). */
export function idOfKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32)
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('')
}

/** Copy an unpacked extension with a fresh key, so it has an id of its own. */
export function withOwnKey(folder: string, target: string): {folder: string; id: string} {
  rmSync(target, {recursive: true, force: true})
  cpSync(folder, target, {recursive: true})
  const {publicKey} = generateKeyPairSync('rsa', {modulusLength: 2048})
  const key = publicKey.export({type: 'spki', format: 'der'}).toString('base64')
  const manifestPath = join(target, 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>
  writeFileSync(manifestPath, JSON.stringify({...manifest, key}))
  return {folder: target, id: idOfKey(key)}
}

/** A loopback server of the fixture pages; `requests` records every path asked for. */
export interface Fixtures {
  readonly origin: string
  readonly port: number
  readonly requests: string[]
  close(): Promise<void>
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

/** Serve fixtures/extension, Quill from node_modules, and the React page bundled with the real React. */
export async function serveFixtures(): Promise<Fixtures> {
  const bundled = await build({
    entryPoints: [join(fixtures, 'react-app.js')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: {'process.env.NODE_ENV': '"production"'},
    logLevel: 'warning',
  })
  const reactApp = bundled.outputFiles[0]?.contents ?? new Uint8Array()
  const vendor: Record<string, string> = {
    '/vendor/quill.js': join(root, 'node_modules', 'quill', 'dist', 'quill.js'),
    '/vendor/quill.snow.css': join(root, 'node_modules', 'quill', 'dist', 'quill.snow.css'),
  }
  const requests: string[] = []
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/'
    requests.push(path)
    const type = types[extname(path)] ?? 'application/octet-stream'
    if (path === '/react-app.js') {
      response.writeHead(200, {'content-type': type}).end(reactApp)
      return
    }
    const file = vendor[path] ?? join(fixtures, normalize(path).replace(/^(\.\.[/\\])+/, ''))
    if (!file.startsWith(fixtures) && !vendor[path]) {
      response.writeHead(403).end()
      return
    }
    if (!existsSync(file) || path === '/') {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {'content-type': type}).end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}

/**
 * A new profile in which the user has already answered "Allow" to the
 * browser's prompt for these host patterns. Chromium shows that prompt as a
 * native dialog that no automation can click, so the tests record its
 * outcome in the profile, exactly where Chromium keeps it; the extension
 * still asks (`permissions.request`) and still has no site until a site is
 * turned on.
 */
export function grantedProfile(directory: string, id: string, folder: string, patterns: string[]): void {
  rmSync(directory, {recursive: true, force: true})
  mkdirSync(join(directory, 'Default'), {recursive: true})
  const permissions = (api: string[]) => ({
    api,
    explicit_host: patterns,
    manifest_permissions: [],
    scriptable_host: [],
  })
  const api = ['activeTab', 'scripting', 'storage']
  const settings = {
    active_permissions: permissions(api),
    granted_permissions: permissions(api),
    runtime_granted_permissions: permissions([]),
    location: 8,
    path: folder,
    creation_flags: 38,
    from_webstore: false,
    disable_reasons: [],
    withholding_permissions: false,
  }
  writeFileSync(
    join(directory, 'Default', 'Preferences'),
    JSON.stringify({extensions: {settings: {[id]: settings}}}),
  )
}

/** A running browser with the extension loaded. */
export interface Running {
  readonly context: BrowserContext
  readonly worker: Worker
  readonly id: string
  /** Every URL a page or the extension asked the network for. */
  readonly requests: string[]
}

/** Launch Debian's chromium, headless, with only this extension loaded. */
export async function launchWithExtension(folder: string, profile: string): Promise<Running> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: {width: 1100, height: 800},
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${folder}`,
      `--load-extension=${folder}`,
    ],
  })
  const requests: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', {timeout: 30_000}))
  const id = new URL(worker.url()).host
  return {context, worker, id, requests}
}

/** Requests other than the fixture server's own pages and the extension's own files. */
export function foreign(requests: readonly string[], origin: string, id: string): string[] {
  return requests.filter(
    (url) =>
      !url.startsWith(`${origin}/`) &&
      !url.startsWith(`chrome-extension://${id}/`) &&
      !url.startsWith('data:') &&
      !url.startsWith('about:'),
  )
}

/** One highlight in the overlay. */
export interface Highlight {
  readonly rule: string
  readonly category: string
  readonly severity: string
  /** The highlighted text (mirror marks over textareas; empty for boxes over editors). */
  readonly text: string
  readonly current: boolean
}

/** What the overlay of one document shows. */
export interface OverlayState {
  readonly highlights: Highlight[]
  readonly popover: {readonly visible: boolean; readonly text: string; readonly suggestions: string[]}
  /** Overlay host elements in the document (at most one). */
  readonly hosts: number
}

interface DomNode {
  nodeName: string
  nodeType: number
  nodeValue?: string
  attributes?: string[]
  children?: DomNode[]
  shadowRoots?: DomNode[]
  contentDocument?: DomNode
}

function attribute(node: DomNode, name: string): string | undefined {
  const list = node.attributes ?? []
  for (let index = 0; index < list.length; index += 2) if (list[index] === name) return list[index + 1]
  return undefined
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? ''
  return (node.children ?? []).map(textOf).join('')
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node
  for (const child of node.children ?? []) yield* walk(child)
  for (const shadow of node.shadowRoots ?? []) yield* walk(shadow)
}

/**
 * The overlay of the page's top document and of each of its frames, read
 * through the DevTools protocol (which reaches closed shadow roots).
 */
export async function overlays(page: Page): Promise<OverlayState[]> {
  const session = await page.context().newCDPSession(page)
  try {
    const {root: document} = (await session.send('DOM.getDocument', {depth: -1, pierce: true})) as {
      root: DomNode
    }
    const documents: DomNode[] = [document]
    for (const node of walk(document)) if (node.contentDocument) documents.push(node.contentDocument)
    return documents.map((doc) => {
      const hosts = [...walkOwn(doc)].filter((node) => node.nodeName === 'REFERRAL-LINT-OVERLAY')
      const shadow = hosts[0]?.shadowRoots?.[0]
      const highlights: Highlight[] = []
      let popover: OverlayState['popover'] = {visible: false, text: '', suggestions: []}
      if (shadow) {
        for (const node of walk(shadow)) {
          const classes = (attribute(node, 'class') ?? '').split(' ')
          if (classes.includes('rl-mark') || classes.includes('rl-box')) {
            highlights.push({
              rule: attribute(node, 'data-rule') ?? '',
              category: attribute(node, 'data-category') ?? '',
              severity: attribute(node, 'data-severity') ?? '',
              text: textOf(node),
              current: classes.includes('rl-current'),
            })
          }
          if (classes.includes('rl-popover')) {
            popover = {
              visible: attribute(node, 'hidden') === undefined,
              text: textOf(node),
              suggestions: [...walk(node)]
                .filter((child) => (attribute(child, 'class') ?? '') === 'rl-suggestion')
                .map(textOf),
            }
          }
        }
      }
      return {highlights, popover, hosts: hosts.length}
    })
  } finally {
    await session.detach()
  }
}

/** Nodes of one document, not descending into frames. */
function* walkOwn(node: DomNode): Generator<DomNode> {
  yield node
  for (const child of node.children ?? []) yield* walkOwn(child)
}

/** Poll `check` until it returns a value that is not `undefined`. */
export async function until<T>(
  check: () => Promise<T | undefined>,
  what: string,
  timeout = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeout
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Wait until the overlay of document `frame` shows highlights for which `accept` is true. */
export function highlightsWhere(
  page: Page,
  accept: (highlights: Highlight[]) => boolean,
  frame = 0,
  what = 'highlights',
): Promise<Highlight[]> {
  return until(async () => {
    const state = (await overlays(page))[frame]
    return state && accept(state.highlights) ? state.highlights : undefined
  }, what)
}

/** The tab id of a page, from the extension (which can see tabs of its enabled sites). */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return until(
    () =>
      worker.evaluate(async (wanted) => {
        const tabs = await chrome.tabs.query({})
        return tabs.find((tab) => tab.url === wanted)?.id
      }, url),
    `the tab of ${url}`,
  )
}
