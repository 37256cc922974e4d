/**
 * The linting side of the web component. The same bundle runs in a Web
 * Worker: `serveWorker` answers `{id, text, options}` with
 * `{id, findings, coverage}` (or `{id, error}`, which never quotes the text).
 */
import type {Options} from '../types.js'
import {lintSync, ready} from './engine.js'
import {toResult, type LintResult} from './findings.js'

/** A request from the page. */
export interface WorkerRequest {
  readonly id: number
  readonly text: string
  readonly options?: Readonly<Options> | null
}

/** The worker's answer. */
export type WorkerResponse =
  | (LintResult & {readonly id: number; readonly error?: undefined})
  | {readonly id: number; readonly error: string}

/** Lint one request; shared by the worker and the main-thread fallback. */
export function answer(request: WorkerRequest): WorkerResponse {
  try {
    return {id: request.id, ...toResult(lintSync(request.text, request.options))}
  } catch (error) {
    return {id: request.id, error: error instanceof Error ? error.name : 'Error'}
  }
}

interface WorkerScope {
  onmessage: ((event: {data: WorkerRequest}) => void) | null
  postMessage(message: WorkerResponse): void
}

/** Whether this realm is a dedicated worker (not a page, not Node). */
export function inWorker(): boolean {
  const scope = globalThis as {WorkerGlobalScope?: unknown; importScripts?: unknown; document?: unknown}
  return typeof scope.WorkerGlobalScope === 'function' && scope.document === undefined
}

/** Answer lint requests posted to this worker. */
export function serveWorker(): void {
  const scope = globalThis as unknown as WorkerScope
  scope.onmessage = (event) => {
    void ready().then(() => {
      scope.postMessage(answer(event.data))
    })
  }
}
