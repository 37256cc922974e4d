/// <reference types="chrome" />
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The content script, injected only into sites the user or the
 * administrator enabled. It finds every textarea and contenteditable region
 * (also ones added later and ones in same-origin frames, where the script
 * runs too), sends each one's text to the extension's background context to
 * be linted, and draws the highlights and the pop-up in a closed shadow root
 * laid over the page. The fields, their values and the page's own DOM are
 * never changed until the user applies a suggestion; the only node added is
 * the overlay's host element at the end of `<html>` (once a field is found),
 * whose shadow root is closed to the page.
 *
 * It runs in the extension's isolated world: the page's scripts cannot call
 * it or read its findings.
 */
import {spanOf, type Finding} from '../../src/web/findings.js'
import {borderX, copyLayout, markAt, renderMarks, shiftFindings} from '../../src/web/highlights.js'
import {
  createPopover,
  describeFinding,
  fillPopover,
  findingAt,
  moveInList,
  nextFinding,
  suggestionButtons,
  suggestionsOf,
  summaryText,
} from '../../src/web/popover.js'
import {styles} from '../../src/web/styles.js'
import {createLintClient, type LintClient, type LintTransport} from '../../src/web/worker-client.js'
import type {WorkerRequest, WorkerResponse} from '../../src/web/worker.js'
import type {Coverage} from '../../src/types-coverage.js'
import {fieldOf, isField, labelOf, type Field} from './fields.js'
import {lintPort, type FrameReport, type Request, type Status} from './messages.js'

/** Styles of the overlay, on top of the web component's. */
const overlayStyles = `
:host{all:initial}
.rl-layer{position:fixed;pointer-events:none;overflow:hidden;box-sizing:border-box;z-index:1}
.rl-layer.rl-mirror{color:transparent;border-color:transparent;border-style:solid}
.rl-layer[hidden]{display:none}
.rl-box{position:fixed;pointer-events:none;border-radius:2px;background:color-mix(in srgb,var(--rl-c) 20%,transparent);border-bottom:2px var(--rl-s,solid) var(--rl-c)}
.rl-box[data-severity=warning]{--rl-s:dashed}
.rl-box[data-severity=info]{--rl-s:dotted}
.rl-box.rl-current,.rl-mark.rl-current{outline:2px solid var(--rl-c)}
.rl-count{position:fixed;pointer-events:none;z-index:2;font:600 11px/16px system-ui,sans-serif;min-width:16px;padding:0 4px;border-radius:8px;text-align:center;background:#c62828;color:#fff}
.rl-count[data-clean]{background:#2e7d32}
.rl-count[hidden]{display:none}
.rl-popover{position:fixed;z-index:3;pointer-events:auto}
`

interface Checked {
  readonly field: Field
  readonly layer: HTMLDivElement
  readonly content: HTMLDivElement
  readonly count: HTMLDivElement
  readonly client: LintClient
  findings: Finding[]
  coverage: Coverage | undefined
  previous: string
  focusedAt: number
  linted: boolean
}

declare global {
  var referralLintContent: {report(): FrameReport} | undefined
}

if (!globalThis.referralLintContent) void start()

async function start(): Promise<void> {
  const status = await chrome.runtime.sendMessage<Request, Status | undefined>({type: 'status'})
  if (!status?.enabled || globalThis.referralLintContent) return
  const checker = createChecker(document)
  globalThis.referralLintContent = {report: () => checker.report()}
}

/**
 * Style the overlay with a constructed style sheet, which a page's
 * Content Security Policy (`style-src`) does not govern; a `<style>` element
 * where the browser cannot adopt one from a content script.
 */
function adoptStyles(document: Document, shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    shadow.adoptedStyleSheets = [sheet]
  } catch {
    const element = document.createElement('style')
    element.textContent = css
    shadow.prepend(element)
  }
}

