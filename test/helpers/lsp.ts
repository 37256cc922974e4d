/**
 * A minimal Language Server Protocol client for tests: JSON-RPC over
 * streams (the `vscode-languageserver-protocol` package), either to the
 * built CLI's `lsp` subcommand in a child process or to a server started in
 * this process on in-memory streams.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {PassThrough} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {
  CancellationTokenSource,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  createProtocolConnection,
  type CodeAction,
  type Diagnostic,
  type FileEvent,
  type Hover,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol/node'
import {StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node'

/** A connected client, with what the server has sent. */
export interface TestClient {
  readonly connection: ProtocolConnection
  /** Every publishDiagnostics notification, in order. */
  readonly published: PublishDiagnosticsParams[]
  /** Log messages from the server. */
  readonly logs: string[]
  /** Registrations the server asked for. */
  readonly registrations: unknown[]
  initialize(options?: Record<string, unknown>, watchFiles?: boolean): Promise<void>
  open(path: string, languageId: string, text: string, version?: number): string
  change(uri: string, version: number, text: string): void
  save(uri: string): void
  close(uri: string): void
  watchedFilesChanged(paths: readonly string[]): void
  /** Wait until a publish for `uri` satisfies `test` (checked on each one, including past ones from `from`). */
  diagnostics(
    uri: string,
    test?: (params: PublishDiagnosticsParams) => boolean,
    from?: number,
  ): Promise<PublishDiagnosticsParams>
  hover(uri: string, line: number, character: number, token?: CancellationTokenSource): Promise<Hover | null>
  codeActions(uri: string, range: Range, diagnostics?: Diagnostic[]): Promise<CodeAction[]>
  /** Shut down; for a child process, send exit and resolve to its exit code. */
  stop(): Promise<number | null>
}

/** Spawn `node cli lsp --stdio` (or other arguments) in `cwd`. */
export function spawnClient(
  cli: string,
  cwd: string,
  args: readonly string[] = ['lsp', '--stdio'],
): TestClient {
  const child = spawn(process.execPath, [cli, ...args], {cwd, stdio: 'pipe'})
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  )
  return wrap(connection, child, () => stderr)
}

/** A client on in-memory streams; `serve` connects the server end. */
export function memoryClient(serve: (input: PassThrough, output: PassThrough) => void): TestClient {
  const toServer = new PassThrough()
  const toClient = new PassThrough()
  serve(toServer, toClient)
  const connection = createProtocolConnection(
    new StreamMessageReader(toClient),
    new StreamMessageWriter(toServer),
  )
  return wrap(connection, undefined, () => '')
}

function wrap(
  connection: ProtocolConnection,
  child: ChildProcessWithoutNullStreams | undefined,
  stderr: () => string,
): TestClient {
  const published: PublishDiagnosticsParams[] = []
  const logs: string[] = []
  const registrations: unknown[] = []
  const listeners = new Set<() => void>()
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params)
    for (const listener of listeners) listener()
  })
  connection.onNotification(LogMessageNotification.type, (params) => {
    logs.push(params.message)
  })
  connection.onRequest(RegistrationRequest.type, (params) => {
    registrations.push(...params.registrations)
  })
  connection.listen()
  const exited = child
    ? new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    : Promise.resolve(null)

  return {
    connection,
    published,
    logs,
    registrations,
    async initialize(options = {}, watchFiles = false) {
      await connection.sendRequest(InitializeRequest.type, {
        processId: null,
        rootUri: null,
        workspaceFolders: null,
        initializationOptions: options,
        capabilities: {
          workspace: {didChangeWatchedFiles: {dynamicRegistration: watchFiles}},
          textDocument: {publishDiagnostics: {versionSupport: true}},
        },
      })
      await connection.sendNotification(InitializedNotification.type, {})
    },
    open(path, languageId, text, version = 1) {
      const uri = pathToFileURL(path).href
      void connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {uri, languageId, version, text},
      })
      return uri
    },
    change(uri, version, text) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri, version},
        contentChanges: [{text}],
      })
    },
    save(uri) {
      void connection.sendNotification(DidSaveTextDocumentNotification.type, {textDocument: {uri}})
    },
    close(uri) {
      void connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
    },
    watchedFilesChanged(paths) {
      const changes: FileEvent[] = paths.map((path) => ({
        uri: pathToFileURL(path).href,
        type: FileChangeType.Changed,
      }))
      void connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes})
    },
    diagnostics(uri, test = () => true, from = 0) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = published.slice(from).find((params) => params.uri === uri && test(params))
          if (!found) return false
          listeners.delete(check)
          resolve(found)
          return true
        }
        if (check()) return
        listeners.add(check)
        void exited.then((code) => {
          if (child) reject(new Error(`the server exited (${String(code)}) before publishing: ${stderr()}`))
        })
      })
    },
    hover(uri, line, character, token) {
      return connection.sendRequest(
        HoverRequest.type,
        {textDocument: {uri}, position: {line, character}},
        token?.token,
      )
    },
    async codeActions(uri, range, diagnostics = []) {
      const actions = await connection.sendRequest(CodeActionRequest.type, {
        textDocument: {uri},
        range,
        context: {diagnostics},
      })
      return (actions ?? []) as CodeAction[]
    },
    async stop() {
      await connection.sendRequest(ShutdownRequest.type)
      if (!child) {
        connection.dispose()
        return null
      }
      void connection.sendNotification(ExitNotification.type)
      return exited
    },
  }
}

export {CancellationTokenSource}
