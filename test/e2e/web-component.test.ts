/**
 * `<referral-lint-editor>` in real chromium, from the README's own snippet
 * (extracted at test time): with its `<script>` before the form, as the
 * README shows it, and after the form. Either way the author's named field
 * is the one linted, no second field appears, and the README's submit guard
 * blocks a referral that still has an error.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lintSync} from '../../src/index.js'
import {readmeExample} from '../helpers/readme.js'
import {artifacts, browserOutputs, ensureBrowserBuilt, launchChromium} from './setup.js'

const wait = {timeout: 30_000}
const blaming = 'She is a prostitute who went willingly with two men.'
const clean = 'Two men drove Kayla (15) to a flat in Leeds on 3 May.'

let browser: Browser

beforeAll(async () => {
  await ensureBrowserBuilt()
  mkdirSync(artifacts, {recursive: true})
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser.close()
})

/** The README's snippet, loading the built single file, with its script tag where `place` says. */
function snippet(place: 'before' | 'after'): string {
  const code = readmeExample('web-component').code
  const tag = /^<script src="[^"]+"><\/script>\n/m.exec(code)?.[0]
  if (!tag) throw new Error('the README web-component example no longer loads the script with <script src>')
  const local = tag.replace(/src="[^"]+"/, `src="${pathToFileURL(browserOutputs.iife).href}"`)
  if (place === 'before') return code.replace(tag, local)
  expect(code.indexOf(tag), 'the README shows the script before the form').toBeLessThan(code.indexOf('<form'))
  return code.replace(tag, '').replace('</form>\n', `</form>\n${local}`)
}

async function open(place: 'before' | 'after'): Promise<{page: Page; requests: string[]}> {
  const file = join(artifacts, `readme-web-component-${place}.html`)
  writeFileSync(file, `<!doctype html><meta charset="utf-8"><title>Referral</title>\n${snippet(place)}`)
  const page = await browser.newPage({viewport: {width: 1000, height: 700}})
  page.setDefaultTimeout(wait.timeout)
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(pathToFileURL(file).href, wait)
  return {page, requests}
}

describe.each(['before', 'after'] as const)('the README web component, script %s the form', (place) => {
  it('lints the named field, adds no second field, and the submit guard blocks an error', async () => {
    expect(
      lintSync(blaming).messages.map((message) => [message.ruleId, message.fatal]),
      'the test narrative has errors',
    ).toEqual([
      ['prostitute', true],
      ['went-willingly', true],
    ])
    expect(lintSync(clean).messages, 'the clean narrative has no finding').toEqual([])

    const {page, requests} = await open(place)
    // The author's textarea is the only one, inside the component's wrapper.
    await page.waitForSelector('referral-lint-editor .rl-wrap textarea[name="narrative"]', wait)
    expect(await page.locator('textarea').count()).toBe(1)
    expect(await page.locator('.rl-status').count()).toBe(1)

    const field = page.locator('textarea[name="narrative"]')
    await field.fill(blaming)
    await page.waitForFunction(() => document.querySelectorAll('mark.rl-mark').length === 2, undefined, wait)
    expect(await page.$$eval('mark.rl-mark', (nodes) => nodes.map((node) => node.textContent))).toEqual([
      'prostitute',
      'went willingly',
    ])

    // A listener on the document runs after the README's listener on the form.
    await page.evaluate(() => {
      const record = window as unknown as {submits: boolean[]}
      record.submits = []
      document.addEventListener('submit', (event) => record.submits.push(event.defaultPrevented))
    })
    await page.getByRole('button', {name: 'Send referral'}).click(wait)
    await page.waitForFunction(
      () => (window as unknown as {submits: boolean[]}).submits.length === 1,
      undefined,
      wait,
    )
    expect(await page.evaluate(() => (window as unknown as {submits: boolean[]}).submits)).toEqual([true])

    // Once the wording is fixed, the same form submits the named field.
    await field.fill(clean)
    await page.waitForFunction(
      () => document.querySelector('.rl-status')?.textContent === 'No wording to review.',
      undefined,
      wait,
    )
    expect(await page.locator('mark.rl-mark').count()).toBe(0)
    await Promise.all([
      page.waitForURL(/[?&]narrative=Two\+men/, wait),
      page.getByRole('button', {name: 'Send referral'}).click(wait),
    ])
    expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('blob:'))).toEqual([])
    await page.close()
  }, 120_000)
})

describe('where the author gives no textarea, or adds it later', () => {
  it('makes one field for an empty element, and gives it up for one the author adds', async () => {
    const file = join(artifacts, 'web-component-late-field.html')
    writeFileSync(
      file,
      `<!doctype html><meta charset="utf-8"><title>Late field</title>
<script src="${pathToFileURL(browserOutputs.iife).href}"></script>
<referral-lint-editor id="empty" label="Notes"></referral-lint-editor>
<form id="form"></form>`,
    )
    const page = await browser.newPage()
    page.setDefaultTimeout(wait.timeout)
    await page.goto(pathToFileURL(file).href, wait)
    // Parsed with no textarea: the component makes one, once.
    await page.waitForSelector('#empty .rl-wrap textarea[aria-label="Notes"]', wait)
    expect(await page.locator('#empty textarea').count()).toBe(1)

    // Put in the page by a script, with the textarea added after it is connected.
    await page.evaluate(() => {
      const editor = document.createElement('referral-lint-editor')
      document.getElementById('form')?.append(editor)
      const area = document.createElement('textarea')
      area.name = 'narrative'
      editor.append(area)
    })
    await page.waitForSelector('#form .rl-wrap textarea[name="narrative"]', wait)
    expect(await page.locator('#form textarea').count()).toBe(1)
    await page.locator('#form textarea[name="narrative"]').fill(blaming)
    await page.waitForFunction(
      () => document.querySelectorAll('#form mark.rl-mark').length === 2,
      undefined,
      wait,
    )
    expect(await page.locator('#form textarea').count()).toBe(1)
    expect(await page.locator('#form .rl-status').count()).toBe(1)
    await page.close()
  }, 120_000)
})
