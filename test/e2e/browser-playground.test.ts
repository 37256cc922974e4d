/**
 * Real-browser tests (Debian's chromium through playwright-core): the
 * playground and `<referral-lint-editor>` from file:// and from the local
 * service, keyboard-only use, and a page that loads only the IIFE file.
 * Every request the page makes is recorded; none may leave file://, blob:
 * or the loopback service.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startServer, type RunningServer} from '../../src/cli/serve.js'
import {lintSync} from '../../src/index.js'
import {artifacts, browserOutputs, ensureBrowserBuilt, launchChromium} from './setup.js'

const narrative =
  'Kayla (15) is a runaway. She is a prostitute who went willingly with two men to Leeds. Staff say she is streetwise.'

let browser: Browser
let service: RunningServer

beforeAll(async () => {
  await ensureBrowserBuilt()
  mkdirSync(artifacts, {recursive: true})
  browser = await launchChromium()
  service = await startServer({port: 0, timeLimit: 120_000, log: () => undefined})
}, 300_000)

afterAll(async () => {
  await browser.close()
  await service.close()
})

interface Opened {
  page: Page
  requests: string[]
}

async function open(url: string): Promise<Opened> {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}})
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(url)
  return {page, requests}
}

/** Wait for the highlights to reflect the current text; returns [text, category] per mark. */
async function marks(page: Page, count?: number): Promise<Array<[string, string]>> {
  await page.waitForFunction(
    (expected) => {
      const found = document.querySelectorAll('mark.rl-mark').length
      return expected === undefined ? found > 0 : found === expected
    },
    count,
    {timeout: 20_000},
  )
  return page.$$eval('mark.rl-mark', (nodes) =>
    nodes.map((node): [string, string] => [
      node.textContent ?? '',
      (node as HTMLElement).dataset.category ?? '',
    ]),
  )
}

/** What the Node build highlights in `text`: [flagged text, category] in text order. */
function engineMarks(text: string): Array<[string, string]> {
  return lintSync(text, {indicators: true})
    .messages.flatMap((message) => {
      const place = message.place
      if (!place || !('start' in place)) return []
      const start = place.start.offset ?? 0
      const end = place.end.offset ?? 0
      return end > start ? [{start, end, category: String(message.category)}] : []
    })
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((mark, index, all) => index === 0 || mark.start >= (all[index - 1]?.end ?? 0))
    .map((mark): [string, string] => [text.slice(mark.start, mark.end), mark.category])
}

function local(requests: readonly string[], allowedOrigin?: string): string[] {
  return requests.filter(
    (url) =>
      !(
        url.startsWith('file://') ||
        url.startsWith('blob:') ||
        (allowedOrigin && url.startsWith(allowedOrigin))
      ),
  )
}

