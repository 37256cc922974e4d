/// <reference lib="dom" />
/**
 * `<referral-lint-editor>`: wrap a `<textarea>` to lint it while the user
 * types. The textarea stays in the light DOM, so it submits with its form.
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
      if (this.#controller) return
      let textarea = this.querySelector('textarea')
      if (!textarea) {
        textarea = this.ownerDocument.createElement('textarea')
        textarea.rows = 12
        textarea.setAttribute('aria-label', this.getAttribute('label') ?? 'Referral narrative')
        this.append(textarea)
      }
      const debounce = Number(this.getAttribute('debounce'))
      this.#controller = attach(textarea, {
        options: this.options,
        host: this,
        ...(debounce > 0 ? {debounce} : {}),
      })
    }

    disconnectedCallback(): void {
      this.#controller?.destroy()
      this.#controller = undefined
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
