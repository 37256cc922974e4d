/// <reference types="chrome" />
/// <reference lib="dom" />
/**
 * The toolbar pop-up: turn the extension on for this site (asking the
 * browser for this one origin at that moment), then list the findings in
 * every checked field of the page, in every frame, with a link to each
 * rule's documentation, and the NRM checklist for the field last focused.
 * It reads the page's findings from the content scripts; it stores nothing.
 */
import {readable} from '../../src/web/popover.js'
import type {FieldReport, FrameReport, Request} from './messages.js'
import {originOf, patternOf, type Effective} from './settings.js'

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T

async function currentTab(): Promise<chrome.tabs.Tab | undefined> {
  // `?tab=` names the tab when this page is opened outside the toolbar (tests, keyboard shortcuts).
  const named = Number(new URLSearchParams(location.search).get('tab'))
  if (named) return chrome.tabs.get(named)
  const [tab] = await chrome.tabs.query({active: true, currentWindow: true})
  return tab
}

async function main(): Promise<void> {
  const tab = await currentTab()
  const origin = originOf(tab?.url)
  const effective = await chrome.runtime.sendMessage<Request, Effective>({type: 'settings'})
  const site = element('site')
  const text = element('access-text')
  const button = element<HTMLButtonElement>('enable')
  if (!tab?.id || !origin) {
    site.textContent = 'This page cannot be checked.'
    text.textContent = 'The extension checks web pages (http and https) you turn it on for.'
    return
  }
  const tabId = tab.id
  site.textContent = origin
  const enabled = effective.settings.sites.includes(origin)
  const managed = effective.managedSites.includes(origin)
  const granted = await chrome.permissions.contains({origins: [patternOf(origin)]})
  if (enabled && granted) {
    text.textContent = managed
      ? 'Your organisation turned checking on for this site.'
      : 'Checking is on for this site.'
    void showReport(tabId)
    return
  }
  text.textContent = managed
    ? 'Your organisation turned checking on for this site. Allow the extension to read text boxes on the sites it chose.'
    : 'Checking is off for this site. Turn it on to check the text boxes on its pages, on this device.'
  button.hidden = false
  button.textContent = managed ? "Allow on my organisation's sites" : 'Check this site'
  // Asked here, in the click: this origin, or every site the organisation enabled at once.
  const wanted = [...new Set((managed ? effective.managedSites : [origin]).map(patternOf))]
  button.addEventListener('click', () => {
    void chrome.permissions.request({origins: wanted}).then(async (yes) => {
      if (!yes) {
        text.textContent = 'The browser did not give access to this site; nothing was changed.'
        return
      }
      await chrome.runtime.sendMessage({type: 'enable', origin, tabId})
      button.hidden = true
      text.textContent = 'Checking is on for this site.'
      void showReport(tabId)
    })
  })
}

async function showReport(tabId: number): Promise<void> {
  element('page').hidden = false
  for (;;) {
    const results = await chrome.scripting
      .executeScript({
        target: {tabId, allFrames: true},
        func: () =>
          (globalThis as {referralLintContent?: {report(): unknown}}).referralLintContent?.report() ?? null,
      })
      .catch(() => [])
    const frames = results.flatMap((result) => (result.result ? [result.result as FrameReport] : []))
    render(frames)
    await new Promise((resolve) => setTimeout(resolve, 700))
  }
}

let shown = ''

function render(frames: readonly FrameReport[]): void {
  const fields = frames.flatMap((frame, index) =>
    frame.fields.map((field) => ({field, frame: index === 0 ? '' : ' (in a frame)'})),
  )
  const key = JSON.stringify(fields)
  if (key === shown) return
  shown = key
  const total = fields.reduce((sum, {field}) => sum + inline(field).length, 0)
  element('summary').textContent =
    fields.length === 0
      ? 'No text boxes found on this page yet.'
      : `${String(total)} phrase${total === 1 ? '' : 's'} to review in ${String(fields.length)} text box${fields.length === 1 ? '' : 'es'}.`
  const list = element('fields')
  list.replaceChildren(
    ...fields.map(({field, frame}) => {
      const section = document.createElement('section')
      section.className = 'field'
      const title = document.createElement('h3')
      title.textContent = `${field.label}${frame}`
      section.append(title)
      const found = inline(field)
      if (found.length === 0) {
        const none = document.createElement('p')
        none.className = 'hint'
        none.textContent = 'No wording to review.'
        section.append(none)
      }
      for (const finding of found) {
        const item = document.createElement('div')
        item.className = 'finding'
        item.dataset.category = finding.category ?? ''
        item.dataset.rule = finding.ruleId ?? ''
        const category = document.createElement('span')
        category.className = 'category'
        category.textContent = `${finding.category} · ${finding.severity}`
        const message = document.createElement('div')
        message.textContent = readable(finding.message)
        const link = document.createElement('a')
        link.href = `rules.html#${finding.ruleId}`
        link.target = '_blank'
        link.textContent = `About ${finding.ruleId}`
        item.append(category, message, link)
        section.append(item)
      }
      return section
    }),
  )
  const focused = [...fields].sort((a, b) => b.field.focusedAt - a.field.focusedAt)[0]?.field
  element('checklist-for').textContent = focused ? `For: ${focused.label}` : ''
  element('checklist').replaceChildren(
    ...(focused?.coverage?.elements ?? []).map((entry) => {
      const item = document.createElement('li')
      item.dataset.id = entry.id
      item.dataset.present = String(entry.present)
      item.textContent = entry.label
      if (!entry.present) {
        const prompt = document.createElement('span')
        prompt.className = 'prompt'
        prompt.textContent = entry.prompt
        item.append(prompt)
      }
      return item
    }),
  )
}

function inline(field: FieldReport): FieldReport['findings'] {
  return field.findings.filter((finding) => finding.actual !== '')
}

void main()
