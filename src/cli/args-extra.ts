/**
 * Options for adopting referral-lint on an existing body of text and for
 * looking things up: `--baseline`, `--baseline-write`, `--cache`,
 * `--cache-location`, `--explain`, `--list-rules` and `--print-config`.
 * Kept apart from `args.ts`, which spreads `extraOptions` into its option
 * table and `extraFields` into the command it returns.
 */
import {UsageError} from './errors.js'

/** `parseArgs` option definitions. */
export const extraOptions = {
  baseline: {type: 'string'},
  'baseline-write': {type: 'string'},
  cache: {type: 'boolean'},
  'cache-location': {type: 'string'},
  explain: {type: 'string'},
  'list-rules': {type: 'boolean'},
  'print-config': {type: 'string'},
} as const

/** Fields these options add to a lint command. */
export interface ExtraFields {
  /** Report only findings not in this baseline file (optional). */
  readonly baseline?: string
  /** Record every finding in this baseline file, then report nothing (optional). */
  readonly baselineWrite?: string
  /** Cache file, when `--cache` is on (optional). */
  readonly cache?: string
  /** Print what a rule means and exit (optional). */
  readonly explain?: string
  /** Print every rule and exit. */
  readonly listRules?: boolean
  /** Print the configuration that applies to this file and exit (optional). */
  readonly printConfig?: string
}

/** The parsed values of these options. */
type Values = Partial<{
  baseline: string
  'baseline-write': string
  cache: boolean
  'cache-location': string
  explain: string
  'list-rules': boolean
  'print-config': string
}>

/**
 * Check these options and turn them into command fields.
 *
 * @throws {UsageError} When they are combined in a way that cannot work.
 */
export function extraFields(values: Values, files: readonly string[], format: string): ExtraFields {
  const lookups = (['explain', 'list-rules', 'print-config'] as const).filter(
    (name) => values[name] !== undefined && values[name] !== false,
  )
  if (lookups.length > 1) throw new UsageError(`use one of --${lookups.join(', --')} at a time`)
  const [lookup] = lookups
  if (lookup) {
    if (files.length > 0) {
      throw new UsageError(
        `--${lookup} takes no files to lint${lookup === 'print-config' ? ' (give the one file as its value)' : ''}`,
      )
    }
    if (format !== 'stylish' && format !== 'json') {
      throw new UsageError(`--${lookup} prints text or --format json, not ${format}`)
    }
  }
  if (values['explain'] === '') throw new UsageError('--explain needs a rule id (see --list-rules)')
  if (values['print-config'] === '') throw new UsageError('--print-config needs a file name')
  if (values.baseline !== undefined && values['baseline-write'] !== undefined) {
    throw new UsageError('use either --baseline or --baseline-write, not both')
  }
  for (const name of ['baseline', 'baseline-write', 'cache-location'] as const) {
    if (values[name] === '') throw new UsageError(`--${name} needs a file name`)
  }
  if (values['cache-location'] !== undefined && values.cache !== true) {
    throw new UsageError('--cache-location needs --cache')
  }
  return {
    ...(values.baseline === undefined ? {} : {baseline: values.baseline}),
    ...(values['baseline-write'] === undefined ? {} : {baselineWrite: values['baseline-write']}),
    ...(values.cache === true ? {cache: values['cache-location'] ?? '.referrallintcache'} : {}),
    ...(values.explain === undefined ? {} : {explain: values.explain}),
    ...(values['list-rules'] === true ? {listRules: true} : {}),
    ...(values['print-config'] === undefined ? {} : {printConfig: values['print-config']}),
  }
}

/** Help text lines for these options. */
export const extraHelp = `      --baseline <file>      report only findings that are not in this baseline
      --baseline-write <file>
                             record every finding in a baseline file, then
                             report nothing (adopt on existing text)
      --cache                skip files whose text, config and referral-lint
                             version are unchanged since the last run
      --cache-location <path>
                             cache file (default .referrallintcache)
      --explain <rule>       explain a rule: message, note, examples, sources
      --list-rules           list every rule (text, or --format json)
      --print-config <file>  print the configuration that applies to a file
`
