/**
 * The language server at the protocol level, in this process on in-memory
 * streams, with a lint function the test holds back: a slow result for an
 * old version never overwrites a newer one, changes are debounced, and a
 * request waiting for findings is cancelled or told the content changed.
 * Nothing here depends on how long anything takes: each step waits for the
 * server's answer, and held-back lints are released by the test.
 */
import {join} from 'node:path'
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node'
import {LSPErrorCodes} from 'vscode-languageserver-protocol'
import type {VFile} from 'vfile'
import {beforeAll, describe, expect, it} from 'vitest'
import {lintInput, loadDocumentParsers} from '../src/cli/lint-file.js'
import type {Input} from '../src/cli/read.js'
import {startServer, type LintFunction} from '../src/cli/lsp/server.js'
import {LimitError} from '../src/engine/bounded-parse.js'
import type {Options} from '../src/types.js'
import {root} from './helpers/build.js'
import {CancellationTokenSource, memoryClient, type TestClient} from './helpers/lsp.js'

const folder = join(root, 'fixtures', 'lsp')

interface Hold {
  /** Resolves when the held call has started. */
  readonly started: Promise<void>
  /** Let the held call finish. */
  readonly release: () => void
}

/** A lint function whose calls the test can hold back, one by one. */
function heldLint(): {lint: LintFunction; calls: string[]; hold: (call: number) => Hold} {
  const calls: string[] = []
  const holds = new Map<number, {gate: Promise<void>; start: () => void}>()
  return {
    calls,
    hold(call) {
      let release = (): void => undefined
      let start = (): void => undefined
      const started = new Promise<void>((resolve) => (start = resolve))
      holds.set(call, {gate: new Promise<void>((resolve) => (release = resolve)), start: () => start()})
      return {started, release: () => release()}
    },
    async lint(input: Input, options: Options): Promise<VFile> {
      calls.push(input.value)
      const held = holds.get(calls.length)
      if (held) {
        held.start()
        await held.gate
      }
      return lintInput(input, options)
    },
  }
}

function serverWith(lint: LintFunction): TestClient {
  return memoryClient((input, output) => {
    const connection = createConnection(
      ProposedFeatures.all,
      new StreamMessageReader(input),
      new StreamMessageWriter(output),
    )
    startServer(connection, {version: 'test', lint})
    connection.listen()
  })
}

const codes = (diagnostics: readonly {code?: string | number}[]): string[] =>
  diagnostics.map((diagnostic) => String(diagnostic.code)).sort()

// Markdown and HTML inputs need their parsers loaded (src/cli/lint-file.ts).
beforeAll(loadDocumentParsers)

describe('language server protocol (in process)', {timeout: 60_000}, () => {
  it('drops the result of an older version that finishes after a newer one', async () => {
    const {lint, hold, calls} = heldLint()
    const {started, release} = hold(1)
    const client = serverWith(lint)
    await client.initialize({debounce: 0})
    const uri = client.open(join(folder, 'stale.txt'), 'plaintext', 'Staff say she is streetwise.\n', 1)
    await started
    client.change(uri, 2, 'She went willingly with him.\n')
    const second = await client.diagnostics(uri, (params) => params.version === 2)
    expect(codes(second.diagnostics)).toEqual(['went-willingly'])
    // The first lint (version 1) finishes now, after version 2 was published.
    release()
    // A round trip: the server has handled the first lint's end before it answers.
    expect(await client.hover(uri, 0, 5)).not.toBeNull()
    expect(calls).toHaveLength(2)
    expect(client.published.map((params) => params.version)).toEqual([2])
    await client.stop()
  })

  it('lints once after a burst of changes (debounced), and at once on save', async () => {
    const {lint, calls} = heldLint()
    const client = serverWith(lint)
    // A pause far longer than the test: only the save can start the second lint.
    await client.initialize({debounce: 1_000_000_000})
    const uri = client.open(join(folder, 'burst.txt'), 'plaintext', 'A clean line.\n', 1)
    await client.diagnostics(uri, (params) => params.version === 1)
    let text = ''
    for (let version = 2; version <= 11; version++) {
      text = `${'A clean line. '.repeat(version)}She went willingly with him.\n`
      client.change(uri, version, text)
    }
    client.save(uri)
    const last = await client.diagnostics(uri, (params) => params.version === 11)
    expect(codes(last.diagnostics)).toEqual(['went-willingly'])
    expect(calls).toEqual(['A clean line.\n', text])
    expect(client.published.map((params) => params.version)).toEqual([1, 11])
    await client.stop()
  })

  it('answers a cancelled request that waits for findings with RequestCancelled', async () => {
    const {lint, hold} = heldLint()
    const {started, release} = hold(1)
    const client = serverWith(lint)
    await client.initialize({debounce: 0})
    const uri = client.open(join(folder, 'cancel.txt'), 'plaintext', 'She went willingly with him.\n', 1)
    await started
    const source = new CancellationTokenSource()
    const hover = client.hover(uri, 0, 6, source)
    source.cancel()
    await expect(hover).rejects.toMatchObject({code: LSPErrorCodes.RequestCancelled})
    release()
    await client.diagnostics(uri, (params) => params.version === 1)
    const answered = await client.hover(uri, 0, 6)
    expect(JSON.stringify(answered?.contents)).toContain('went-willingly')
    await client.stop()
  })

  it('answers ContentModified when the document changes while a request waits', async () => {
    const {lint, hold} = heldLint()
    const {started, release} = hold(1)
    const client = serverWith(lint)
    await client.initialize({debounce: 0})
    const uri = client.open(join(folder, 'modified.txt'), 'plaintext', 'She went willingly with him.\n', 1)
    await started
    const actions = client.codeActions(uri, {start: {line: 0, character: 4}, end: {line: 0, character: 4}})
    client.change(uri, 2, 'She is streetwise.\n')
    await expect(actions).rejects.toMatchObject({code: LSPErrorCodes.ContentModified})
    release()
    const latest = await client.diagnostics(uri, (params) => params.version === 2)
    expect(codes(latest.diagnostics)).toEqual(['streetwise'])
    await client.stop()
  })

  it('says a document over the time limit was not finished, without quoting it', async () => {
    const client = serverWith(() => {
      throw new LimitError(
        'linting took longer than the time limit of 10000 ms; split the document or raise the time limit',
      )
    })
    await client.initialize({debounce: 0})
    const uri = client.open(join(folder, 'slow.txt'), 'plaintext', 'Staff say she is streetwise.\n', 1)
    const {diagnostics} = await client.diagnostics(uri, (params) => params.version === 1)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]?.message).toContain('time limit of 10000 ms')
    expect(diagnostics[0]?.message).not.toContain('streetwise')
    await client.stop()
  })

  it('clears the diagnostics of a closed document', async () => {
    const {lint} = heldLint()
    const client = serverWith(lint)
    await client.initialize({debounce: 0})
    const uri = client.open(join(folder, 'close.txt'), 'plaintext', 'She is streetwise.\n', 1)
    await client.diagnostics(uri, (params) => params.version === 1)
    const count = client.published.length
    client.close(uri)
    const cleared = await client.diagnostics(uri, () => true, count)
    expect(cleared.diagnostics).toEqual([])
    await client.stop()
  })
})
