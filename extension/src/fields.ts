/// <reference lib="dom" />
/**
 * The two kinds of field the content script checks, behind one interface:
 * a `textarea` (text is its value, offsets are its own) and a
 * contenteditable region such as a rich-text editor (text is its text
 * nodes, with a line break between blocks; offsets map back to DOM
 * positions). Neither adapter writes to the page except `replace`, which
 * edits the way typing does.
 */
import {replaceInEditable, replaceInTextarea} from '../../src/web/edit.js'

/** A checked field. */
export interface Field {
  readonly element: HTMLElement
  readonly kind: 'textarea' | 'editor'
  /** The text the engine sees. */
  text(): string
  /** The selection as offsets into `text()`, if it is inside this field. */
  selection(): readonly [number, number] | undefined
  /** Select `[start, end)` (and focus the field). */
  select(start: number, end: number): void
  /** Client rectangles of `[start, end)` (editors only; a textarea draws through its mirror). */
  rects(start: number, end: number): DOMRect[]
  /** Replace `[start, end)` with `text` the way typing would; `false` if the text there changed. */
  replace(start: number, end: number, expected: string, text: string): boolean
}

/** Elements whose start begins a new line of text. */
const blocks = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
])

/** Whether an element is a field the extension checks. */
export function isField(element: Element): element is HTMLElement {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled
  if (!(element instanceof HTMLElement) || !element.isContentEditable) return false
  // Only the editing root, not every element inside it.
  return !element.parentElement?.isContentEditable
}

/** The adapter for a field. */
export function fieldOf(element: HTMLElement): Field {
  return element instanceof HTMLTextAreaElement ? textareaField(element) : editableField(element)
}

function textareaField(textarea: HTMLTextAreaElement): Field {
  return {
    element: textarea,
    kind: 'textarea',
    text: () => textarea.value,
    selection() {
      if (textarea.ownerDocument.activeElement !== textarea) return undefined
      return [textarea.selectionStart, textarea.selectionEnd]
    },
    select(start, end) {
      textarea.focus()
      textarea.setSelectionRange(start, end)
    },
    rects: () => [],
    replace(start, end, expected, text) {
      if (!same(textarea.value.slice(start, end), expected)) return false
      return replaceInTextarea(textarea, start, end, text)
    },
  }
}

interface Segment {
  readonly node: Text
  /** Offset of the node's first character in the field's text. */
  readonly start: number
}

interface Model {
  readonly text: string
  readonly segments: readonly Segment[]
}

/** The text of a contenteditable region and where each text node starts in it. */
function model(root: HTMLElement): Model {
  let text = ''
  const segments: Segment[] = []
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      segments.push({node, start: text.length})
      text += node.data
    } else if (node instanceof HTMLElement) {
      if (node.tagName === 'BR') text += '\n'
      else if (blocks.has(node.tagName) && text !== '' && !text.endsWith('\n')) text += '\n'
    }
  }
  return {text, segments}
}

/** The DOM position of a text offset. */
function position(segments: readonly Segment[], offset: number): [Text, number] | undefined {
  let last: Segment | undefined
  for (const segment of segments) {
    if (segment.start > offset) break
    last = segment
  }
  if (!last) return segments[0] ? [segments[0].node, 0] : undefined
  return [last.node, Math.min(offset - last.start, last.node.length)]
}

/** The text offset of a DOM position inside the region. */
function offsetOf(root: HTMLElement, segments: readonly Segment[], node: Node, at: number): number {
  if (node instanceof Text) {
    const segment = segments.find((entry) => entry.node === node)
    if (segment) return segment.start + at
  }
  const range = root.ownerDocument.createRange()
  range.setStart(node, at)
  for (const segment of segments) {
    // The first text node at or after the position starts there.
    if (range.comparePoint(segment.node, 0) >= 0) return segment.start
  }
  const last = segments.at(-1)
  return last ? last.start + last.node.length : 0
}

function editableField(root: HTMLElement): Field {
  const document = root.ownerDocument
  const rangeOf = (segments: readonly Segment[], start: number, end: number): Range | undefined => {
    const from = position(segments, start)
    const to = position(segments, end)
    if (!from || !to) return undefined
    const range = document.createRange()
    range.setStart(...from)
    range.setEnd(...to)
    return range
  }
  return {
    element: root,
    kind: 'editor',
    text: () => model(root).text,
    selection() {
      const selection = document.getSelection()
      if (!selection || selection.rangeCount === 0) return undefined
      const range = selection.getRangeAt(0)
      if (!root.contains(range.startContainer)) return undefined
      const {segments} = model(root)
      const start = offsetOf(root, segments, range.startContainer, range.startOffset)
      const end = offsetOf(root, segments, range.endContainer, range.endOffset)
      return [start, end]
    },
    select(start, end) {
      const range = rangeOf(model(root).segments, start, end)
      const selection = document.getSelection()
      if (!range || !selection) return
      root.focus()
      selection.removeAllRanges()
      selection.addRange(range)
    },
    rects(start, end) {
      const range = rangeOf(model(root).segments, start, end)
      return range ? [...range.getClientRects()].filter((rect) => rect.width > 0) : []
    },
    replace(start, end, expected, text) {
      const current = model(root)
      if (!same(current.text.slice(start, end), expected)) return false
      const range = rangeOf(current.segments, start, end)
      return range ? replaceInEditable(root, range, text) : false
    },
  }
}

function same(found: string, expected: string): boolean {
  return expected === '' || found.toLowerCase() === expected.toLowerCase()
}

/** A name for the field in the panel: its label, accessible name or placeholder. */
export function labelOf(element: HTMLElement, index: number): string {
  const labelled = element.getAttribute('aria-labelledby')
  const byId = labelled
    ?.split(/\s+/)
    .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim()
  const label =
    element.getAttribute('aria-label') ??
    (byId || undefined) ??
    (element instanceof HTMLTextAreaElement ? element.labels?.[0]?.textContent : undefined) ??
    element.getAttribute('placeholder') ??
    element.getAttribute('name') ??
    element.getAttribute('title')
  const clean = label?.replaceAll(/\s+/g, ' ').trim()
  return clean ? clean.slice(0, 80) : `Text box ${String(index + 1)}`
}
