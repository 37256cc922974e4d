/// <reference lib="dom" />
/**
 * Lint a field's text off the main thread as the user types: debounced,
 * at most one request in flight, answers for text that has since changed
 * dropped (and the current text sent again). The transport is a Web Worker
 * for the web component, or the extension's own background context for the
 * browser extension; both answer `WorkerRequest` with `WorkerResponse`.
 * Nothing here imports the engine, so the extension's content script
 * (which must never lint in the page) bundles none of it.
 */
import type {Options} from '../types.js'
import type {LintResult} from './findings.js'
import type {WorkerRequest, WorkerResponse} from './worker.js'

/** Carries requests to a linter and its answers back. */
export interface LintTransport {
  /** Send one request; the answer arrives through the `receive` callback. */
  post(request: WorkerRequest): void
  /** Stop (terminate the worker, close the port). */
  close(): void
}

/** Settings of `createLintClient`. */
export interface LintClientSettings {
  /** The field's current text. */
  readonly text: () => string
  /** Engine options to send with each request. */
  readonly options: () => Readonly<Options> | null
  /**
   * Milliseconds without typing before the text is linted.
   *
   * @default 250
   */
  readonly debounce?: number
  /** Start the transport; it calls `receive` with each answer. */
  readonly connect: (receive: (response: WorkerResponse) => void) => LintTransport
  /** Called with the findings of `text` once it has been linted. */
  readonly onResult: (result: LintResult, text: string) => void
  /** Called when the linter failed (never with the text). */
  readonly onError: (name: string) => void
}

/** What `createLintClient` returns. */
export interface LintClient {
  /** Lint after the debounce delay (call on every edit). */
  schedule(): void
  /** Lint now; resolves once the current text has been linted. */
  lintNow(): Promise<void>
  /** Forget the answer in flight (options changed) and lint again soon. */
  invalidate(): void
  /** Stop the timer and the transport. */
  destroy(): void
}

/** Start linting a field's text through a transport. */
export function createLintClient(settings: LintClientSettings): LintClient {
  const delay = settings.debounce ?? 250
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: WorkerRequest | undefined
  let stale = false
  let next = 0
  let waiting: Array<() => void> = []
  const transport = settings.connect(receive)

  function send(): void {
    if (inFlight) return
    const request: WorkerRequest = {id: ++next, text: settings.text(), options: dated(settings.options())}
    inFlight = request
    stale = false
    transport.post(request)
  }

  function receive(response: WorkerResponse): void {
    const request = inFlight
    inFlight = undefined
    if (!request || response.id !== request.id) return
    if (stale || request.text !== settings.text()) {
      send()
      return
    }
    if (response.error !== undefined) {
      settings.onError(response.error)
      return
    }
    settings.onResult({findings: response.findings, coverage: response.coverage}, request.text)
    const resolved = waiting
    waiting = []
    for (const resolve of resolved) resolve()
  }

  function clear(): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  return {
    schedule() {
      clear()
      timer = setTimeout(() => {
        timer = undefined
        send()
      }, delay)
    },
    lintNow() {
      const promise = new Promise<void>((resolve) => waiting.push(resolve))
      clear()
      send()
      return promise
    },
    invalidate() {
      if (inFlight) stale = true
      this.schedule()
    },
    destroy() {
      clear()
      transport.close()
    },
  }
}

let today:
  {readonly key: string; readonly from: Readonly<Options> | null; readonly options: Options} | undefined

/**
 * An edge's options: where the text dates no event and the caller gave no
 * `referenceDate`, ages are read at today's date (the engine itself never
 * reads the clock). Cached per day and options object, so the engine's
 * processor cache keeps working.
 */
export function dated(options: Readonly<Options> | null): Options {
  if (options?.referenceDate !== undefined) return options
  const key = new Date().toISOString().slice(0, 10)
  if (today?.key !== key || today.from !== options)
    today = {key, from: options, options: {...options, referenceDate: key}}
  return today.options
}
