/// <reference lib="dom" />
/**
 * The suggestion pop-up shared by the web component and the browser
 * extension: category and severity in words, the message, the note, and the
 * suggestions (slots already filled with the narrative's names by the
 * engine), with keyboard use: Alt+1…9 applies, arrows move through the
 * list, Esc returns to the text.
 */
import {spanOf, type Finding} from './findings.js'
import {isInline} from './highlights.js'

/** The keyboard help line at the foot of the pop-up. */
export const keysHelp = 'Alt+1…9 applies a suggestion; Alt+↓ moves into this list; Esc returns to the text.'

/** Keys a checked field answers to (its `aria-keyshortcuts`). */
export const fieldShortcuts = 'F8 Shift+F8 Alt+ArrowDown Alt+1'

const be = /^(?:am|is|are|was|were|be|been)$/i

/**
 * A finding's replacements: its literal fix first, then its suggestions.
 * Given the text the finding is in, a replacement that starts with a form of
 * "be" right after one loses that word, so putting it in place repeats
 * nothing: "…and was [happy to sell]" takes "persuaded by …", not "was
 * persuaded by …" (which would read "was was persuaded").
 */
export function suggestionsOf(finding: Finding, text?: string): string[] {
  const before = /(\S+)\s+$/.exec(text?.slice(0, finding.offset ?? 0) ?? '')?.[1] ?? ''
  const list = (finding.fix ? [finding.fix.text, ...finding.suggestions] : finding.suggestions).map(
    (option) => {
      const [first = '', ...rest] = option.split(' ')
      return be.test(before) && be.test(first) && rest.length > 0 ? rest.join(' ') : option
    },
  )
  return [...new Set(list)]
}

/** Messages quote the phrase in backticks (for terminals); show curly quotes instead. */
export function readable(message: string): string {
  return message.replaceAll(/`([^`]*)`/g, '“$1”')
}

/** `3 phrases`, `1 phrase`, or `''` for none. */
export function plural(count: number, noun: string): string {
  if (count === 0) return ''
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`
}

/** An empty, hidden pop-up element. */
export function createPopover(document: Document, id: string): HTMLDivElement {
  const popover = document.createElement('div')
  popover.className = 'rl-popover'
  popover.id = id
  popover.setAttribute('role', 'group')
  popover.hidden = true
  return popover
}

/** Fill the pop-up for one finding (in `text`, optional) and show it. */
export function fillPopover(popover: HTMLElement, finding: Finding, text?: string): void {
  const document = popover.ownerDocument
  popover.dataset.category = finding.category ?? ''
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
  suggestionsOf(finding, text).forEach((option, index) => {
    const item = document.createElement('li')
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'rl-suggestion'
    button.dataset.index = String(index)
    button.textContent = index < 9 ? `${String(index + 1)}. ${option}` : option
    button.setAttribute('aria-label', `Replace “${finding.actual}” with “${option}”`)
    item.append(button)
    list.append(item)
  })
  const keys = document.createElement('p')
  keys.className = 'rl-keys'
  keys.textContent = keysHelp
  popover.replaceChildren(badge, message, note, list, keys)
  popover.setAttribute('aria-label', `${finding.category}: ${finding.actual}`)
  popover.hidden = false
}

/** The pop-up's suggestion buttons, in order. */
export function suggestionButtons(popover: HTMLElement): HTMLButtonElement[] {
  return [...popover.querySelectorAll<HTMLButtonElement>('button.rl-suggestion')]
}

/** Up and Down move through the suggestions; returns whether the key was used. */
export function moveInList(popover: HTMLElement, event: KeyboardEvent): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false
  event.preventDefault()
  const list = suggestionButtons(popover)
  const index = list.indexOf(event.target as HTMLButtonElement)
  const step = event.key === 'ArrowDown' ? 1 : -1
  list[(index + step + list.length) % list.length]?.focus()
  return true
}

/** What a screen reader hears when the caret moves onto a finding. */
export function describeFinding(finding: Finding): string {
  return `${finding.category}, ${finding.severity}: “${finding.actual}”. ${readable(finding.message)}. ${plural(suggestionsOf(finding).length, 'suggestion')}: Alt+Down to choose.`
}

/** The live summary under a field, such as "2 phrases to review: 1 error, 1 warning (label, consent)". */
export function summaryText(findings: readonly Finding[]): string {
  const inline = findings.filter(isInline)
  if (inline.length === 0) return 'No wording to review.'
  const counts = {error: 0, warning: 0, info: 0}
  const categories = new Set<string>()
  for (const finding of findings) {
    if (finding.category && finding.category !== 'indicator') categories.add(finding.category)
  }
  for (const finding of inline) counts[finding.severity]++
  const parts = [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    plural(counts.info, 'note'),
  ].filter(Boolean)
  return `${plural(inline.length, 'phrase')} to review: ${parts.join(', ')} (${[...categories].join(', ')}). F8 moves to the next one.`
}

/**
 * Which finding `F8` (step 1) or `Shift+F8` (step -1) moves to from the
 * caret, wrapping around.
 */
export function nextFinding(findings: readonly Finding[], caret: number, step: 1 | -1): Finding | undefined {
  const inline = findings.filter(isInline)
  return step === 1
    ? (inline.find((finding) => spanOf(finding)[0] > caret) ?? inline[0])
    : ([...inline].reverse().find((finding) => spanOf(finding)[1] < caret) ?? inline.at(-1))
}

/** The inline finding that holds the selection `[start, end]`. */
export function findingAt(findings: readonly Finding[], start: number, end: number): Finding | undefined {
  return findings.find((finding) => {
    const [from, to] = spanOf(finding)
    return isInline(finding) && from <= start && end <= to
  })
}
