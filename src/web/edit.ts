/// <reference lib="dom" />
/**
 * Put a suggestion in place the way typing would, so the page's framework
 * (React, Vue, Angular) and rich-text editors keep the change and their undo
 * history: select the span and insert through the browser's own editing
 * (`insertText` fires `beforeinput` and `input`, and goes on the undo
 * stack); where that is unavailable, set the value with the native setter
 * (which controlled inputs watch) and fire `beforeinput` and `input`.
 */

/** Replace `[start, end)` of a textarea's value; returns whether the value now holds `text` there. */
export function replaceInTextarea(
  textarea: HTMLTextAreaElement,
  start: number,
  end: number,
  text: string,
): boolean {
  const document = textarea.ownerDocument
  textarea.focus()
  textarea.setSelectionRange(start, end)
  const inserted =
    typeof document.execCommand === 'function' && document.execCommand('insertText', false, text)
  if (inserted && textarea.value.slice(start, start + text.length) === text) return true
  if (!dispatchBeforeInput(textarea, text)) return false
  const value = textarea.value.slice(0, start) + text + textarea.value.slice(end)
  // The prototype's setter, not the element's own: React tracks the value through it.
  const prototype = viewOf(textarea).HTMLTextAreaElement.prototype
  if (Reflect.has(prototype, 'value')) Reflect.set(prototype, 'value', value, textarea)
  else textarea.value = value
  textarea.setSelectionRange(start + text.length, start + text.length)
  dispatchInput(textarea, text)
  return textarea.value.slice(start, start + text.length) === text
}

/**
 * Replace a DOM range inside a contenteditable region (a rich-text editor
 * sees `beforeinput` and the DOM change, and updates its own model and undo
 * history as it does for typing).
 */
export function replaceInEditable(root: HTMLElement, range: Range, text: string): boolean {
  const document = root.ownerDocument
  const selection = document.getSelection()
  if (!selection) return false
  root.focus()
  selection.removeAllRanges()
  selection.addRange(range)
  if (typeof document.execCommand === 'function' && document.execCommand('insertText', false, text))
    return true
  if (!dispatchBeforeInput(root, text)) return true
  range.deleteContents()
  range.insertNode(document.createTextNode(text))
  dispatchInput(root, text)
  return true
}

/** The element's window (its realm's globals, for its constructors). */
function viewOf(element: HTMLElement): NonNullable<Document['defaultView']> | typeof globalThis {
  return element.ownerDocument.defaultView ?? globalThis
}

/** Fire the `beforeinput` of replacing the selection with `text`; false when the page cancelled it. */
function dispatchBeforeInput(target: HTMLElement, text: string): boolean {
  const event = new (viewOf(target).InputEvent)('beforeinput', {
    bubbles: true,
    cancelable: true,
    inputType: 'insertReplacementText',
    data: text,
  })
  return target.dispatchEvent(event)
}

/** Fire the `input` that follows the replacement (not cancelable, as typing's). */
function dispatchInput(target: HTMLElement, text: string): void {
  const event = new (viewOf(target).InputEvent)('input', {
    bubbles: true,
    inputType: 'insertReplacementText',
    data: text,
  })
  target.dispatchEvent(event)
}
