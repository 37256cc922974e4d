/**
 * Command-line arguments: `node:util` `parseArgs` in strict mode, with every
 * failure turned into a one-line `UsageError`.
 */
import {parseArgs} from 'node:util'
import {UsageError} from './errors.js'

/** What the command line asks for. */
export type Command =
  | {readonly kind: 'help'}
  | {readonly kind: 'version'}
  | {
      readonly kind: 'lint'
      /** Paths to lint; `-` is stdin; empty means stdin. */
      readonly files: readonly string[]
      /** Show errors only. */
      readonly quiet: boolean
      /** `--no-color` was given. */
      readonly noColor: boolean
    }

const options = {
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
  quiet: {type: 'boolean'},
  'no-color': {type: 'boolean'},
} as const

/**
 * Parse the arguments after `node cli.js`.
 *
 * @throws {UsageError} On an unknown option or an option given a value.
 */
export function parseCommand(args: readonly string[]): Command {
  let parsed
  try {
    parsed = parseArgs({args: [...args], options, strict: true, allowPositionals: true})
  } catch (error) {
    throw new UsageError(describeParseError(error))
  }
  const {values, positionals} = parsed
  if (values.help) return {kind: 'help'}
  if (values.version) return {kind: 'version'}
  return {
    kind: 'lint',
    files: positionals,
    quiet: values.quiet ?? false,
    noColor: values['no-color'] ?? false,
  }
}

/** A short message for a `parseArgs` error; never a stack trace. */
function describeParseError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  const message = error instanceof Error ? error.message : String(error)
  const option = /'(-[^']*)'/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option "${option}" (see --help)`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return `option "${option}" does not take a value (see --help)`
  }
  return `${message.split('\n')[0] ?? 'invalid arguments'} (see --help)`
}

/** The `--help` text. */
export function helpText(version: string): string {
  return `Usage: referral-lint [options] [file ...]

Lint referral narratives (plain UTF-8 text) for victim-blaming language and
consent framing. With no file, or with "-", reads stdin.

Options:
  -h, --help      show this help and exit
  -v, --version   print the version (${version}) and exit
      --quiet     report errors only (hide warnings and info)
      --no-color  never colour the report

Colour is used only when stdout is a terminal; NO_COLOR turns it off and
FORCE_COLOR (1, 2 or 3) turns it on.

Exit codes:
  0  no finding at error level
  1  at least one finding at error level
  2  usage error: unknown option, or a file that is missing, a directory,
     binary or not valid UTF-8

Nothing is sent anywhere: the text is read, linted and reported on this
machine only.
`
}