describe('playground from file://', () => {
  it('highlights typed wording by category, groups findings, lists coverage, and fetches nothing', async () => {
    const {page, requests} = await open(pathToFileURL(browserOutputs.playground).href)
    await page.locator('#narrative').click()
    await page.keyboard.type(narrative)
    const expected = engineMarks(narrative)
    const found = await marks(page, expected.length)
    expect(found).toEqual(expected)
    expect(found).toEqual(
      expect.arrayContaining([
        ['prostitute', 'label'],
        ['went willingly', 'consent'],
        ['streetwise', 'adultification'],
      ]),
    )
    // Severity is also drawn as a line style and named in words: colour is not the only signal.
    const styles = await page.$$eval('mark.rl-mark', (nodes) =>
      nodes.map((node) => getComputedStyle(node).textDecorationStyle),
    )
    expect(styles.every((style) => style === 'wavy' || style === 'dashed' || style === 'dotted')).toBe(true)
    const groups = await page.$$eval('#groups .group', (nodes) =>
      nodes.map((node) => (node as HTMLElement).dataset.category),
    )
    expect(groups).toEqual([...new Set(expected.map(([, category]) => category))])
    expect(await page.locator('#coverage li').count()).toBeGreaterThan(3)
    expect(await page.locator('#coverage li[data-id="age"]').getAttribute('data-present')).toBe('true')
    expect(await page.locator('.rl-status').textContent()).toMatch(
      new RegExp(`^${String(expected.length)} phrases to review`),
    )
    const screenshot = join(artifacts, 'playground.png')
    await page.screenshot({path: screenshot, fullPage: true})
    console.log(`screenshot: ${screenshot}`)
    expect(local(requests)).toEqual([])
    expect(requests.some((url) => url.startsWith('blob:'))).toBe(true)
    await page.close()
  }, 60_000)

  it('shows the note and suggestions on hover, applies one with a click, and Ctrl+Z undoes it', async () => {
    const {page} = await open(pathToFileURL(browserOutputs.playground).href)
    await page.locator('#narrative').fill('She is a prostitute who went willingly with them.')
    await marks(page, 2)
    const mark = page.locator('mark.rl-mark[data-rule="prostitute"]')
    const box = await mark.boundingBox()
    expect(box).not.toBeNull()
    await page.mouse.move((box?.x ?? 0) + 5, (box?.y ?? 0) + 5)
    const popover = page.locator('.rl-popover')
    await popover.waitFor({state: 'visible'})
    expect(await popover.locator('.rl-badge').textContent()).toBe('label · error')
    expect(await popover.locator('.rl-note').textContent()).toMatch(/\S/)
    const first = popover.locator('button.rl-suggestion').first()
    expect(await first.textContent()).toBe('1. child who is being sexually exploited')
    await page.screenshot({path: join(artifacts, 'playground-popover.png')})
    await first.click()
    const textarea = page.locator('#narrative')
    expect(await textarea.inputValue()).toBe(
      'She is a child who is being sexually exploited who went willingly with them.',
    )
    await marks(page, 1)
    await page.keyboard.press('Control+z')
    expect(await textarea.inputValue()).toBe('She is a prostitute who went willingly with them.')
    await marks(page, 2)
    await page.close()
  }, 60_000)

  it('works keyboard-only: F8 to a finding, Alt+Down into its suggestions, Enter applies, Alt+1 applies', async () => {
    const {page} = await open(pathToFileURL(browserOutputs.playground).href)
    // Reach the textarea with Tab alone.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab')
      if (await page.evaluate(() => document.activeElement?.id === 'narrative')) break
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('narrative')
    await page.keyboard.type('She went willingly and is streetwise.')
    await marks(page, 2)
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('F8')
    const selected = await page.evaluate(() => {
      const area = document.getElementById('narrative') as HTMLTextAreaElement
      return area.value.slice(area.selectionStart, area.selectionEnd)
    })
    expect(selected).toBe('went willingly')
    expect(await page.locator('.rl-popover').isVisible()).toBe(true)
    expect(await page.locator('.rl-sr').textContent()).toMatch(/^consent, error: “went willingly”/)
    await page.keyboard.press('Alt+ArrowDown')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('rl-suggestion')
    await page.keyboard.press('Enter')
    const textarea = page.locator('#narrative')
    expect(await textarea.inputValue()).toBe(
      'She went with [adult] after [promise / threat / debt] and is streetwise.',
    )
    // The first slot is selected, ready to be typed over.
    await page.keyboard.type('two men')
    expect(await textarea.inputValue()).toBe(
      'She went with two men after [promise / threat / debt] and is streetwise.',
    )
    await marks(page, 1)
    await page.keyboard.press('F8')
    await page.keyboard.press('Alt+1')
    expect(await textarea.inputValue()).not.toContain('streetwise')
    await page.close()
  }, 60_000)

  it('rewords without repeating the sentence\'s own "was", in the text and in the pop-up', async () => {
    const {page} = await open(pathToFileURL(browserOutputs.playground).href)
    const text = 'Jade, 15, agreed to go to Leeds with Deano, 24, and was happy to sell drugs for him.'
    await page.locator('#narrative').fill(text)
    expect(await marks(page, 2)).toEqual([
      ['agreed to go', 'consent'],
      // The span takes the clause's own "was" (as in "Jade (15) was happy to sell"),
      // so the suggestion brings its own and nothing is repeated.
      ['was happy to sell', 'consent'],
    ])
    await page.waitForFunction(
      () => (document.getElementById('reworded') as HTMLTextAreaElement).value !== '',
      undefined,
      {
        timeout: 20_000,
      },
    )
    const reworded = await page.locator('#reworded').inputValue()
    expect(reworded).toContain(' and was persuaded by Deano to ')
    expect(reworded).not.toMatch(/\bwas\s+was\b/)
    const mark = page.locator('mark.rl-mark[data-rule="happy-to"]')
    const box = await mark.boundingBox()
    await page.mouse.move((box?.x ?? 0) + 5, (box?.y ?? 0) + 5)
    const first = page.locator('.rl-popover button.rl-suggestion').first()
    await first.waitFor({state: 'visible', timeout: 20_000})
    expect(await first.textContent()).toBe('1. was persuaded by Deano to [go / carry / stay]')
    await first.click({timeout: 20_000})
    expect(await page.locator('#narrative').inputValue()).toBe(
      'Jade, 15, agreed to go to Leeds with Deano, 24, and was persuaded by Deano to [go / carry / stay] drugs for him.',
    )
    await page.close()
  }, 90_000)

  it('stays responsive in a 5,000-word narrative: highlights follow an edit at the end', async () => {
    const {page} = await open(pathToFileURL(browserOutputs.playground).href)
    const long = Array.from({length: 500}, (_, i) =>
      i % 50 === 0
        ? 'She is a prostitute who said the men took her there.'
        : 'The adults drove her to the flat on Friday.',
    ).join(' ')
    expect(long.split(/\s+/).length).toBeGreaterThan(4500)
    await page.locator('#narrative').fill(long)
    await marks(page, 10)
    await page.locator('#narrative').press('End')
    const started = Date.now()
    await page.keyboard.type(' He is streetwise.')
    const after = await marks(page, 11)
    console.log(`5,000 words: typing 18 characters and relinting took ${String(Date.now() - started)} ms`)
    expect(after.at(-1)).toEqual(['streetwise', 'adultification'])
    await page.close()
  }, 90_000)
})

