/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * `attach(textarea)`: inline highlights, pop-ups with the note and
 * suggestions, one-click or one-key fixes, and a live summary, with the
 * linting done in a Web Worker.
 *
 * The textarea stays the real form control (its value, name, undo history
 * and caret are the browser's own); a backdrop behind it, kept in the same
 * font, padding and scroll position, draws the highlights. Edits shift the
 * current highlights at once; a debounced lint of the whole text then
 * replaces them, with at most one request in flight and stale answers
 * dropped.
 */
import type {Coverage} from '../types-coverage.js'
import type {Options} from '../types.js'
import type {Finding, LintResult} from './findings.js'
import {styles} from './styles.js'
import {ready} from './engine.js'
import {answer, type WorkerRequest, type WorkerResponse} from './worker.js'
import {createWorker} from './worker-source.js'

/** Settings of `attach` (every field optional). */
export interface AttachOptions {
  /** Engine options (preset, rules, allow, indicators) (optional). */
  readonly options?: Readonly<Options> | null
  /**
   * Milliseconds without typing before the text is linted.
   *
   * @default 250
   */
  readonly debounce?: number
  /**
   * URL of the worker script, for pages whose Content Security Policy
   * forbids `blob:` workers; `false` lints on the main thread (optional).
   */
  readonly worker?: string | URL | false
  /** Element that receives the `referral-lint:findings` events (default: the textarea). */
  readonly host?: HTMLElement
}

/** Detail of the `referral-lint:findings` event. */
export interface FindingsDetail extends LintResult {
  /** Counts of the inline findings by severity and by category. */
  readonly counts: {
    readonly error: number
    readonly warning: number
    readonly info: number
    readonly byCategory: Readonly<Record<string, number>>
  }
}

/** What `attach` returns. */
export interface Controller {
  /** Current findings (offsets follow edits until the next lint). */
  readonly findings: readonly Finding[]
  /** Coverage of the last linted text. */
  readonly coverage: Coverage | undefined
  /** Lint now; resolves with the findings of the current text. */
  lint(): Promise<FindingsDetail>
  /** Replace a finding's text with one of its suggestions (or its fix). */
  apply(finding: Finding, suggestion?: number): void
  /** Change the engine options and lint again. */
  setOptions(options: Readonly<Options> | null): void
  /** Remove the highlights and listeners and stop the worker. */
  destroy(): void
}

/** Name of the event carrying `FindingsDetail`. */
export const findingsEvent = 'referral-lint:findings'

const copied = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-transform',
  'tab-size',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
] as const

let uid = 0

/** Add the component's style sheet to a document once. */
export function installStyles(document: Document): void {
  if (document.getElementById('referral-lint-styles')) return
  const style = document.createElement('style')
  style.id = 'referral-lint-styles'
  style.textContent = styles
  document.head.append(style)
}

/**
 * Lint a textarea as the user types.
 *
 * @param textarea - The form's textarea.
 * @param settings - Engine options, debounce and worker (optional).
 * @returns Controller for the attached textarea.
 */
let today:
  {readonly key: string; readonly from: Readonly<Options> | null; readonly options: Options} | undefined

/**
 * The editor is an edge: where the text dates no event and the page gave no
 * `referenceDate`, ages are read at today's date (the engine itself never
 * reads the clock). Cached per day and options object, so the engine's
 * processor cache keeps working.
 */
function dated(options: Readonly<Options> | null): Options {
  if (options?.referenceDate !== undefined) return options
  const key = new Date().toISOString().slice(0, 10)
  if (today?.key !== key || today.from !== options)
    today = {key, from: options, options: {...options, referenceDate: key}}
  return today.options
}

