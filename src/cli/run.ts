/**
 * The command: arguments → inputs → `lint` → stylish report → exit code.
 * Input and output are passed in, so the command never touches globals.
 */
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {helpText, parseCommand} from './args.js'
import {useColor} from './color.js'
import {UsageError} from './errors.js'
import {readInput} from './read.js'

/** Exit codes, as ESLint uses them. */
export const exitCodes = {ok: 0, findings: 1, usage: 2} as const

/** Where the command reads and writes. */
export interface Io {
  /** Whether stdin is a terminal (then it is never read implicitly). */
  readonly stdinIsTTY: boolean
  /** Read all of stdin. */
  readonly readStdin: () => Promise<Uint8Array>
  /** Whether stdout is a terminal. */
  readonly stdoutIsTTY: boolean
  /** Write to stdout. */
  readonly stdout: (text: string) => void
  /** Write to stderr. */
  readonly stderr: (text: string) => void
  /** Environment variables. */
  readonly env: Readonly<Record<string, string | undefined>>
}

/**
 * Run the command.
 *
 * @param args - Arguments after the script name.
 * @param io - Where to read and write.
 * @param version - Package version, for `--version` and `--help`.
 * @returns Exit code: 0 clean, 1 a finding at error level, 2 usage error.
 */
export async function run(args: readonly string[], io: Io, version: string): Promise<number> {
  try {
    return await runCommand(args, io, version)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`referral-lint: ${error.message}\n`)
      return exitCodes.usage
    }
    throw error
  }
}

async function runCommand(args: readonly string[], io: Io, version: string): Promise<number> {
  const command = parseCommand(args)
  if (command.kind === 'help') {
    io.stdout(helpText(version))
    return exitCodes.ok
  }
  if (command.kind === 'version') {
    io.stdout(`${version}\n`)
    return exitCodes.ok
  }

  let paths = command.files
  if (paths.length === 0) {
    if (io.stdinIsTTY) throw new UsageError('no input: give a file, or pipe text on stdin (see --help)')
    paths = ['-']
  }

  // Stdin can be read once; `-` given twice lints the same text twice.
  let stdin: Promise<Uint8Array> | undefined
  const readStdin = (): Promise<Uint8Array> => (stdin ??= io.readStdin())

  // Read every input before linting, so a usage error never follows a report.
  const texts: string[] = []
  for (const path of paths) texts.push(await readInput(path, readStdin))

  // Loaded only to lint, so `--help` and `--version` start fast.
  const {lint} = await import('../index.js')
  const files: VFile[] = []
  for (const [index, path] of paths.entries()) {
    const value = texts[index] ?? ''
    files.push(await lint(path === '-' ? new VFile({value}) : new VFile({path, value})))
  }

  const color = useColor({noColor: command.noColor, env: io.env, isTTY: io.stdoutIsTTY})
  const report = reporter(files, {color, silent: command.quiet, defaultName: '<stdin>'})
  if (report) io.stdout(`${report}\n`)

  const failed = files.some((file) => file.messages.some((message) => message.fatal === true))
  return failed ? exitCodes.findings : exitCodes.ok
}
