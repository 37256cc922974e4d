/**
 * The VS Code extension: starts referral-lint's language server
 * (`referral-lint lsp`) for plain text, Markdown, HTML and template
 * documents. Everything else (linting, configuration, code actions) is the
 * server's; see `settings.mts` for what the client decides.
 */
import {existsSync} from 'node:fs'
import * as vscode from 'vscode'
import {LanguageClient, TransportKind} from 'vscode-languageclient/node'
import {
  documentSelector,
  findServer,
  initializationOptions,
  missingServer,
  watchedFiles,
} from './settings.mjs'

let client: LanguageClient | undefined

/** Start the server when a linted language is first opened. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await start()
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('referral-lint')) return
      await client?.stop()
      client = undefined
      await start()
    }),
  )
}

/** Stop the server. */
export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}

async function start(): Promise<void> {
  const settings = vscode.workspace.getConfiguration('referral-lint')
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath)
  const server = findServer(settings.get<string>('server.path', ''), folders, existsSync)
  if (!server) {
    void vscode.window.showWarningMessage(missingServer)
    return
  }
  client = new LanguageClient(
    'referral-lint',
    'referral-lint',
    {module: server, args: ['lsp'], transport: TransportKind.stdio},
    {
      documentSelector: documentSelector(),
      synchronize: {fileEvents: vscode.workspace.createFileSystemWatcher(watchedFiles)},
      initializationOptions: initializationOptions((key) => settings.get(key)),
    },
  )
  await client.start()
}
