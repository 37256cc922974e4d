/// <reference lib="dom" />
/**
 * Highlights drawn beside a field, never in it: a mirror box with the
 * field's font, padding and scroll position holds `<mark>`s over the same
 * text, so the field's own DOM, value, caret and undo history stay the
 * browser's. The web component puts the mirror behind its textarea; the
 * browser extension lays it over a page's field inside its own shadow root.
 */
import {spanOf, type Finding} from './findings.js'

/** Computed styles a mirror copies from its field so the text lays out the same. */
export const copiedStyles = [
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

/** Findings drawn in the text (not the document-level indicator notes). */
export function isInline(finding: Finding): boolean {
  const [start, end] = spanOf(finding)
  return end > start
}

/**
 * The mirror's content for `value`: text with one `mark.rl-mark` per inline
 * finding (`data-index` is the finding's index in `findings`).
 */
export function renderMarks(
  document: Document,
  value: string,
  findings: readonly Finding[],
  current?: Finding,
): Node[] {
  const nodes: Node[] = []
  let at = 0
  findings.forEach((finding, index) => {
    const [start, end] = spanOf(finding)
    if (!isInline(finding) || start < at || end > value.length) return
    nodes.push(document.createTextNode(value.slice(at, start)))
    const mark = document.createElement('mark')
    mark.className = 'rl-mark'
    mark.dataset.index = String(index)
    mark.dataset.category = finding.category ?? ''
    mark.dataset.severity = finding.severity
    mark.dataset.rule = finding.ruleId ?? ''
    mark.textContent = value.slice(start, end)
    if (finding === current) mark.classList.add('rl-current')
    nodes.push(mark)
    at = end
  })
  // A trailing newline needs a character after it to take up a line.
  nodes.push(document.createTextNode(`${value.slice(at)}\u200B`))
  return nodes
}

/** Copy the field's font, padding and border widths onto its mirror. */
export function copyLayout(style: CSSStyleDeclaration, mirror: HTMLElement): void {
  for (const name of copiedStyles) mirror.style.setProperty(name, style.getPropertyValue(name))
}

/** Width of the left and right borders. */
export function borderX(style: CSSStyleDeclaration): number {
  return Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.borderRightWidth) || 0
}

/**
 * Keep findings on the right words after an edit, until the next lint:
 * findings before the edit stay, findings after it move by the change in
 * length, findings it touched are dropped.
 */
export function shiftFindings(findings: readonly Finding[], previous: string, value: string): Finding[] {
  if (value === previous) return [...findings]
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
  return findings.flatMap((finding) => {
    const [start, end] = spanOf(finding)
    if (!isInline(finding) || end <= head) return [finding]
    if (start >= oldEnd) return [{...finding, offset: start + delta, endOffset: end + delta}]
    return []
  })
}

/** The mark under a point (client coordinates), if any. */
export function markAt(marks: Iterable<HTMLElement>, x: number, y: number): HTMLElement | undefined {
  for (const mark of marks) {
    for (const rect of mark.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return mark
    }
  }
  return undefined
}
