/**
 * A pool of `node:worker_threads` workers that lint batches of narratives.
 *
 * Each worker holds at most `depth` batches at a time; `submit` waits for a
 * free slot, so the reader stops reading while every worker is busy
 * (backpressure) and memory stays flat whatever the export's size.
 *
 * Workers load the built library (`dist/index.js`). Their results carry
 * only rule ids, categories, the flagged phrase and the ids of missing
 * coverage elements, never the narrative itself.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {today} from './today.js'

/** One finding, as a worker reports it: rule id, category, flagged phrase, severity (2 error, 1 warning, 0 info). */
export type Finding = readonly [ruleId: string, category: string, actual: string, severity: 0 | 1 | 2]

/** The result of linting one narrative. */
export type LintResult =
  {readonly findings: readonly Finding[]; readonly missing: readonly string[]} | {readonly failed: string}

interface Slot {
  readonly worker: Worker
  readonly pending: Map<number, (results: readonly LintResult[]) => void>
  answered: boolean
}

/**
 * The worker's code, as an ES module. Kept tiny: it lints and reduces each
 * message to the four fields an audit counts.
 */
const workerSource = `
import {parentPort, workerData} from 'node:worker_threads'
const {lintSync, toFinding} = await import(workerData.library)
// The audit is an edge: ages are read at the day the audit runs.
const options = {indicators: false, referenceDate: workerData.referenceDate, ...workerData.limits}
const severity = {error: 2, warning: 1, info: 0}
parentPort.on('message', ({id, texts}) => {
  const results = texts.map((text) => {
    try {
      const file = lintSync(text, options)
      return {
        // The library's one finding model, reduced to what an audit counts.
        findings: file.messages.map(toFinding).map((finding) => [
          finding.ruleId ?? '',
          finding.category ?? '',
          finding.actual ?? '',
          severity[finding.severity],
        ]),
        missing: file.data.coverage ? [...file.data.coverage.missing] : [],
      }
    } catch (error) {
      return {failed: error instanceof Error ? error.name : typeof error}
    }
  })
  parentPort.postMessage({id, results})
})
parentPort.postMessage({ready: true})
`

/**
 * Where the workers load the library from: `index.js` beside the built CLI,
 * or the repository's `dist/index.js` when this module runs from source.
 */
export function libraryUrl(): string {
  const beside = new URL('index.js', import.meta.url)
  if (!import.meta.url.endsWith('.ts') && existsSync(fileURLToPath(beside))) return beside.href
  return new URL('../../dist/index.js', import.meta.url).href
}

/** A failure of the pool itself (workers keep dying); names no narrative. */
export class PoolError extends Error {
  override name = 'PoolError'
}

/** Lints batches of narratives on worker threads with bounded queues. */
export class LintPool {
  private readonly slots: Slot[] = []
  private readonly waiting: (() => void)[] = []
  private nextId = 0
  private restarts = 0
  private failure: PoolError | undefined

  /**
   * @param size - Number of workers.
   * @param depth - Batches each worker may hold at once.
   * @param library - URL of the library module the workers import.
   * @param limits - Size and time limit of each narrative (optional).
   */
  constructor(
    readonly size: number,
    private readonly depth: number,
    private readonly library: string,
    private readonly limits: {readonly maxLength?: number; readonly timeLimit?: number} = {},
  ) {
    for (let index = 0; index < size; index++) this.slots.push(this.spawn())
  }

  /**
   * Lint a batch; resolves once the batch is queued on a worker (waiting
   * for a free slot), and hands its results to `done` later.
   */
  async submit(texts: readonly string[], done: (results: readonly LintResult[]) => void): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure
      const slot = this.freeSlot()
      if (slot) {
        const id = this.nextId++
        slot.pending.set(id, done)
        slot.worker.postMessage({id, texts})
        return
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    }
  }

  /** Wait until every submitted batch has its results. */
  async drain(): Promise<void> {
    while (this.slots.some((slot) => slot.pending.size > 0)) {
      if (this.failure) throw this.failure
      await new Promise<void>((resolve) => this.waiting.push(resolve))
    }
    if (this.failure) throw this.failure
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    // Emptied first, so that the workers' exits are not taken for crashes.
    const slots = this.slots.splice(0)
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }

  private freeSlot(): Slot | undefined {
    let best: Slot | undefined
    for (const slot of this.slots) {
      if (slot.pending.size < this.depth && (!best || slot.pending.size < best.pending.size)) best = slot
    }
    return best
  }

  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve()
  }

  private spawn(): Slot {
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(workerSource)}`), {
      workerData: {library: this.library, limits: this.limits, referenceDate: today()},
      // Worker output could only be a crash report; keep it off the terminal.
      stdout: true,
      stderr: true,
    })
    const slot: Slot = {worker, pending: new Map(), answered: false}
    worker.stdout.resume()
    worker.stderr.resume()
    worker.on('message', (message: {id?: number; results?: LintResult[]; ready?: boolean}) => {
      slot.answered = true
      if (message.id === undefined || !message.results) return
      const done = slot.pending.get(message.id)
      slot.pending.delete(message.id)
      done?.(message.results)
      this.wake()
    })
    worker.on('error', (error) => this.replace(slot, error))
    worker.on('exit', (code) => {
      if (code !== 0 && this.slots.includes(slot)) this.replace(slot, undefined)
    })
    return slot
  }

  /** A worker died: fail its batches (as bad rows) and start another. */
  private replace(slot: Slot, error: unknown): void {
    const index = this.slots.indexOf(slot)
    if (index === -1) return
    const reason = error instanceof Error ? error.name : 'exited'
    // An empty result list: the caller counts every row of the batch as failed.
    for (const done of slot.pending.values()) done([])
    slot.pending.clear()
    void slot.worker.terminate()
    if (!slot.answered || ++this.restarts > this.size * 4) {
      this.slots.splice(index, 1)
      this.failure = new PoolError(
        slot.answered ? 'lint workers keep failing' : `a lint worker could not start (${reason})`,
      )
    } else {
      this.slots[index] = this.spawn()
    }
    this.wake()
  }
}