describe('playground from the local service', () => {
  it('serves the page at / and highlights with requests only to the loopback service', async () => {
    const {page, requests} = await open(`${service.url}/`)
    await page.locator('#narrative').click()
    await page.keyboard.type('She is a prostitute who went willingly')
    expect(await marks(page, 2)).toEqual([
      ['prostitute', 'label'],
      ['went willingly', 'consent'],
    ])
    expect(local(requests, service.url)).toEqual([])
    await page.close()
  }, 60_000)
})

describe('the ESM build in a page', () => {
  it('loads compromise as a chunk, lints in a worker (browser.global.js), and highlights', async () => {
    const dist = join(browserOutputs.esm, '..')
    const page = `<!doctype html><meta charset="utf-8"><textarea id="t"></textarea>
<script type="module">
  import {attach, lint} from '/browser.js'
  const t = document.getElementById('t')
  t.value = 'She is a prostitute who went willingly'
  attach(t)
  window.direct = (await lint('He is a drug runner.')).messages.map((m) => m.ruleId)
</script>`
    const server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0] ?? '/'
      if (path === '/') {
        response.writeHead(200, {'content-type': 'text/html'}).end(page)
        return
      }
      const file = join(dist, path.slice(1))
      if (!/^\/[\w.-]+\.js$/.test(path) || !existsSync(file)) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, {'content-type': 'text/javascript'}).end(readFileSync(file))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`
    try {
      const opened = await open(`${origin}/`)
      expect(await marks(opened.page, 2)).toEqual([
        ['prostitute', 'label'],
        ['went willingly', 'consent'],
      ])
      await opened.page.waitForFunction(() => 'direct' in window)
      expect(await opened.page.evaluate(() => (window as unknown as {direct: string[]}).direct)).toContain(
        'drug-runner',
      )
      const paths = opened.requests.map((url) => url.replace(origin, ''))
      expect(paths).toEqual(expect.arrayContaining(['/', '/browser.js', '/browser.global.js']))
      expect(paths.some((path) => /^\/compromise-lite-[\w-]+\.js$/.test(path))).toBe(true)
      expect(local(opened.requests, origin)).toEqual([])
      await opened.page.close()
    } finally {
      server.close()
    }
  }, 60_000)
})

describe('a page with only the IIFE file and a textarea', () => {
  it('highlights "She is a prostitute who went willingly" and fetches nothing', async () => {
    const file = join(artifacts, 'iife-only.html')
    writeFileSync(
      file,
      `<!doctype html><meta charset="utf-8"><title>IIFE only</title>
<form id="form"><textarea id="t" rows="6" cols="60"></textarea><button>Send</button></form>
<script src="${pathToFileURL(browserOutputs.iife).href}"></script>
<script>
  window.events = []
  const t = document.getElementById('t')
  t.value = 'She is a prostitute who went willingly'
  ReferralLint.attach(t)
  t.addEventListener('referral-lint:findings', (event) => window.events.push(event.detail.findings.map((f) => f.ruleId)))
  // A host form can block submission while error-level findings remain.
  document.getElementById('form').addEventListener('submit', (event) => {
    const last = window.events.at(-1) || []
    if (last.length) { event.preventDefault(); window.blocked = true }
  })
</script>`,
    )
    const {page, requests} = await open(pathToFileURL(file).href)
    expect(await marks(page, 2)).toEqual([
      ['prostitute', 'label'],
      ['went willingly', 'consent'],
    ])
    expect(await page.evaluate(() => (window as unknown as {events: string[][]}).events.at(-1))).toEqual([
      'prostitute',
      'went-willingly',
    ])
    await page.locator('button').click()
    expect(await page.evaluate(() => (window as unknown as {blocked?: boolean}).blocked)).toBe(true)
    expect(local(requests)).toEqual([])
    await page.screenshot({path: join(artifacts, 'iife-only.png')})
    await page.close()
  }, 60_000)
})
