/**
 * The command: arguments → inputs → config → lint → fixes → report → exit
 * code. Input and output are passed in, so the command never touches globals.
 */
import {writeFile} from 'node:fs/promises'
import {relative} from 'node:path'
import type {VFile} from 'vfile'
import {helpText, parseCommand, type LintCommand} from './args.js'
import {useColor} from './color.js'
import {UsageError} from './errors.js'
import {allowEmpty, expandInputs, loadIgnore} from './files.js'
import {FileLimitError, readInput, type Input} from './read.js'
import {dated} from './today.js'

/** Exit codes, as ESLint uses them. */
export const exitCodes = {ok: 0, findings: 1, usage: 2} as const

/** Where the command reads and writes. */
export interface Io {
  /** Whether stdin is a terminal (then it is never read implicitly). */
  readonly stdinIsTTY: boolean
  /** Read all of stdin, or stop once it holds more than `limit` bytes. */
  readonly readStdin: (limit: number) => Promise<Uint8Array>
  /** Whether stdout is a terminal. */
  readonly stdoutIsTTY: boolean
  /** Whether stderr is a terminal (progress is shown only then). */
  readonly stderrIsTTY?: boolean
  /** Write to stdout. */
  readonly stdout: (text: string) => void
  /** Write to stderr. */
  readonly stderr: (text: string) => void
  /** Environment variables. */
  readonly env: Readonly<Record<string, string | undefined>>
}

/** Show progress on a terminal from this many files. */
const progressFrom = 20

/**
 * Run the command.
 *
 * @param args - Arguments after the script name.
 * @param io - Where to read and write.
 * @param version - Package version, for `--version` and `--help`.
 * @returns Exit code: 0 clean, 1 findings (errors, or warnings over the
 *   maximum), 2 usage, config or input error.
 */
export async function run(args: readonly string[], io: Io, version: string): Promise<number> {
  try {
    return await runCommand(args, io, version)
  } catch (error) {
    if (error instanceof UsageError || isConfigError(error)) {
      io.stderr(`referral-lint: ${oneLine(error.message)}\n`)
      return exitCodes.usage
    }
    throw error
  }
}

/** Checked by name, so this module does not load the config code up front. */
function isConfigError(error: unknown): error is Error {
  return error instanceof Error && (error.name === 'ConfigError' || error.name === 'RuleSpecError')
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ')
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
  return lintCommand(command, io, version)
}