function createChecker(document: Document) {
  const view = document.defaultView ?? window
  const host = document.createElement('referral-lint-overlay')
  const shadow = host.attachShadow({mode: 'closed'})
  const popover = createPopover(document, 'rl-popover')
  const announcer = document.createElement('div')
  announcer.className = 'rl-sr'
  announcer.setAttribute('aria-live', 'polite')
  shadow.append(popover, announcer)
  adoptStyles(document, shadow, styles + overlayStyles)

  const checked = new Map<HTMLElement, Checked>()
  let shown: {entry: Checked; finding: Finding} | undefined
  let frame = 0

  // One port to the background for every field of this frame.
  let port: chrome.runtime.Port | undefined
  let wire = 0
  const pending = new Map<number, {request: WorkerRequest; receive: (response: WorkerResponse) => void}>()
  function connect(): chrome.runtime.Port {
    if (port) return port
    const opened = chrome.runtime.connect({name: lintPort})
    opened.onMessage.addListener((response: WorkerResponse) => {
      const waiting = pending.get(response.id)
      if (!waiting) return
      pending.delete(response.id)
      waiting.receive({...response, id: waiting.request.id})
    })
    opened.onDisconnect.addListener(() => {
      // The background context restarted: send what is in flight again.
      port = undefined
      const again = [...pending.entries()]
      pending.clear()
      for (const [, waiting] of again) transportPost(waiting.request, waiting.receive)
    })
    port = opened
    return opened
  }
  function transportPost(request: WorkerRequest, receive: (response: WorkerResponse) => void): void {
    const id = ++wire
    pending.set(id, {request, receive})
    try {
      connect().postMessage({id, text: request.text})
    } catch {
      // The extension was updated or removed: stop checking this page.
      pending.delete(id)
      destroyAll()
    }
  }

  function track(element: HTMLElement): void {
    if (checked.has(element)) return
    // The overlay's host goes in with the first field; a page without fields gets nothing.
    if (!host.isConnected) document.documentElement.append(host)
    const field = fieldOf(element)
    const layer = document.createElement('div')
    layer.className = field.kind === 'textarea' ? 'rl-layer rl-mirror rl-backdrop' : 'rl-layer'
    layer.setAttribute('aria-hidden', 'true')
    const content = document.createElement('div')
    content.className = 'rl-content'
    layer.append(content)
    const count = document.createElement('div')
    count.className = 'rl-count'
    count.hidden = true
    count.setAttribute('aria-hidden', 'true')
    shadow.append(layer, count)
    const entry: Checked = {
      field,
      layer,
      content,
      count,
      findings: [],
      coverage: undefined,
      previous: field.text(),
      focusedAt: 0,
      linted: false,
      client: createLintClient({
        text: () => field.text(),
        // The background applies the settings; the page cannot choose options.
        options: () => null,
        connect: (receive): LintTransport => ({
          post: (request) => {
            transportPost(request, receive)
          },
          close: () => undefined,
        }),
        onResult(result, text) {
          entry.findings = result.findings.map((finding) => ({...finding}))
          entry.coverage = result.coverage
          entry.previous = text
          entry.linted = true
          draw(entry)
          announceSummary(entry)
        },
        onError() {
          entry.linted = false
        },
      }),
    }
    checked.set(element, entry)
    draw(entry)
    void entry.client.lintNow()
  }

  function untrack(element: HTMLElement): void {
    const entry = checked.get(element)
    if (!entry) return
    entry.client.destroy()
    entry.layer.remove()
    entry.count.remove()
    checked.delete(element)
    if (shown?.entry === entry) hide()
  }

  function scan(root: ParentNode): void {
    if (root instanceof Element && isField(root)) track(root)
    for (const element of root.querySelectorAll('textarea, [contenteditable]')) {
      if (isField(element)) track(element)
    }
  }

  function draw(entry: Checked): void {
    const {field, content} = entry
    const current = shown?.entry === entry ? shown.finding : undefined
    if (field.kind === 'textarea') {
      content.replaceChildren(...renderMarks(document, field.text(), entry.findings, current))
    } else {
      const boxes: HTMLElement[] = []
      entry.findings.forEach((finding, index) => {
        const [start, end] = spanOf(finding)
        if (end <= start) return
        for (const rect of field.rects(start, end)) {
          const box = document.createElement('div')
          box.className = 'rl-box'
          box.dataset.index = String(index)
          box.dataset.category = finding.category ?? ''
          box.dataset.severity = finding.severity
          box.dataset.rule = finding.ruleId ?? ''
          if (finding === current) box.classList.add('rl-current')
          box.style.left = `${String(rect.left)}px`
          box.style.top = `${String(rect.top)}px`
          box.style.width = `${String(rect.width)}px`
          box.style.height = `${String(rect.height)}px`
          boxes.push(box)
        }
      })
      content.replaceChildren(...boxes)
    }
    place(entry)
  }

  /** Lay the mirror or the box layer over its field, and the count badge at its corner. */
  function place(entry: Checked): void {
    const {field, layer, content, count} = entry
    const element = field.element
    const rect = element.getBoundingClientRect()
    const visible = element.isConnected && rect.width > 0 && rect.height > 0
    layer.hidden = !visible
    const inline = entry.findings.filter((finding) => spanOf(finding)[1] > spanOf(finding)[0]).length
    count.hidden = !visible || !entry.linted
    count.textContent = String(inline)
    count.toggleAttribute('data-clean', inline === 0)
    count.title = summaryText(entry.findings)
    if (!visible) return
    count.style.left = `${String(rect.right - 22)}px`
    count.style.top = `${String(rect.bottom - 20)}px`
    if (field.kind === 'textarea') {
      const textarea = element as HTMLTextAreaElement
      const style = view.getComputedStyle(textarea)
      copyLayout(style, layer)
      layer.style.left = `${String(rect.left)}px`
      layer.style.top = `${String(rect.top)}px`
      layer.style.width = `${String(rect.width)}px`
      layer.style.height = `${String(rect.height)}px`
      const scrollbar = textarea.offsetWidth - textarea.clientWidth - borderX(style)
      content.style.marginRight = `${String(Math.max(0, scrollbar))}px`
      content.style.transform = `translate(${String(-textarea.scrollLeft)}px, ${String(-textarea.scrollTop)}px)`
    } else {
      // Boxes are in viewport coordinates; clip them to the editor's box.
      layer.style.left = '0'
      layer.style.top = '0'
      layer.style.width = '100vw'
      layer.style.height = '100vh'
      layer.style.clipPath = `inset(${String(rect.top)}px calc(100vw - ${String(rect.right)}px) calc(100vh - ${String(rect.bottom)}px) ${String(rect.left)}px)`
    }
  }

  function relayout(): void {
    if (frame) return
    frame = view.requestAnimationFrame(() => {
      frame = 0
      for (const [element, entry] of checked) {
        if (!element.isConnected) untrack(element)
        else if (entry.field.kind === 'editor') draw(entry)
        else place(entry)
      }
      if (shown) positionPopover(shown.entry, shown.finding)
    })
  }

  function marksOf(entry: Checked): HTMLElement[] {
    return [...entry.content.querySelectorAll<HTMLElement>('.rl-mark, .rl-box')]
  }

  function anchorOf(entry: Checked, finding: Finding): DOMRect | undefined {
    const index = String(entry.findings.indexOf(finding))
    const mark = marksOf(entry).find((element) => element.dataset.index === index)
    return mark?.getClientRects()[0]
  }

  function positionPopover(entry: Checked, finding: Finding): void {
    const rect = anchorOf(entry, finding) ?? entry.field.element.getBoundingClientRect()
    const width = popover.offsetWidth
    const left = Math.max(4, Math.min(rect.left, view.innerWidth - width - 4))
    const below = rect.bottom + 4
    const top =
      below + popover.offsetHeight > view.innerHeight
        ? Math.max(4, rect.top - popover.offsetHeight - 4)
        : below
    popover.style.left = `${String(left)}px`
    popover.style.top = `${String(top)}px`
  }

  function show(entry: Checked, finding: Finding | undefined, fromKeyboard: boolean): void {
    if (shown?.entry === entry && shown.finding === finding) return
    const before = shown?.entry
    if (!finding) {
      hide()
      return
    }
    shown = {entry, finding}
    if (before && before !== entry) draw(before)
    draw(entry)
    fillPopover(popover, finding, entry.field.text())
    positionPopover(entry, finding)
    if (fromKeyboard) announcer.textContent = describeFinding(finding)
  }

  function hide(): void {
    const before = shown?.entry
    shown = undefined
    popover.hidden = true
    if (before) draw(before)
  }

  function atCaret(entry: Checked): Finding | undefined {
    const selection = entry.field.selection()
    return selection ? findingAt(entry.findings, selection[0], selection[1]) : undefined
  }

  function apply(entry: Checked, finding: Finding, suggestion: number): void {
    const text = suggestionsOf(finding, entry.field.text())[suggestion]
    if (text === undefined) return
    hide()
    const [start, end] = spanOf(finding)
    if (!entry.field.replace(start, end, finding.actual ?? '', text)) return
    // Select the first slot such as `[adult]`, ready to be typed over.
    const slot = /\[[^\]]+\]/.exec(text)
    const from = start + (slot ? slot.index : text.length)
    entry.field.select(from, from + (slot ? slot[0].length : 0))
    announcer.textContent = `Replaced with “${text}”.`
  }

  function entryFor(target: EventTarget | null): Checked | undefined {
    if (!(target instanceof Node)) return undefined
    for (const [element, entry] of checked) if (element === target || element.contains(target)) return entry
    return undefined
  }

  const onInput = (event: Event): void => {
    const entry = entryFor(event.target)
    if (!entry) return
    const text = entry.field.text()
    entry.findings = shiftFindings(entry.findings, entry.previous, text)
    entry.previous = text
    draw(entry)
    const current = atCaret(entry)
    if (current) show(entry, current, false)
    else if (shown?.entry === entry) hide()
    entry.client.schedule()
  }
  const onCaret = (event: Event): void => {
    const entry = entryFor(event.target)
    if (!entry) return
    if (event.type === 'keyup' && (event as KeyboardEvent).key === 'Escape') return
    const current = atCaret(entry)
    if (current) show(entry, current, true)
    else if (shown?.entry === entry && !shadow.activeElement) hide()
  }
  const onFocus = (event: Event): void => {
    const entry = entryFor(event.target)
    if (entry) entry.focusedAt = view.performance.now()
  }
  const onKeyDown = (event: KeyboardEvent): void => {
    const entry = entryFor(event.target)
    if (!entry) return
    if (event.key === 'F8') {
      event.preventDefault()
      event.stopPropagation()
      const caret = entry.field.selection()?.[0] ?? 0
      const target = nextFinding(entry.findings, caret, event.shiftKey ? -1 : 1)
      if (!target) return
      entry.field.select(...spanOf(target))
      show(entry, target, true)
      return
    }
    const current = atCaret(entry)
    if (!current) return
    if (event.altKey && /^[1-9]$/.test(event.key)) {
      event.preventDefault()
      event.stopPropagation()
      apply(entry, current, Number(event.key) - 1)
    } else if ((event.altKey && event.key === 'ArrowDown') || (event.ctrlKey && event.key === '.')) {
      event.preventDefault()
      event.stopPropagation()
      show(entry, current, true)
      suggestionButtons(popover)[0]?.focus()
    } else if (event.key === 'Escape' && !popover.hidden) {
      event.preventDefault()
      hide()
    }
  }
  const onPopoverKey = (event: KeyboardEvent): void => {
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      const current = shown
      hide()
      if (current) current.entry.field.select(...spanOf(current.finding))
    } else moveInList(popover, event)
  }
  const onPopoverClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.rl-suggestion')
    if (button && shown) apply(shown.entry, shown.finding, Number(button.dataset.index))
  }
  const onPointer = (event: MouseEvent): void => {
    if (popover.matches(':hover') || shadow.activeElement) return
    for (const entry of checked.values()) {
      const hit = markAt(marksOf(entry), event.clientX, event.clientY)
      const finding = hit ? entry.findings[Number(hit.dataset.index)] : undefined
      if (finding) {
        show(entry, finding, false)
        return
      }
    }
  }
  const onFocusOut = (): void => {
    setTimeout(() => {
      const active = document.activeElement
      if (shown && active !== host && !entryFor(active)) hide()
    }, 0)
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) {
        if (isField(record.target)) track(record.target)
        else if (record.target instanceof HTMLElement) untrack(record.target)
      }
      for (const node of record.addedNodes) if (node instanceof Element && node !== host) scan(node)
    }
    relayout()
  })
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['contenteditable', 'hidden', 'style', 'class', 'readonly', 'disabled'],
  })
  const resize = new ResizeObserver(relayout)
  resize.observe(document.documentElement)

  const listeners: Array<[EventTarget, string, EventListener]> = [
    [document, 'input', onInput],
    [document, 'keydown', onKeyDown as EventListener],
    [document, 'keyup', onCaret],
    [document, 'click', onCaret],
    [document, 'focusin', onFocus],
    [document, 'focusout', onFocusOut],
    [document, 'mousemove', onPointer as EventListener],
    [document, 'scroll', relayout],
    [view, 'resize', relayout],
    [popover, 'keydown', onPopoverKey as EventListener],
    [popover, 'click', onPopoverClick as EventListener],
  ]
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener, true)

  function announceSummary(entry: Checked): void {
    if (entry.field.element === document.activeElement) announcer.textContent = summaryText(entry.findings)
  }

  function destroyAll(): void {
    observer.disconnect()
    resize.disconnect()
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, true)
    for (const element of [...checked.keys()]) untrack(element)
    host.remove()
    globalThis.referralLintContent = undefined
  }

  scan(document)

  return {
    report(): FrameReport {
      return {
        url: `${location.origin}${location.pathname}`,
        fields: [...checked.values()].map((entry, index) => ({
          label: labelOf(entry.field.element, index),
          kind: entry.field.kind,
          focusedAt: entry.focusedAt,
          findings: entry.findings.map(({ruleId, category, severity, actual, message, suggestions}) => ({
            ruleId,
            category,
            severity,
            actual,
            message,
            suggestions,
          })),
          coverage: entry.coverage,
        })),
      }
    },
  }
}
