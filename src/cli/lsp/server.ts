/**
 * The language server: lints open documents on open and on change
 * (debounced), publishes diagnostics tagged with the document version, and
 * answers hover and code-action requests from the findings of the current
 * version.
 *
 * A result is published only when the document still has the version that
 * was linted and the configuration has not been reloaded since: a slow
 * result for an old version is dropped, never published over a newer one.
 * Requests wait for the current version's findings; a cancelled request is
 * answered with `RequestCancelled`, and one whose document changed meanwhile
 * with `ContentModified`.
 *
 * Configuration comes from the same `.referrallintrc` discovery as the CLI
 * (`ConfigLoader`), and is reloaded when the client reports a changed file
 * (`workspace/didChangeWatchedFiles`, registered when the client supports
 * it), when a config file is saved in the editor, or when a config file
 * seen on the way up from a document has changed on disk (checked with
 * `stat` before each lint, for clients that watch no files). Every open
 * document is then linted again.
 *
 * Privacy: nothing is logged but file names and configuration errors.
 */
import {stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {VFile} from 'vfile'
import {rules as bundledRules} from '../../../rules/index.js'
import type {Options, RuleSpec} from '../../types.js'
import {ConfigLoader, configNames} from '../config.js'
import {lintInput, loadDocumentParsers} from '../lint-file.js'
import {kindOf, type Input, type InputKind} from '../read.js'
import {codeActions, contains, hoverText, overlaps, toDiagnostic} from './convert.js'

/** Lint one input (the CLI's `lintInput`; tests pass a slower one). */
export type LintFunction = (input: Input, options: Options) => VFile | Promise<VFile>

/** How the server is started. */
export interface ServerOptions {
  /** The referral-lint version, for `serverInfo`. */
  readonly version: string
  /** Lint function (optional). @default the CLI's `lintInput` */
  readonly lint?: LintFunction
}

/** Settings an editor may pass as `initializationOptions`. */
interface Settings {
  /** Milliseconds to wait after a change before linting. @default 250 */
  readonly debounce: number
  /** Config file to use instead of searching (optional). */
  readonly config?: string
  /** Preset over the config (optional). */
  readonly preset?: 'child' | 'adult'
  /** Report missing NRM facts as info findings. @default false */
  readonly indicators: boolean
}

/** Largest document linted, in UTF-16 code units (as the CLI's default size limit). */
const maxLength = 1024 * 1024

/** Languages read as Markdown or HTML; anything else goes by the file name, else plain text. */
const languages: Readonly<Record<string, InputKind>> = {
  markdown: 'markdown',
  mdx: 'markdown',
  html: 'html',
  handlebars: 'html',
  'django-html': 'html',
  'jinja-html': 'html',
  twig: 'html',
  liquid: 'html',
  nunjucks: 'html',
  plaintext: 'text',
  text: 'text',
}

/** The findings of one version of a document. */
interface Linted {
  readonly version: number
  readonly generation: number
  readonly kind: InputKind
  /** Undefined when the configuration could not be loaded or the document not linted. */
  readonly file?: VFile
  readonly rules: ReadonlyMap<string, RuleSpec>
}

/** Start serving on `connection` (the caller calls `listen`). */
export function startServer(connection: Connection, options: ServerOptions): void {
  const lint = options.lint ?? lintInput
  const documents = new TextDocuments(TextDocument)
  let settings: Settings = {debounce: 250, indicators: false}
  let loader = newLoader(settings)
  /** Bumped on every configuration reload: results from before are dropped. */
  let generation = 0
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  const results = new Map<string, Linted>()
  const waiters = new Map<string, Set<() => void>>()
  const opened = new Set<string>()
  /** Runs in flight, by document. */
  const inflight = new Map<string, number>()
  /** Stat signatures of the config candidates above each folder, from the last load. */
  const signatures = new Map<string, string>()
  const reported = new Set<string>()

  connection.onInitialize((params: InitializeParams) => {
    settings = readSettings(params.initializationOptions)
    loader = newLoader(settings)
    const watch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    if (watch) {
      connection.onInitialized(() => {
        void connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            {globPattern: `**/{${[...configNames, 'package.json'].join(',')}}`},
            // Rule packs named by a config.
            {globPattern: '**/*.{json,yaml,yml}'},
          ],
        })
      })
    }
    return {
      capabilities: {
        textDocumentSync: {
          openClose: true,
          change: TextDocumentSyncKind.Incremental,
          save: {includeText: false},
        },
        hoverProvider: true,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
      },
      serverInfo: {name: 'referral-lint', version: options.version},
    }
  })

  documents.onDidOpen(({document}) => opened.add(document.uri))
  documents.onDidChangeContent(({document}) => {
    // Opening lints at once; typing waits for a pause.
    schedule(document.uri, opened.delete(document.uri) ? 0 : settings.debounce)
    wake(document.uri)
  })
  documents.onDidClose(({document}) => {
    const timer = timers.get(document.uri)
    if (timer) clearTimeout(timer)
    timers.delete(document.uri)
    results.delete(document.uri)
    opened.delete(document.uri)
    wake(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })
  documents.onDidSave(({document}) => {
    const name = basename(pathOf(document.uri) ?? '')
    if (configNames.includes(name) || name === 'package.json') reload('saved in the editor')
    // Saving lints now rather than after the pause.
    else if (timers.has(document.uri)) schedule(document.uri, 0)
  })
  connection.onDidChangeWatchedFiles(() => reload('changed on disk'))
  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
  })

  connection.onHover(async ({textDocument, position}, token) => {
    const {result, document} = await fresh(textDocument.uri, token)
    if (!result.file) return null
    const here = result.file.messages.filter((message) =>
      contains(toDiagnostic(message, document).range, position),
    )
    return here.length === 0 ? null : {contents: hoverText(here, result.rules)}
  })

  connection.onCodeAction(async ({textDocument, range, context}, token) => {
    const only = context.only
    if (only && !only.some((kind) => kind === '' || CodeActionKind.QuickFix.startsWith(kind))) return []
    const {result, document} = await fresh(textDocument.uri, token)
    const actions: CodeAction[] = []
    for (const message of result.file?.messages ?? []) {
      if (!overlaps(toDiagnostic(message, document).range, range)) continue
      actions.push(...codeActions(message, document, result.kind))
    }
    return actions
  })

  documents.listen(connection)

  function schedule(uri: string, delay: number): void {
    const timer = timers.get(uri)
    if (timer) clearTimeout(timer)
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        void run(uri)
      }, delay),
    )
  }

  async function run(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    inflight.set(uri, (inflight.get(uri) ?? 0) + 1)
    try {
      const version = document.version
      const path = pathOf(uri)
      const kind = languages[document.languageId] ?? (path ? kindOf(path) : 'text')
      const linted = await lintDocument(document.getText(), path, kind === 'docx' ? 'text' : kind)
      // Stale: the document changed, or the configuration was reloaded; a newer run publishes.
      if (documents.get(uri)?.version !== version || linted.generation !== generation) return
      results.set(uri, {...linted, version})
      const diagnostics: Diagnostic[] = linted.diagnostics ?? []
      if (linted.file)
        for (const message of linted.file.messages) diagnostics.push(toDiagnostic(message, document))
      await connection.sendDiagnostics({uri, version, diagnostics})
    } catch (error) {
      connection.console.error(
        `referral-lint: internal error (${error instanceof Error ? error.name : typeof error})`,
      )
    } finally {
      const left = (inflight.get(uri) ?? 1) - 1
      if (left > 0) inflight.set(uri, left)
      else inflight.delete(uri)
      // Requests waiting for this document look again (and schedule a run if none is coming).
      wake(uri)
    }
  }

  async function lintDocument(
    text: string,
    path: string | undefined,
    kind: InputKind,
  ): Promise<Omit<Linted, 'version'> & {diagnostics?: Diagnostic[]}> {
    if (path !== undefined && (await configChanged(path))) reload('changed on disk')
    if (kind === 'markdown' || kind === 'html') await loadDocumentParsers()
    const current = generation
    const rules = new Map(bundledRules.map((rule) => [rule.id, rule]))
    /** A result with no lint run: only these document-level diagnostics. */
    const only = (...diagnostics: Diagnostic[]): Omit<Linted, 'version'> & {diagnostics: Diagnostic[]} => ({
      generation: current,
      kind,
      rules,
      diagnostics,
    })
    if (text.length > maxLength) {
      return only(
        notice(
          'This document is over 1 MiB: referral-lint does not lint it in the editor; use the command line.',
          DiagnosticSeverity.Information,
        ),
      )
    }
    let options: Options
    try {
      const config = await loader.forFile(path)
      // The config's `ignore` patterns skip a file in the editor as on the command line.
      if (path !== undefined && config.ignores?.(path)) return only()
      options = config.options
    } catch (error) {
      if (!(error instanceof Error) || (error.name !== 'ConfigError' && error.name !== 'RuleSpecError'))
        throw error
      const line = error.message.replace(/\s*\n\s*/g, ' ')
      if (!reported.has(line)) {
        reported.add(line)
        connection.console.error(`referral-lint: ${line}`)
      }
      return only(notice(`referral-lint: ${line}`, DiagnosticSeverity.Error, 'config-error'))
    }
    for (const rule of options.ruleSpecs ?? []) rules.set(rule.id, rule)
    const name = path ?? '<untitled>'
    try {
      const file = await Promise.resolve(lint({path: path ?? '-', name, kind, value: text}, options))
      return {generation: current, kind, rules, file}
    } catch (error) {
      // Over the time limit (main's per-document limits): say so, as the CLI does.
      if (error instanceof Error && error.name === 'LimitError') {
        return only(
          notice(
            `referral-lint did not finish this document: ${error.message}; use the command line`,
            DiagnosticSeverity.Information,
          ),
        )
      }
      // Never the error's text: it could quote the document.
      const what = error instanceof Error ? error.name : typeof error
      connection.console.error(`referral-lint: could not lint ${name} (${what})`)
      return only(
        notice(
          `referral-lint could not lint this document (${what}); please report it, without the text`,
          DiagnosticSeverity.Error,
        ),
      )
    }
  }

  /** The findings of the document's current version, once linted. */
  async function fresh(
    uri: string,
    token: CancellationToken,
  ): Promise<{result: Linted; document: TextDocument}> {
    const document = documents.get(uri)
    if (!document) throw new ResponseError(LSPErrorCodes.ContentModified, 'the document is not open')
    const version = document.version
    for (;;) {
      if (token.isCancellationRequested)
        throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled')
      const current = documents.get(uri)
      if (current?.version !== version)
        throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed')
      const result = results.get(uri)
      if (result && result.version === version && result.generation === generation) return {result, document}
      if (!timers.has(uri) && !inflight.has(uri)) schedule(uri, 0)
      await new Promise<void>((resolve) => {
        let set = waiters.get(uri)
        if (!set) waiters.set(uri, (set = new Set()))
        set.add(resolve)
        token.onCancellationRequested(() => resolve())
      })
    }
  }

  function wake(uri: string): void {
    const set = waiters.get(uri)
    if (!set) return
    waiters.delete(uri)
    for (const resolve of set) resolve()
  }

  function reload(why: string): void {
    generation++
    loader = newLoader(settings)
    signatures.clear()
    reported.clear()
    connection.console.info(`referral-lint: configuration ${why}; linting open documents again`)
    for (const document of documents.all()) schedule(document.uri, 0)
  }

  /** Whether a config file above `path` is new, gone or changed since it was loaded. */
  async function configChanged(path: string): Promise<boolean> {
    const folder = dirname(path)
    const signature = await signatureOf(folder)
    const known = signatures.get(folder)
    signatures.set(folder, signature)
    return known !== undefined && known !== signature
  }
}

function readSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  const debounce = value['debounce']
  const preset = value['preset']
  return {
    debounce: typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0 ? debounce : 250,
    ...(typeof value['config'] === 'string' && value['config'] ? {config: value['config']} : {}),
    ...(preset === 'child' || preset === 'adult' ? {preset} : {}),
    indicators: value['indicators'] === true,
  }
}

function newLoader(settings: Settings): ConfigLoader {
  return new ConfigLoader(
    {
      ...(settings.preset ? {preset: settings.preset} : {}),
      ...(settings.indicators ? {indicators: true} : {}),
    },
    settings.config,
  )
}

/** A diagnostic about the whole document, on its first character. */
function notice(message: string, severity: DiagnosticSeverity, code?: string): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity,
    source: 'referral-lint',
    message,
    ...(code ? {code} : {}),
  }
}

/** The file path of a `file:` URI. */
function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

/**
 * The sizes and times of the config files in `folder` and the folders
 * above it, up to the first that holds one (as the search does).
 */
async function signatureOf(folder: string): Promise<string> {
  const parts: string[] = []
  for (let current = folder; ;) {
    let found = false
    for (const name of [...configNames, 'package.json']) {
      try {
        const info = await stat(join(current, name))
        parts.push(`${join(current, name)}:${String(info.size)}:${String(info.mtimeMs)}`)
        if (name !== 'package.json') found = true
      } catch {
        // Absent.
      }
    }
    const parent = dirname(current)
    if (found || parent === current) break
    current = parent
  }
  return parts.join('\n')
}