async function lintCommand(command: LintCommand, io: Io, version: string): Promise<number> {
  if (command.explain !== undefined || command.listRules || command.printConfig !== undefined) {
    return (await import('./explain.js')).inform(command, io)
  }
  let inputs = command.files
  if (inputs.length === 0) {
    if (io.stdinIsTTY) throw new UsageError('no input: give a file, or pipe text on stdin (see --help)')
    inputs = ['-']
  }
  const ignore = command.noIgnore
    ? undefined
    : await loadIgnore(command.ignorePath, command.ignorePath !== '.referrallintignore')
  const found = await expandInputs(inputs, command.extensions, ignore, command.errorOnUnmatchedPattern)
  const paths = found.map(({path}) => path)
  if (command.fix && paths.includes('-')) {
    throw new UsageError('--fix cannot write to stdin; use --fix-dry-run to see the changes')
  }
  if (command.outputFile !== undefined) {
    const {sameFile} = await import('./fix.js')
    const input = await sameFile(command.outputFile, paths)
    if (input !== undefined) {
      throw new UsageError(
        `the output file "${command.outputFile}" is also an input ("${input}"); write the report elsewhere`,
      )
    }
  }

  // Stdin can be read once; `-` given twice lints the same text twice.
  let stdin: Promise<Uint8Array> | undefined
  const readStdin = (): Promise<Uint8Array> => (stdin ??= io.readStdin(command.maxSize))

  // Loaded only to lint, so `--help` and `--version` start fast.
  const [
    {ConfigLoader},
    {lintInput, loadDocumentParsers},
    {rules: bundledRules, vocabulary},
    {loadSnapshot},
  ] = await Promise.all([
    import('./config.js'),
    import('./lint-file.js'),
    import('../../rules/index.js'),
    import('./snapshot.js'),
  ])
  // The bundled rules compiled at build time, if this is a build (src/cli/snapshot.ts).
  loadSnapshot(bundledRules, vocabulary)
  const loader = new ConfigLoader(
    {
      ...(command.preset ? {preset: command.preset} : {}),
      ...(command.indicators ? {indicators: true} : {}),
      ...(command.date ? {referenceDate: command.date} : {}),
    },
    command.config,
    command.noConfig,
  )

  // Read every input and its config before linting, so a usage or config
  // error never follows a report.
  const jobs: {
    input: Input
    options: Awaited<ReturnType<typeof loader.forFile>>['options']
    coverage: boolean | undefined
  }[] = []
  // Files over a limit are reported one line each; the others are still linted and reported.
  const failures: string[] = []
  // Files kept from each directory or glob, after the config's `ignore`, and the config that ignored some.
  const kept = new Map<string, {count: number; config?: string}>()
  for (const {path, input: given, named} of found) {
    const config = await loader.forFile(path === '-' ? command.stdinFilename : path)
    const ignored = path !== '-' && config.ignores?.(path) === true
    if (!named) {
      const entry = kept.get(given) ?? {count: 0}
      kept.set(
        given,
        ignored
          ? {...entry, ...(config.file ? {config: config.file} : {})}
          : {...entry, count: entry.count + 1},
      )
    }
    if (ignored) continue
    let input: Input
    try {
      input = await readInput(path, readStdin, command.stdinFilename, command.maxSize)
    } catch (error) {
      if (!(error instanceof FileLimitError)) throw error
      failures.push(error.message)
      continue
    }
    // The CLI is an edge: without --date or a config date, ages are read at today's date.
    jobs.push({input, options: dated(config.options), coverage: command.coverage ?? config.coverage})
  }
  if (command.errorOnUnmatchedPattern) {
    for (const [given, {count, config}] of kept) {
      if (count > 0) continue
      throw new UsageError(
        `no files to lint in "${given}": the \`ignore\` list of ${config === undefined ? 'the config' : relative('.', config)} skips every file it gives; change that list, ${allowEmpty}`,
      )
    }
  }
  const limits = {maxLength: command.maxSize, timeLimit: command.timeLimit}
  if (jobs.some(({input}) => input.kind === 'markdown' || input.kind === 'html')) await loadDocumentParsers()

  // --cache and --baseline: read before linting, so a broken baseline stops the run first.
  const adoption =
    command.cache === undefined && command.baseline === undefined && command.baselineWrite === undefined
      ? undefined
      : await (await import('./adoption.js')).startAdoption(command, io, version)

  const rules = new Map(bundledRules.map((rule) => [rule.id, rule]))
  const progress = io.stderrIsTTY === true && jobs.length >= progressFrom
  const results: {
    file: VFile
    name: string
    kind: Input['kind']
    input: Input
    coverage: boolean | undefined
  }[] = []
  for (const [index, {input, options, coverage}] of jobs.entries()) {
    if (progress) io.stderr(`\rreferral-lint: ${index + 1}/${jobs.length} files`)
    for (const rule of options.ruleSpecs ?? []) rules.set(rule.id, rule)
    let file: VFile
    try {
      file = adoption
        ? await adoption.lint(input, options, () => lintInput(input, options, limits))
        : lintInput(input, options, limits)
    } catch (error) {
      failures.push(describeFailure(input.name, error))
      continue
    }
    if (command.reportUnusedDisableDirectives) reportUnused(file)
    results.push({file, name: input.name, kind: input.kind, input, coverage})
  }
  if (progress) io.stderr('\r\u001B[K')

  const {render} = await import('./formats.js')
  const toStdout = command.outputFile === undefined
  const machine = command.format === 'json' || command.format === 'sarif'

  if (command.fix || command.fixDryRun) {
    const {applyFixes, planFix, unifiedDiff, writeAll} = await import('./fix.js')
    const changes: {path: string; text: string; fixed: ReadonlySet<unknown>; file: VFile; input: Input}[] = []
    for (const {file, input} of results) {
      // A .docx is never modified; stdin is shown as a diff only.
      if (input.kind === 'docx') continue
      const applied = applyFixes(input.value, file.messages)
      if (applied) changes.push({path: input.path, text: applied.text, fixed: applied.fixed, file, input})
    }
    if (command.fixDryRun) {
      const diff = changes
        .map(({path, text, file}) =>
          unifiedDiff(path === '-' ? (command.stdinFilename ?? '<stdin>') : path, String(file.value), text),
        )
        .join('')
      if (diff) (machine && toStdout ? io.stderr : io.stdout)(diff)
    } else {
      // Plan and check every file before writing any, so one bad file changes nothing.
      const plans = []
      for (const change of changes) {
        plans.push(
          await planFix(change.path, change.text, change.input.bom === true, change.input.digest ?? ''),
        )
      }
      await writeAll(plans)
      for (const change of changes) {
        change.file.messages = change.file.messages.filter((message) => !change.fixed.has(message))
      }
    }
  }

  await adoption?.finish(results)
  const color = toStdout && useColor({noColor: command.noColor, env: io.env, isTTY: io.stdoutIsTTY})
  const report = render(command.format, {
    results,
    rules,
    version,
    color,
    quiet: command.quiet,
    advice: command.advice,
  })
  if (toStdout) {
    if (report) io.stdout(report)
  } else {
    try {
      await writeFile(command.outputFile, report)
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error'
      throw new UsageError(`cannot write "${command.outputFile}": ${code}`)
    }
  }

  for (const failure of failures) io.stderr(`referral-lint: ${failure}\n`)
  if (failures.length > 0) return exitCodes.usage

  let errors = 0
  let warnings = 0
  for (const {file} of results) {
    for (const message of file.messages) {
      if (message.fatal === true) errors++
      else if (message.fatal === false) warnings++
    }
  }
  if (errors > 0) return exitCodes.findings
  if (command.maxWarnings !== undefined && warnings > command.maxWarnings) {
    io.stderr(`referral-lint: too many warnings (${warnings}, maximum ${command.maxWarnings})\n`)
    return exitCodes.findings
  }
  return exitCodes.ok
}

/** One line for a file that could not be linted; never the error's own text, which could quote it. */
function describeFailure(name: string, error: unknown): string {
  if (error instanceof Error && error.name === 'LimitError') return `"${name}": ${error.message}`
  if (error instanceof RangeError) {
    return `"${name}": cannot lint this file (its structure is too deep to parse); split it`
  }
  if (error instanceof Error && (error.name === 'ConfigError' || error.name === 'RuleSpecError')) throw error
  return `"${name}": cannot lint this file (internal error: ${error instanceof Error ? error.name : typeof error}); please report it (without the text)`
}

/** Add a warning for each `referral-lint-disable…` directive that suppressed nothing. */
function reportUnused(file: VFile): void {
  for (const {directive, ids} of file.data.directives?.unused ?? []) {
    const what = ids.length > 0 ? ` for ${ids.join(', ')}` : ''
    const message = file.message(
      `Unused referral-lint-${directive.kind} directive${what} (nothing was suppressed)`,
      {
        place: {line: directive.line, column: directive.column},
        ruleId: 'unused-disable-directive',
        source: 'referral-lint',
      },
    )
    message.fatal = false
  }
}
