/// <reference lib="dom" />
/**
 * `<referral-lint-editor>`: wrap a `<textarea>` to lint it while the user
 * types. The textarea stays in the light DOM, so it submits with its form.
 * The script may come before the element: the author's textarea is adopted
 * once the parser is past it, and one is made only when there is none.
 *
 * ```html
 * <referral-lint-editor preset="child">
 *   <textarea name="narrative"></textarea>
 * </referral-lint-editor>
 * ```
 */
import type {Options} from '../types.js'
import {attach, type Controller} from './editor.js'

/** The element's tag name. */
export const tagName = 'referral-lint-editor'

/**
 * Define `<referral-lint-editor>` (once; later calls do nothing).
 *
 * The class is created here, not at import time, so the bundle loads where
 * there is no DOM (a worker, Node).
 *
 * @returns Whether the element is (now) defined.
 */
export function defineElement(registry?: CustomElementRegistry): boolean {
  const target = registry ?? (globalThis as {customElements?: CustomElementRegistry}).customElements
  if (!target || typeof HTMLElement !== 'function') return false
  if (target.get(tagName)) return true

  /** Attributes: `preset` (`child` | `adult`), `indicators`, `debounce` (ms). */
  class ReferralLintEditor extends HTMLElement {
    static readonly observedAttributes = ['preset', 'indicators']
    #controller: Controller | undefined
    /** The textarea linted. */
    #target: HTMLTextAreaElement | undefined
    /** The textarea made because the author gave none. */
    #own: HTMLTextAreaElement | undefined
    #observer: MutationObserver | undefined
    #options: Readonly<Options> | null = null

    /** The wrapped textarea's controller (once connected). */
    get controller(): Controller | undefined {
      return this.#controller
    }

    /** Current findings. */
    get findings(): Controller['findings'] {
      return this.#controller?.findings ?? []
    }

    /** Engine options; attributes fill `preset` and `indicators` when unset. */
    get options(): Readonly<Options> {
      return {...this.#fromAttributes(), ...this.#options}
    }

    set options(value: Readonly<Options> | null) {
      this.#options = value
      this.#controller?.setOptions(this.options)
    }

    connectedCallback(): void {
      // Children are added after this runs when the element is parsed with
      // the script before it: watch for them, and wait for the parser.
      this.#observer ??= new MutationObserver(this.#adopt)
      this.#observer.observe(this, {childList: true, subtree: true})
      if (this.ownerDocument.readyState === 'loading')
        this.ownerDocument.addEventListener('DOMContentLoaded', this.#adopt, {once: true})
      this.#adopt()
    }

    disconnectedCallback(): void {
      this.#observer?.disconnect()
      this.ownerDocument.removeEventListener('DOMContentLoaded', this.#adopt)
      this.#controller?.destroy()
      this.#controller = this.#target = undefined
    }

    /**
     * Lint the author's textarea once the parser is past it (its text is
     * complete); make one only when there is none by the time the document
     * is parsed, and give it up if the author adds one later.
     */
    #adopt = (): void => {
      const document = this.ownerDocument
      if (!this.isConnected || (document.readyState === 'loading' && !closed(this))) return
      const authored = [...this.querySelectorAll('textarea')].find((area) => area !== this.#own)
      if (authored ? authored === this.#target : this.#target) return
      this.#controller?.destroy()
      let textarea = authored
      if (textarea) {
        this.#own?.remove()
        this.#own = undefined
      } else if (this.#own && this.contains(this.#own)) textarea = this.#own
      else {
        textarea = this.#own = document.createElement('textarea')
        textarea.rows = 12
        textarea.setAttribute('aria-label', this.getAttribute('label') ?? 'Referral narrative')
        this.append(textarea)
      }
      const debounce = Number(this.getAttribute('debounce'))
      this.#target = textarea
      this.#controller = attach(textarea, {
        options: this.options,
        host: this,
        ...(debounce > 0 ? {debounce} : {}),
      })
    }

    attributeChangedCallback(): void {
      this.#controller?.setOptions(this.options)
    }

    #fromAttributes(): Options {
      const preset = this.getAttribute('preset')
      return {
        ...(preset === 'adult' || preset === 'child' ? {preset} : {}),
        ...(this.hasAttribute('indicators') ? {indicators: true} : {}),
      }
    }
  }

  target.define(tagName, ReferralLintEditor)
  return true
}

/** Whether a node follows `node` in the document, so the parser has closed it. */
function closed(node: Node | null): boolean {
  for (; node; node = node.parentNode) if (node.nextSibling) return true
  return false
}
