/**
 * src/web/edit.ts in real chromium, where the browser's own editing is
 * unavailable (`execCommand` stubbed to refuse, as some embedded editors and
 * older engines do): the replacement fires a cancelable `beforeinput` and an
 * `input`, both `insertReplacementText` with the new text, and a page that
 * cancels the `beforeinput` keeps its text. The path where `insertText` works
 * is covered by the playground and extension tests.
 */
import {join} from 'node:path'
import {build} from 'esbuild'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root} from '../helpers/build.js'
import {launchChromium} from './setup.js'

/** What the page records of each event: type, inputType, data, cancelable. */
type Seen = [string, string, string | null, boolean]

interface Outcome {
  readonly result: boolean
  readonly text: string
  readonly events: Seen[]
}

declare global {
  interface Window {
    Edit: typeof import('../../src/web/edit.js')
    seen: Seen[]
  }
}

let browser: Browser
let page: Page

beforeAll(async () => {
  const bundled = await build({
    entryPoints: [join(root, 'src', 'web', 'edit.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'Edit',
    logLevel: 'warning',
  })
  browser = await launchChromium()
  page = await browser.newPage()
  await page.setContent(
    '<!doctype html><textarea id="field">She is streetwise.</textarea>' +
      '<div id="rich" contenteditable="true">She is streetwise.</div>',
  )
  await page.addScriptTag({content: bundled.outputFiles[0]?.text ?? ''})
  await page.evaluate(() => {
    document.execCommand = () => false
    window.seen = []
    for (const id of ['field', 'rich']) {
      for (const type of ['beforeinput', 'input']) {
        document.getElementById(id)!.addEventListener(type, (event) => {
          const input = event as InputEvent
          window.seen.push([input.type, input.inputType, input.data, input.cancelable])
        })
      }
    }
  })
}, 300_000)

afterAll(async () => {
  await browser.close()
})

const fired: Seen[] = [
  ['beforeinput', 'insertReplacementText', 'aware of risks', true],
  ['input', 'insertReplacementText', 'aware of risks', false],
]

describe('replacing a span without the browser’s editing', () => {
  it('sets a textarea’s value and fires beforeinput and input', async () => {
    const outcome = await page.evaluate((): Outcome => {
      const field = document.getElementById('field') as HTMLTextAreaElement
      field.value = 'She is streetwise.'
      window.seen = []
      const result = window.Edit.replaceInTextarea(field, 7, 17, 'aware of risks')
      return {result, text: field.value, events: window.seen}
    })
    expect(outcome).toEqual({result: true, text: 'She is aware of risks.', events: fired})
  })

  it('leaves a textarea alone when the page cancels the beforeinput', async () => {
    const outcome = await page.evaluate((): Outcome => {
      const field = document.getElementById('field') as HTMLTextAreaElement
      field.value = 'She is streetwise.'
      window.seen = []
      const cancel = (event: Event): void => event.preventDefault()
      field.addEventListener('beforeinput', cancel)
      const result = window.Edit.replaceInTextarea(field, 7, 17, 'aware of risks')
      field.removeEventListener('beforeinput', cancel)
      return {result, text: field.value, events: window.seen}
    })
    expect(outcome).toEqual({result: false, text: 'She is streetwise.', events: fired.slice(0, 1)})
  })

  it('replaces a range of a contenteditable region and fires beforeinput and input', async () => {
    const outcome = await page.evaluate((): Outcome => {
      const rich = document.getElementById('rich')!
      rich.textContent = 'She is streetwise.'
      window.seen = []
      const range = document.createRange()
      range.setStart(rich.firstChild!, 7)
      range.setEnd(rich.firstChild!, 17)
      const result = window.Edit.replaceInEditable(rich, range, 'aware of risks')
      return {result, text: rich.textContent, events: window.seen}
    })
    expect(outcome).toEqual({result: true, text: 'She is aware of risks.', events: fired})
  })

  it('leaves a contenteditable region alone when the page cancels the beforeinput', async () => {
    const outcome = await page.evaluate((): Outcome => {
      const rich = document.getElementById('rich')!
      rich.textContent = 'She is streetwise.'
      window.seen = []
      const cancel = (event: Event): void => event.preventDefault()
      rich.addEventListener('beforeinput', cancel)
      const range = document.createRange()
      range.setStart(rich.firstChild!, 7)
      range.setEnd(rich.firstChild!, 17)
      const result = window.Edit.replaceInEditable(rich, range, 'aware of risks')
      rich.removeEventListener('beforeinput', cancel)
      return {result, text: rich.textContent, events: window.seen}
    })
    expect(outcome).toEqual({result: true, text: 'She is streetwise.', events: fired.slice(0, 1)})
  })
})
