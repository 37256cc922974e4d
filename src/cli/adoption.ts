/**
 * The lint command's steps for adopting referral-lint on an existing body of
 * text: the cache (`--cache`) and the baseline (`--baseline-write`,
 * `--baseline`). `run.ts` calls `startAdoption` before linting (so a broken
 * baseline is reported before anything is linted or fixed), lints through
 * `lint`, and calls `finish` before the report.
 */
import type {VFile} from 'vfile'
import {rules as bundledRules} from '../../rules/index.js'
import type {Options} from '../types.js'
import type {LintCommand} from './args.js'
import {
  applyBaseline,
  createBaseline,
  describeRemovable,
  readBaseline,
  writeBaseline,
  type Baseline,
} from './baseline.js'
import {LintCache, toolKey} from './cache.js'
import type {Input} from './read.js'
import type {Io} from './run.js'

/** Cache and baseline for one run. */
export interface Adoption {
  /** Lint an input, or take its findings from the cache. */
  readonly lint: (input: Input, options: Options, lint: () => VFile | Promise<VFile>) => Promise<VFile>
  /** Save the cache, then write or apply the baseline (dropping baselined findings). */
  readonly finish: (results: readonly {readonly file: VFile; readonly name: string}[]) => Promise<void>
}

/**
 * Read the baseline and open the cache the command names.
 *
 * @throws {UsageError} When the baseline cannot be read or is not one.
 */
export async function startAdoption(command: LintCommand, io: Io, version: string): Promise<Adoption> {
  const warn = (line: string): void => io.stderr(`referral-lint: warning: ${line}\n`)
  const baseline: Baseline | undefined =
    command.baseline === undefined ? undefined : await readBaseline(command.baseline)
  const cache =
    command.cache === undefined
      ? undefined
      : await LintCache.open(command.cache, toolKey(version, bundledRules), warn)
  return {
    lint: (input, options, lint) => (cache ? cache.lint(input, options, lint) : Promise.resolve(lint())),
    async finish(results) {
      await cache?.save(warn)
      if (command.baselineWrite !== undefined) {
        const written = createBaseline(results, command.baselineWrite)
        await writeBaseline(command.baselineWrite, written)
        const entries = Object.values(written.files)
        const findings = entries.reduce(
          (sum, list) => sum + list.reduce((count, entry) => count + entry.count, 0),
          0,
        )
        io.stderr(
          `referral-lint: wrote the baseline "${command.baselineWrite}" (${plural(findings, 'finding')} in ${plural(entries.length, 'file')}); lint with --baseline ${command.baselineWrite} to report only new findings\n`,
        )
        for (const {file} of results) file.messages = []
      } else if (baseline !== undefined && command.baseline !== undefined) {
        const {removable} = await applyBaseline(results, baseline, command.baseline)
        const text = describeRemovable(removable, command.baseline)
        if (text) io.stderr(text)
      }
    },
  }
}

function plural(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`
}
