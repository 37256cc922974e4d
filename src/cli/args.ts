/**
 * Command-line arguments: `node:util` `parseArgs` in strict mode, with every
 * failure turned into a one-line `UsageError`.
 */
import {parseArgs} from 'node:util'
import {isDateText} from '../engine/dates.js'
import {extraFields, extraHelp, extraOptions, type ExtraFields} from './args-extra.js'
import {UsageError} from './errors.js'

/** Output formats. */
export const formats = [
  'stylish',
  'compact',
  'json',
  'sarif',
  'github',
  'gitlab',
  'checkstyle',
  'junit',
] as const

/** An output format name. */
export type Format = (typeof formats)[number]

/** Options of a lint run. */
export interface LintCommand extends ExtraFields {
  readonly kind: 'lint'
  /** Files, directories and globs; `-` is stdin; empty means stdin. */
  readonly files: readonly string[]
  /** Show errors only. */
  readonly quiet: boolean
  /** `--no-color` was given. */
  readonly noColor: boolean
  /** Report format. @default 'stylish' */
  readonly format: Format
  /** Write the report to this file instead of stdout (optional). */
  readonly outputFile?: string
  /** Config file to use instead of searching (optional). */
  readonly config?: string
  /** Do not look for config files. */
  readonly noConfig: boolean
  /** Preset from the command line, over the config (optional). */
  readonly preset?: 'child' | 'adult'
  /** Report missing NRM facts as info messages. */
  readonly indicators: boolean
  /** Print the suggestions and note under each finding (`stylish`). */
  readonly advice: boolean
  /**
   * List the missing NRM facts: `true` for `--coverage`, `false` for
   * `--no-coverage`, undefined to leave it to the config and the input's kind.
   */
  readonly coverage?: boolean
  /** Exit 2 when a glob or directory gives no file to lint (not with `--no-error-on-unmatched-pattern`). */
  readonly errorOnUnmatchedPattern: boolean
  /** Exit 1 when there are more warnings than this (optional). */
  readonly maxWarnings?: number
  /** Apply fixes to the files. */
  readonly fix: boolean
  /** Print the fixes as a diff, change nothing. */
  readonly fixDryRun: boolean
  /** Name (and so format and config) for stdin (optional). */
  readonly stdinFilename?: string
  /** Extensions to lint in directories (with dots). */
  readonly extensions: readonly string[]
  /** Ignore file. @default '.referrallintignore' */
  readonly ignorePath: string
  /** Do not read the ignore file. */
  readonly noIgnore: boolean
  /** Report directives that suppressed nothing. */
  readonly reportUnusedDisableDirectives: boolean
  /** Largest file in bytes (and text in characters). @default 1048576 */
  readonly maxSize: number
  /** Time limit per file in milliseconds. @default 10000 */
  readonly timeLimit: number
  /** Date to read ages at where the text dates no event (optional; `YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly date?: string
}

/** Largest input in bytes, unless `--max-size` says otherwise. */
export const defaultMaxSize = 1024 * 1024

/** Time limit per file in milliseconds, unless `--time-limit` says otherwise. */
export const defaultTimeLimit = 10_000

/** What the command line asks for. */
export type Command = {readonly kind: 'help'} | {readonly kind: 'version'} | LintCommand

/** Extensions linted when a directory or glob is given. */
export const defaultExtensions: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx']

const options = {
  ...extraOptions,
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
  quiet: {type: 'boolean', short: 'q'},
  'no-color': {type: 'boolean'},
  format: {type: 'string', short: 'f'},
  'output-file': {type: 'string', short: 'o'},
  config: {type: 'string', short: 'c'},
  'no-config': {type: 'boolean'},
  preset: {type: 'string'},
  indicators: {type: 'boolean'},
  'no-advice': {type: 'boolean'},
  coverage: {type: 'boolean'},
  'no-coverage': {type: 'boolean'},
  'no-error-on-unmatched-pattern': {type: 'boolean'},
  'max-warnings': {type: 'string'},
  fix: {type: 'boolean'},
  'fix-dry-run': {type: 'boolean'},
  'stdin-filename': {type: 'string'},
  ext: {type: 'string'},
  'ignore-path': {type: 'string'},
  'no-ignore': {type: 'boolean'},
  'report-unused-disable-directives': {type: 'boolean'},
  'max-size': {type: 'string'},
  'time-limit': {type: 'string'},
  date: {type: 'string'},
} as const

/**
 * Parse the arguments after `node cli.js`.
 *
 * @throws {UsageError} On an unknown option, a missing or wrong value.
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
  const format = values.format ?? 'stylish'
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}": use one of ${formats.join(', ')}`)
  }
  const preset = values.preset
  if (preset !== undefined && preset !== 'child' && preset !== 'adult') {
    throw new UsageError(`unknown preset "${preset}": use child or adult`)
  }
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!/^\d+$/.test(values['max-warnings']) || !Number.isSafeInteger(maxWarnings)) {
      throw new UsageError(
        `--max-warnings needs a whole number of 0 or more, not "${values['max-warnings']}"`,
      )
    }
  }
  const maxSize = wholeNumber(values['max-size'], '--max-size', 1, 256 * 1024 * 1024) ?? defaultMaxSize
  const timeLimit = wholeNumber(values['time-limit'], '--time-limit', 1, 3_600_000) ?? defaultTimeLimit
  const date = values.date
  if (date !== undefined && !isDateText(date)) {
    throw new UsageError(`--date needs a date such as 2026-03-14 (or 2026-03, or 2026), not "${date}"`)
  }
  if (values.coverage && values['no-coverage']) {
    throw new UsageError('use either --coverage or --no-coverage, not both')
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both')
  const extensions = values.ext
    ? values.ext
        .split(',')
        .map((ext) => ext.trim())
        .filter(Boolean)
        .map((ext) => (ext.startsWith('.') ? ext : `.${ext}`).toLowerCase())
    : defaultExtensions
  return {
    kind: 'lint',
    ...extraFields(values, positionals, format),
    files: positionals,
    quiet: values.quiet ?? false,
    noColor: values['no-color'] ?? false,
    format: format as Format,
    ...(values['output-file'] === undefined ? {} : {outputFile: values['output-file']}),
    ...(values.config === undefined ? {} : {config: values.config}),
    noConfig: values['no-config'] ?? false,
    ...(preset === undefined ? {} : {preset}),
    indicators: values.indicators ?? false,
    advice: !(values['no-advice'] ?? false),
    ...(values.coverage ? {coverage: true} : values['no-coverage'] ? {coverage: false} : {}),
    errorOnUnmatchedPattern: !(values['no-error-on-unmatched-pattern'] ?? false),
    ...(maxWarnings === undefined ? {} : {maxWarnings}),
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    ...(values['stdin-filename'] === undefined ? {} : {stdinFilename: values['stdin-filename']}),
    extensions,
    ignorePath: values['ignore-path'] ?? '.referrallintignore',
    noIgnore: values['no-ignore'] ?? false,
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
    maxSize,
    timeLimit,
    ...(date === undefined ? {} : {date}),
  }
}

/** A whole number option within bounds, or undefined when not given. */
function wholeNumber(value: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new UsageError(`${flag} needs a whole number from ${String(min)} to ${String(max)}, not "${value}"`)
  }
  return number
}

