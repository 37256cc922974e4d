/**
 * `referral-lint lsp`: the language server on stdin and stdout, for editors
 * (see `README.md` in this folder). Nothing else may write to stdout while
 * it runs, so console output goes to stderr.
 */
import process from 'node:process'
import packageJson from '../../../package.json' with {type: 'json'}

const usage = `Usage: referral-lint lsp [--stdio]

Start the referral-lint language server on stdin and stdout (the Language
Server Protocol), for an editor to run. It lints plain text, Markdown, HTML
and templates as they are typed, offers the suggested wording, the safe fixes
and a disable-next-line comment as code actions, shows the note and sources
on hover, and reads .referrallintrc like the command line does (reloaded
when it changes).

Initialization options (all optional): {"debounce": 250 (milliseconds),
"config": "path/to/.referrallintrc", "preset": "child" | "adult",
"indicators": false}.

Nothing is sent anywhere: the server only answers the editor that started it.
`

/**
 * Run the language server until the editor ends it (the protocol's `exit`
 * ends the process).
 *
 * @returns Exit code for a usage error; otherwise never resolves.
 */
export async function lsp(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage)
    return 0
  }
  // Editors' launchers add --stdio and --clientProcessId; nothing else is known.
  const unknown = argv.find(
    (arg) => arg !== '--stdio' && !/^--clientProcessId(=\d+)?$/.test(arg) && !/^\d+$/.test(arg),
  )
  if (unknown !== undefined) {
    process.stderr.write(
      `referral-lint lsp: unknown argument "${unknown}" (only --stdio is supported; see lsp --help)\n`,
    )
    return 2
  }
  // Anything printed to stdout would corrupt the protocol stream.
  for (const method of ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const) {
    console[method] = (...args: unknown[]) => {
      process.stderr.write(`${args.map(String).join(' ')}\n`)
    }
  }
  const [{createConnection, ProposedFeatures}, {startServer}, {loadSnapshot}, {rules, vocabulary}] =
    await Promise.all([
      import('vscode-languageserver/node'),
      import('./server.js'),
      import('../snapshot.js'),
      import('../../../rules/index.js'),
    ])
  // The bundled rules compiled at build time, if this is a build (src/cli/snapshot.ts).
  loadSnapshot(rules, vocabulary)
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
  startServer(connection, {version: packageJson.version})
  connection.listen()
  return new Promise<number>(() => undefined)
}
