/// <reference lib="dom" />
/**
 * The web component's lint transport: a Web Worker running the browser
 * bundle, or the main thread where no worker can start.
 */
import {ready} from './engine.js'
import type {LintTransport} from './worker-client.js'
import {answer, type WorkerRequest, type WorkerResponse} from './worker.js'
import {createWorker} from './worker-source.js'

/**
 * A Web Worker running the browser bundle (`url`, or the bundle's own
 * source), falling back to linting on the main thread when no worker can
 * start (CSP, old browser) or `url` is `false`.
 */
export function workerTransport(
  url: string | URL | false | undefined,
  receive: (response: WorkerResponse) => void,
): LintTransport {
  let worker = url === false ? undefined : createWorker(url)
  let pending: WorkerRequest | undefined
  const local = (request: WorkerRequest): void => {
    void ready().then(() => {
      receive(answer(request))
    })
  }
  if (worker) {
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      pending = undefined
      receive(event.data)
    }
    worker.onerror = () => {
      // A worker that cannot start: lint on this thread.
      worker?.terminate()
      worker = undefined
      if (pending) local(pending)
    }
  }
  return {
    post(request) {
      pending = request
      if (worker) worker.postMessage(request)
      else local(request)
    },
    close() {
      worker?.terminate()
    },
  }
}