/** A short message for a `parseArgs` error; never a stack trace. */
function describeParseError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  const message = error instanceof Error ? error.message : String(error)
  const option = /'(-[^']*)'/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option "${option}" (see --help)`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /argument missing/.test(message)
      ? `option "${option}" needs a value (see --help)`
      : `option "${option}" does not take a value (see --help)`
  }
  return `${message.split('\n')[0] ?? 'invalid arguments'} (see --help)`
}

/** The `--help` text. */
export function helpText(version: string): string {
  return `Usage: referral-lint [options] [file | directory | glob ...]
       referral-lint serve [options]   (local HTTP service, see serve --help)
       referral-lint audit [options]   (batch audit of an export, see audit --help)
       referral-lint lsp               (language server on stdio, for editors)

Lint referral narratives for victim-blaming language and consent framing.
Reads .txt, Markdown, HTML and .docx; directories are searched for
${defaultExtensions.join(' ')}. With no file, or with "-", reads stdin.

Options:
  -h, --help                 show this help and exit
  -v, --version              print the version (${version}) and exit
  -f, --format <name>        stylish (default), compact, json, sarif, github,
                             gitlab, checkstyle or junit
      --no-advice            stylish: no suggestions and note under findings
  -o, --output-file <path>   write the report to a file instead of stdout
  -c, --config <path>        use this config file (no search)
      --no-config            use no config file
      --preset <name>        child (default) or adult, over the config
      --indicators           also report missing NRM facts as info findings
      --coverage             list the NRM facts a text does not state (default
                             for plain text and .docx; Markdown, HTML, sarif
                             and github only when asked)
      --no-coverage          never list missing facts (over the config)
  -q, --quiet                report errors only (hide warnings and info)
      --max-warnings <n>     exit 1 when there are more than n warnings
      --fix                  apply safe literal fixes to the files
      --fix-dry-run          print the fixes as a diff; change nothing
${extraHelp}      --stdin-filename <n>   name for stdin (picks format and config)
      --ext <list>           extensions to lint in directories (.txt,.md)
      --ignore-path <path>   ignore file (default .referrallintignore)
      --no-ignore            do not read the ignore file
      --no-error-on-unmatched-pattern
                             exit 0, not 2, when a glob or a directory gives
                             no file to lint
      --report-unused-disable-directives
                             report referral-lint-disable comments that
                             suppress nothing (as warnings)
      --no-color             never colour the report
      --max-size <bytes>     largest file to lint (default 1048576, 1 MiB);
                             a larger one is an error for that file
      --time-limit <ms>      time limit per file (default 10000); a file over
                             it is an error for that file
      --date <YYYY-MM-DD>    read ages (from a date of birth) at this date
                             where the text dates no event; over the
                             config's referenceDate (default: today)

Config is read from .referrallintrc (JSON or YAML), .referrallintrc.json,
.referrallintrc.yaml, .referrallintrc.yml or the "referral-lint" key of
package.json, searched upward from each file.

Colour is used only when stdout is a terminal; NO_COLOR turns it off and
FORCE_COLOR (1, 2 or 3) turns it on.

Exit codes:
  0  no finding at error level, warnings within --max-warnings
  1  a finding at error level, or more warnings than --max-warnings
  2  usage, config or input error (unknown option, broken config, a glob
     or directory with no file to lint, a file that is missing, unreadable,
     binary, not valid UTF-8, or over the size or time limit: such a file
     gets one error line, the others are still reported)

Nothing is sent anywhere: the text is read, linted and reported on this
machine only.
`
}