export function attach(textarea: HTMLTextAreaElement, settings: AttachOptions = {}): Controller {
  const document = textarea.ownerDocument
  const view = document.defaultView ?? globalThis
  installStyles(document)
  const id = `rl-${String(++uid)}`
  const host = settings.host ?? textarea
  const delay = settings.debounce ?? 250
  let options = settings.options ?? null

  // Layout: wrapper > backdrop + textarea, then pop-up and status.
  const wrap = document.createElement('div')
  wrap.className = 'rl-wrap'
  textarea.before(wrap)
  const backdrop = document.createElement('div')
  backdrop.className = 'rl-backdrop'
  backdrop.setAttribute('aria-hidden', 'true')
  const content = document.createElement('div')
  content.className = 'rl-content'
  backdrop.append(content)
  wrap.append(backdrop, textarea)
  const popover = document.createElement('div')
  popover.className = 'rl-popover'
  popover.id = `${id}-popover`
  popover.setAttribute('role', 'group')
  popover.hidden = true
  wrap.append(popover)
  const status = document.createElement('div')
  status.className = 'rl-status'
  status.id = `${id}-status`
  status.setAttribute('role', 'status')
  status.setAttribute('aria-live', 'polite')
  status.textContent = 'Checking wording…'
  const announcer = document.createElement('div')
  announcer.className = 'rl-sr'
  announcer.setAttribute('aria-live', 'polite')
  wrap.after(status, announcer)
  const describedBy = textarea.getAttribute('aria-describedby')
  textarea.setAttribute('aria-describedby', [describedBy, status.id].filter(Boolean).join(' '))
  textarea.setAttribute('aria-keyshortcuts', 'F8 Shift+F8 Alt+ArrowDown Alt+1')

  let findings: Finding[] = []
  let coverage: Coverage | undefined
  let shown: Finding | undefined
  let previous = textarea.value
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: WorkerRequest | undefined
  let next = 0
  let waiting: Array<(detail: FindingsDetail) => void> = []
  let worker = settings.worker === false ? undefined : createWorker(settings.worker)

  if (worker) {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      receive(event.data)
    }
    worker.onerror = () => {
      // A worker that cannot start (CSP, old browser): lint on this thread.
      worker?.terminate()
      worker = undefined
      if (inFlight) {
        const request = inFlight
        void ready().then(() => {
          receive(answer(request))
        })
      }
    }
  }

  function send(): void {
    if (inFlight) return
    const request: WorkerRequest = {id: ++next, text: textarea.value, options: dated(options)}
    inFlight = request
    if (worker) worker.postMessage(request)
    else
      void ready().then(() => {
        receive(answer(request))
      })
  }

  function receive(response: WorkerResponse): void {
    const request = inFlight
    inFlight = undefined
    if (!request || response.id !== request.id) return
    if (request.text !== textarea.value) {
      send()
      return
    }
    if (response.error !== undefined) {
      status.textContent = 'Wording check failed; the text was not changed.'
      return
    }
    findings = response.findings.map((finding) => ({...finding}))
    coverage = response.coverage
    previous = textarea.value
    render()
    const detail = summarise()
    announce(detail)
    host.dispatchEvent(new CustomEvent(findingsEvent, {detail, bubbles: true, composed: true}))
    const resolved = waiting
    waiting = []
    for (const resolve of resolved) resolve(detail)
  }

  function summarise(): FindingsDetail {
    const byCategory: Record<string, number> = {}
    const counts = {error: 0, warning: 0, info: 0}
    for (const finding of findings) {
      counts[finding.severity]++
      byCategory[finding.category] = (byCategory[finding.category] ?? 0) + 1
    }
    return {findings: [...findings], coverage, counts: {...counts, byCategory}}
  }

  function announce(detail: FindingsDetail): void {
    const inline = findings.filter(isInline)
    if (inline.length === 0) {
      status.textContent = 'No wording to review.'
      return
    }
    const {error, warning, info} = countInline(inline)
    const parts = [plural(error, 'error'), plural(warning, 'warning'), plural(info, 'note')].filter(Boolean)
    const categories = Object.keys(detail.counts.byCategory).filter((name) => name !== 'indicator')
    status.textContent = `${plural(inline.length, 'phrase')} to review: ${parts.join(', ')} (${categories.join(', ')}). F8 moves to the next one.`
  }

  function schedule(): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      send()
    }, delay)
  }

  // Keep highlights on the right words while the next lint is pending.
  function shift(): void {
    const value = textarea.value
    if (value === previous) return
    let head = 0
    const limit = Math.min(value.length, previous.length)
    while (head < limit && value.charCodeAt(head) === previous.charCodeAt(head)) head++
    let tail = 0
    while (
      tail < limit - head &&
      value.charCodeAt(value.length - 1 - tail) === previous.charCodeAt(previous.length - 1 - tail)
    )
      tail++
    const oldEnd = previous.length - tail
    const delta = value.length - previous.length
    findings = findings.flatMap((finding) => {
      if (!isInline(finding)) return [finding]
      if (finding.end <= head) return [finding]
      if (finding.start >= oldEnd)
        return [{...finding, start: finding.start + delta, end: finding.end + delta}]
      return []
    })
    previous = value
  }

  function render(): void {
    const value = textarea.value
    const nodes: Node[] = []
    let at = 0
    findings.forEach((finding, index) => {
      if (!isInline(finding) || finding.start < at || finding.end > value.length) return
      nodes.push(document.createTextNode(value.slice(at, finding.start)))
      const mark = document.createElement('mark')
      mark.className = 'rl-mark'
      mark.dataset.index = String(index)
      mark.dataset.category = finding.category
      mark.dataset.severity = finding.severity
      mark.dataset.rule = finding.ruleId
      mark.textContent = value.slice(finding.start, finding.end)
      if (finding === shown) mark.classList.add('rl-current')
      nodes.push(mark)
      at = finding.end
    })
    // A trailing newline needs a character after it to take up a line.
    nodes.push(document.createTextNode(`${value.slice(at)}\u200B`))
    content.replaceChildren(...nodes)
    layout()
  }

  function layout(): void {
    const style = view.getComputedStyle(textarea)
    for (const name of copied) backdrop.style.setProperty(name, style.getPropertyValue(name))
    backdrop.style.left = `${String(textarea.offsetLeft)}px`
    backdrop.style.top = `${String(textarea.offsetTop)}px`
    backdrop.style.width = `${String(textarea.offsetWidth)}px`
    backdrop.style.height = `${String(textarea.offsetHeight)}px`
    // The textarea's scrollbar narrows its text; narrow the backdrop's too.
    const scrollbar = textarea.offsetWidth - textarea.clientWidth - borderX(style)
    content.style.marginRight = `${String(Math.max(0, scrollbar))}px`
    sync()
  }

  function sync(): void {
    content.style.transform = `translate(${String(-textarea.scrollLeft)}px, ${String(-textarea.scrollTop)}px)`
  }

  function markFor(finding: Finding): HTMLElement | null {
    const index = findings.indexOf(finding)
    return content.querySelector<HTMLElement>(`mark[data-index="${String(index)}"]`)
  }

  function show(finding: Finding | undefined, fromKeyboard: boolean): void {
    if (finding === shown) return
    for (const mark of content.querySelectorAll('.rl-current')) mark.classList.remove('rl-current')
    shown = finding
    if (!finding) {
      popover.hidden = true
      textarea.removeAttribute('aria-activedescendant')
      return
    }
    const mark = markFor(finding)
    mark?.classList.add('rl-current')
    popover.dataset.category = finding.category
    const badge = document.createElement('div')
    badge.className = 'rl-badge'
    badge.textContent = `${finding.category} · ${finding.severity}`
    const message = document.createElement('p')
    message.className = 'rl-message'
    message.textContent = readable(finding.message)
    const note = document.createElement('p')
    note.className = 'rl-note'
    note.textContent = finding.note
    const list = document.createElement('ul')
    list.setAttribute('aria-label', 'Suggestions')
    suggestionsOf(finding).forEach((text, index) => {
      const item = document.createElement('li')
      const button = document.createElement('button')
      button.type = 'button'
      button.className = 'rl-suggestion'
      button.dataset.index = String(index)
      button.textContent = index < 9 ? `${String(index + 1)}. ${text}` : text
      button.setAttribute('aria-label', `Replace “${finding.actual}” with “${text}”`)
      item.append(button)
      list.append(item)
    })
    const keys = document.createElement('p')
    keys.className = 'rl-keys'
    keys.textContent = 'Alt+1…9 applies a suggestion; Alt+↓ moves into this list; Esc returns to the text.'
    popover.replaceChildren(badge, message, note, list, keys)
    popover.setAttribute('aria-label', `${finding.category}: ${finding.actual}`)
    popover.hidden = false
    place(mark)
    if (fromKeyboard) {
      announcer.textContent = `${finding.category}, ${finding.severity}: “${finding.actual}”. ${readable(finding.message)}. ${plural(suggestionsOf(finding).length, 'suggestion')}: Alt+Down to choose.`
    }
  }

  function place(mark: HTMLElement | null): void {
    const box = wrap.getBoundingClientRect()
    const rect = mark?.getBoundingClientRect()
    const left = rect ? rect.left - box.left : 0
    const top = rect ? rect.bottom - box.top + 4 : textarea.offsetHeight
    popover.style.left = `${String(Math.max(0, Math.min(left, box.width - popover.offsetWidth)))}px`
    popover.style.top = `${String(Math.min(Math.max(0, top), textarea.offsetTop + textarea.offsetHeight))}px`
  }

  function atCaret(): Finding | undefined {
    const caret = textarea.selectionStart
    const end = textarea.selectionEnd
    return findings.find((finding) => isInline(finding) && finding.start <= caret && end <= finding.end)
  }

  function apply(finding: Finding, suggestion = 0): void {
    const text = suggestionsOf(finding)[suggestion]
    if (text === undefined) return
    const {start, end} = finding
    if (textarea.value.slice(start, end).toLowerCase() !== finding.actual.toLowerCase() && finding.actual)
      return
    textarea.focus()
    textarea.setSelectionRange(start, end)
    // execCommand keeps the browser's undo history (Ctrl+Z undoes the fix).
    const inserted =
      typeof document.execCommand === 'function' && document.execCommand('insertText', false, text)
    if (!inserted || textarea.value.slice(start, start + text.length) !== text) {
      textarea.setRangeText(text, start, end, 'end')
      textarea.dispatchEvent(new Event('input', {bubbles: true}))
    }
    // Select the first slot such as `[adult]`, ready to be typed over.
    const slot = /\[[^\]]+\]/.exec(text)
    if (slot) textarea.setSelectionRange(start + slot.index, start + slot.index + slot[0].length)
    else textarea.setSelectionRange(start + text.length, start + text.length)
    show(undefined, false)
    announcer.textContent = `Replaced with “${text}”.`
  }

  function move(step: 1 | -1): void {
    const inline = findings.filter(isInline)
    if (inline.length === 0) return
    const caret = textarea.selectionStart
    const target =
      step === 1
        ? (inline.find((finding) => finding.start > caret) ?? inline[0])
        : ([...inline].reverse().find((finding) => finding.end < caret) ?? inline.at(-1))
    if (!target) return
    textarea.setSelectionRange(target.start, target.end)
    scrollTo(target)
    show(target, true)
  }

  function scrollTo(finding: Finding): void {
    const mark = markFor(finding)
    if (!mark) return
    const top = mark.offsetTop
    if (top < textarea.scrollTop || top > textarea.scrollTop + textarea.clientHeight - mark.offsetHeight) {
      textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3)
      sync()
    }
  }

  function buttons(): HTMLButtonElement[] {
    return [...popover.querySelectorAll<HTMLButtonElement>('button.rl-suggestion')]
  }

  const onInput = (): void => {
    shift()
    render()
    show(atCaret(), false)
    schedule()
  }
  const onCaret = (): void => {
    show(atCaret(), true)
  }
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'F8') {
      event.preventDefault()
      move(event.shiftKey ? -1 : 1)
      return
    }
    const current = atCaret()
    if (!current) return
    if (event.altKey && /^[1-9]$/.test(event.key)) {
      event.preventDefault()
      apply(current, Number(event.key) - 1)
    } else if ((event.altKey && event.key === 'ArrowDown') || (event.ctrlKey && event.key === '.')) {
      event.preventDefault()
      show(current, true)
      buttons()[0]?.focus()
    } else if (event.key === 'Escape' && !popover.hidden) {
      event.preventDefault()
      show(undefined, false)
    }
  }
  const onPopoverKey = (event: KeyboardEvent): void => {
    const list = buttons()
    const index = list.indexOf(event.target as HTMLButtonElement)
    if (event.key === 'Escape') {
      event.preventDefault()
      const finding = shown
      textarea.focus()
      if (finding) textarea.setSelectionRange(finding.start, finding.end)
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      list[(index + step + list.length) % list.length]?.focus()
    }
  }
  const onPopoverClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.rl-suggestion')
    if (button && shown) apply(shown, Number(button.dataset.index))
  }
  const onPointer = (event: MouseEvent): void => {
    const hit = [...content.querySelectorAll<HTMLElement>('mark.rl-mark')].find((mark) =>
      [...mark.getClientRects()].some(
        (rect) =>
          event.clientX >= rect.left &&
          event.clientX <= rect.right &&
          event.clientY >= rect.top &&
          event.clientY <= rect.bottom,
      ),
    )
    if (hit) show(findings[Number(hit.dataset.index)], false)
    else if (!popover.matches(':hover') && !popover.contains(document.activeElement)) show(atCaret(), false)
  }
  const onBlur = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null
    if (!to || !wrap.contains(to))
      setTimeout(() => {
        if (!wrap.contains(document.activeElement)) show(undefined, false)
      }, 0)
  }
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => layout()) : undefined

  textarea.addEventListener('input', onInput)
  textarea.addEventListener('scroll', sync)
  textarea.addEventListener('keydown', onKeyDown)
  textarea.addEventListener('keyup', onCaret)
  textarea.addEventListener('click', onCaret)
  textarea.addEventListener('mousemove', onPointer)
  wrap.addEventListener('focusout', onBlur)
  popover.addEventListener('keydown', onPopoverKey)
  popover.addEventListener('click', onPopoverClick)
  resize?.observe(textarea)
  render()
  send()

  return {
    get findings() {
      return findings
    },
    get coverage() {
      return coverage
    },
    lint() {
      const promise = new Promise<FindingsDetail>((resolve) => waiting.push(resolve))
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
      send()
      return promise
    },
    apply,
    setOptions(value) {
      options = value
      if (inFlight) inFlight = {...inFlight, text: '\u0000stale'}
      schedule()
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer)
      worker?.terminate()
      resize?.disconnect()
      textarea.removeEventListener('input', onInput)
      textarea.removeEventListener('scroll', sync)
      textarea.removeEventListener('keydown', onKeyDown)
      textarea.removeEventListener('keyup', onCaret)
      textarea.removeEventListener('click', onCaret)
      textarea.removeEventListener('mousemove', onPointer)
      if (describedBy === null) textarea.removeAttribute('aria-describedby')
      else textarea.setAttribute('aria-describedby', describedBy)
      textarea.removeAttribute('aria-keyshortcuts')
      wrap.before(textarea)
      wrap.remove()
      status.remove()
      announcer.remove()
    },
  }
}

/** Findings drawn in the text (not the document-level indicator notes). */
function isInline(finding: Finding): boolean {
  return finding.end > finding.start
}

function countInline(findings: readonly Finding[]): {error: number; warning: number; info: number} {
  const counts = {error: 0, warning: 0, info: 0}
  for (const finding of findings) counts[finding.severity]++
  return counts
}

/** A finding's replacements: its literal fix first, then its suggestions. */
export function suggestionsOf(finding: Finding): string[] {
  const list = finding.fix ? [finding.fix.text, ...finding.expected] : [...finding.expected]
  return [...new Set(list)]
}

/** Messages quote the phrase in backticks (for terminals); show curly quotes instead. */
function readable(message: string): string {
  return message.replaceAll(/`([^`]*)`/g, '“$1”')
}

function plural(count: number, noun: string): string {
  if (count === 0) return ''
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`
}

function borderX(style: CSSStyleDeclaration): number {
  return Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.borderRightWidth) || 0
}
