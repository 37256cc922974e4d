/// <reference types="chrome" />
/**
 * The extension's background context (a service worker in Chromium, an
 * event page in Firefox). It alone runs the engine: content scripts send a
 * field's text over a port and get findings back, so the page's own
 * scripts never see the engine or its results. It also keeps the content
 * script registered for the enabled sites. It stores settings only, never
 * text, and logs nothing.
 */
import {lintSync, ready} from '../../src/web/engine.js'
import {toResult} from '../../src/web/findings.js'
import {dated} from '../../src/web/worker-client.js'
import type {Options} from '../../src/types.js'
import type {WorkerRequest, WorkerResponse} from '../../src/web/worker.js'
import {lintPort, type Request} from './messages.js'
import {merge, originOf, patternOf, toOptions, type Effective} from './settings.js'

const scriptId = 'referral-lint'

let cached: Promise<Effective> | undefined
/** Engine options of the cached settings: one object, so the engine compiles its rules once. */
let options: {from: Effective; options: Options} | undefined

/** The effective settings (cached until storage changes). */
function load(): Promise<Effective> {
  cached ??= Promise.all([
    chrome.storage.local.get('settings'),
    // No policy (or no managed storage, as in some Firefox builds): nothing managed.
    chrome.storage.managed.get().catch(() => ({})),
  ]).then(([local, managed]) => merge(local.settings, managed))
  return cached
}

let syncing: Promise<void> = Promise.resolve()

/** Register the content script for every enabled site the browser lets us reach. */
function syncScripts(): Promise<void> {
  syncing = syncing.then(async () => {
    const {settings} = await load()
    const patterns: string[] = []
    for (const origin of settings.sites) {
      const pattern = patternOf(origin)
      if (!patterns.includes(pattern) && (await chrome.permissions.contains({origins: [pattern]})))
        patterns.push(pattern)
    }
    const existing = await chrome.scripting.getRegisteredContentScripts({ids: [scriptId]})
    if (existing.length > 0) await chrome.scripting.unregisterContentScripts({ids: [scriptId]})
    if (patterns.length === 0) return
    await chrome.scripting.registerContentScripts([
      {id: scriptId, matches: patterns, js: ['content.js'], allFrames: true, runAt: 'document_idle'},
    ])
  })
  return syncing.catch(() => undefined)
}

async function enabled(url: string | undefined): Promise<boolean> {
  const origin = originOf(url)
  if (!origin) return false
  const {settings} = await load()
  return settings.sites.includes(origin)
}

async function lint(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    await ready()
    const effective = await load()
    if (options?.from !== effective) options = {from: effective, options: toOptions(effective.settings)}
    return {id: request.id, ...toResult(lintSync(String(request.text), dated(options.options)))}
  } catch (error) {
    // Only the error's name: a message could quote the text.
    return {id: request.id, error: error instanceof Error ? error.name : 'Error'}
  }
}

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== lintPort) return
  const url = port.sender?.url
  port.onMessage.addListener((request: WorkerRequest) => {
    void enabled(url).then(async (yes) => {
      if (!yes) {
        port.postMessage({id: request.id, error: 'NotEnabled'} satisfies WorkerResponse)
        return
      }
      port.postMessage(await lint(request))
    })
  })
})

chrome.runtime.onMessage.addListener((message: Request, sender, respond: (answer: unknown) => void) => {
  // Only the extension's own pages change settings; content scripts may only ask for their status.
  const fromExtension =
    sender.id === chrome.runtime.id && (sender.url ?? '').startsWith(chrome.runtime.getURL(''))
  void handle(message, sender.url, fromExtension).then(respond, () => {
    respond({error: true})
  })
  return true
})

async function handle(message: Request, url: string | undefined, fromExtension: boolean): Promise<unknown> {
  if (message.type === 'status') return {enabled: await enabled(url)}
  if (!fromExtension) return {error: true}
  switch (message.type) {
    case 'settings': {
      return load()
    }
    case 'enable': {
      const origin = originOf(message.origin)
      if (!origin) return {ok: false}
      const stored = await chrome.storage.local.get('settings')
      const current = (stored.settings ?? {}) as {sites?: string[]}
      const sites = [...new Set([...(current.sites ?? []), origin])]
      await chrome.storage.local.set({settings: {...current, sites}})
      cached = undefined
      await syncScripts()
      // Check the page that is open now, too (frames the browser does not let us reach are skipped).
      if (message.tabId !== undefined)
        await chrome.scripting
          .executeScript({target: {tabId: message.tabId, allFrames: true}, files: ['content.js']})
          .catch(() => undefined)
      return {ok: true}
    }
    case 'disable': {
      const stored = await chrome.storage.local.get('settings')
      const current = (stored.settings ?? {}) as {sites?: string[]}
      const sites = (current.sites ?? []).filter((site) => site !== message.origin)
      await chrome.storage.local.set({settings: {...current, sites}})
      cached = undefined
      const {settings} = await load()
      // Give the permission back unless another enabled origin on that host still needs it.
      const pattern = patternOf(message.origin)
      if (!settings.sites.some((site) => patternOf(site) === pattern))
        await chrome.permissions.remove({origins: [pattern]}).catch(() => false)
      await syncScripts()
      return {ok: true}
    }
    case 'save': {
      const stored = await chrome.storage.local.get('settings')
      const current = (stored.settings ?? {}) as {sites?: string[]}
      const next = {...(message.settings as object), sites: current.sites ?? []}
      await chrome.storage.local.set({settings: next})
      cached = undefined
      return load()
    }
  }
}

chrome.storage.onChanged.addListener(() => {
  cached = undefined
  void syncScripts()
})
chrome.permissions.onAdded.addListener(() => void syncScripts())
chrome.permissions.onRemoved.addListener(() => void syncScripts())
chrome.runtime.onInstalled.addListener(() => void syncScripts())
chrome.runtime.onStartup.addListener(() => void syncScripts())
// Load the grammar while the first page settles, not on the first keystroke.
void ready()
void syncScripts()
