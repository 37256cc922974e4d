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
import {replaceInTextarea} from './edit.js'
import {spanOf, type Finding, type LintResult} from './findings.js'
import {borderX, copyLayout, markAt, renderMarks, shiftFindings} from './highlights.js'
import {
  createPopover,
  describeFinding,
  fieldShortcuts,
  fillPopover,
  findingAt,
  moveInList,
  nextFinding,
  suggestionButtons,
  suggestionsOf,
  summaryText,
} from './popover.js'
import {styles} from './styles.js'
import {createLintClient} from './worker-client.js'
import {workerTransport} from './worker-transport.js'

export {suggestionsOf} from './popover.js'

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
export function attach(textarea: HTMLTextAreaElement, settings: AttachOptions = {}): Controller {
  const document = textarea.ownerDocument
  const view = document.defaultView ?? globalThis
  installStyles(document)
  const id = `rl-${String(++uid)}`
  const host = settings.host ?? textarea
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
  const popover = createPopover(document, `${id}-popover`)
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
  textarea.setAttribute('aria-keyshortcuts', fieldShortcuts)

  let findings: Finding[] = []
  let coverage: Coverage | undefined
  let shown: Finding | undefined
  let previous = textarea.value
  let last: FindingsDetail | undefined

  const client = createLintClient({
    text: () => textarea.value,
    options: () => options,
    ...(settings.debounce === undefined ? {} : {debounce: settings.debounce}),
    connect: (receive) => workerTransport(settings.worker, receive),
    onResult(result) {
      findings = result.findings.map((finding) => ({...finding}))
      coverage = result.coverage
      previous = textarea.value
      render()
      const detail = summarise()
      last = detail
      status.textContent = summaryText(findings)
      host.dispatchEvent(new CustomEvent(findingsEvent, {detail, bubbles: true, composed: true}))
    },
    onError() {
      status.textContent = 'Wording check failed; the text was not changed.'
    },
  })

  function summarise(): FindingsDetail {
    const byCategory: Record<string, number> = {}
    const counts = {error: 0, warning: 0, info: 0}
    for (const finding of findings) {
      counts[finding.severity]++
      const category = finding.category ?? ''
      byCategory[category] = (byCategory[category] ?? 0) + 1
    }
    return {findings: [...findings], coverage, counts: {...counts, byCategory}}
  }

  function render(): void {
    content.replaceChildren(...renderMarks(document, textarea.value, findings, shown))
    layout()
  }

  function layout(): void {
    const style = view.getComputedStyle(textarea)
    copyLayout(style, backdrop)
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
    fillPopover(popover, finding, textarea.value)
    place(mark)
    if (fromKeyboard) announcer.textContent = describeFinding(finding)
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
    return findingAt(findings, textarea.selectionStart, textarea.selectionEnd)
  }

  function apply(finding: Finding, suggestion = 0): void {
    const text = suggestionsOf(finding, textarea.value)[suggestion]
    if (text === undefined) return
    const [start, end] = spanOf(finding)
    if (finding.actual && textarea.value.slice(start, end).toLowerCase() !== finding.actual.toLowerCase())
      return
    // Through the browser's editing: Ctrl+Z undoes the fix.
    replaceInTextarea(textarea, start, end, text)
    // Select the first slot such as `[adult]`, ready to be typed over.
    const slot = /\[[^\]]+\]/.exec(text)
    if (slot) textarea.setSelectionRange(start + slot.index, start + slot.index + slot[0].length)
    else textarea.setSelectionRange(start + text.length, start + text.length)
    show(undefined, false)
    announcer.textContent = `Replaced with “${text}”.`
  }

  function move(step: 1 | -1): void {
    const target = nextFinding(findings, textarea.selectionStart, step)
    if (!target) return
    textarea.setSelectionRange(...spanOf(target))
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

  const onInput = (): void => {
    findings = shiftFindings(findings, previous, textarea.value)
    previous = textarea.value
    render()
    show(atCaret(), false)
    client.schedule()
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
      suggestionButtons(popover)[0]?.focus()
    } else if (event.key === 'Escape' && !popover.hidden) {
      event.preventDefault()
      show(undefined, false)
    }
  }
  const onPopoverKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault()
      const finding = shown
      textarea.focus()
      if (finding) textarea.setSelectionRange(...spanOf(finding))
    } else moveInList(popover, event)
  }
  const onPopoverClick = (event: MouseEvent): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.rl-suggestion')
    if (button && shown) apply(shown, Number(button.dataset.index))
  }
  const onPointer = (event: MouseEvent): void => {
    const hit = markAt(content.querySelectorAll<HTMLElement>('mark.rl-mark'), event.clientX, event.clientY)
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

  const unlisten = [
    listen(textarea, 'input', onInput),
    listen(textarea, 'scroll', sync),
    listen(textarea, 'keydown', onKeyDown),
    listen(textarea, 'keyup', onCaret),
    listen(textarea, 'click', onCaret),
    listen(textarea, 'mousemove', onPointer),
    listen(wrap, 'focusout', onBlur),
    listen(popover, 'keydown', onPopoverKey),
    listen(popover, 'click', onPopoverClick),
  ]
  resize?.observe(textarea)
  render()
  void client.lintNow()

  return {
    get findings() {
      return findings
    },
    get coverage() {
      return coverage
    },
    async lint() {
      await client.lintNow()
      return last ?? summarise()
    },
    apply,
    setOptions(value) {
      options = value
      client.invalidate()
    },
    destroy() {
      client.destroy()
      resize?.disconnect()
      for (const remove of unlisten) remove()
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

/** Add an event listener; returns the function that removes it (`destroy` calls them all). */
function listen<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  listener: (event: HTMLElementEventMap[K]) => void,
): () => void {
  target.addEventListener(type, listener)
  return () => target.removeEventListener(type, listener)
}
