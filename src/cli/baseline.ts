/**
 * A baseline: the findings a template library already has, recorded so that
 * only new ones are reported. Each finding is kept as hashes of its rule,
 * its phrase and the words next to it (see `fingerprint.ts`), never a line
 * number, so edits elsewhere in a file keep it matched, and the baseline
 * holds no narrative text.
 *
 * Matching, per file: a finding whose phrase and context match an entry is
 * old; then a finding whose phrase alone matches a remaining entry is old
 * too (the words next to it were edited); anything left is new. Entries left
 * over are findings that were fixed: they can be removed from the baseline.
 */
import {readFile, stat} from 'node:fs/promises'
import {dirname, isAbsolute, relative, resolve, sep} from 'node:path'
import type {VFile} from 'vfile'
import {UsageError} from './errors.js'
import {findingKey, type FindingKey} from './fingerprint.js'
import {errorCode, writeFileAtomic} from './write-atomic.js'

/** The baseline file format's version. */
export const baselineVersion = 1

/** One recorded finding (or several identical ones). */
export interface BaselineEntry {
  readonly rule: string
  readonly phrase: string
  readonly context: string
  /** How many identical findings. @default 1 */
  readonly count: number
}

/** A baseline: entries by file, the file relative to the baseline's folder (`/` separators). */
export interface Baseline {
  readonly version: typeof baselineVersion
  readonly tool: 'referral-lint'
  readonly files: Readonly<Record<string, readonly BaselineEntry[]>>
}

/** A linted file, as the baseline sees it. */
export interface BaselineInput {
  readonly file: VFile
  /** Name as reported: the path as given, or the stdin name. */
  readonly name: string
}

/** Baselined findings that no longer occur, by file and rule. */
export interface Removable {
  readonly file: string
  readonly rule: string
  readonly count: number
}

/** What applying a baseline did. */
export interface BaselineOutcome {
  /** Findings hidden because the baseline has them. */
  readonly suppressed: number
  /** Entries whose findings no longer occur. */
  readonly removable: readonly Removable[]
}

/**
 * Read and check a baseline file.
 *
 * @throws {UsageError} When it is missing, unreadable or not a baseline; the
 *   message says how to make one.
 */
export async function readBaseline(path: string): Promise<Baseline> {
  const remake = `create it with --baseline-write ${path}`
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = errorCode(error)
    const reason = code === 'ENOENT' ? 'no such file' : code
    throw new UsageError(`cannot read the baseline "${path}": ${reason}; ${remake}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UsageError(`the baseline "${path}" is not valid JSON; ${remake}`)
  }
  const problem = checkBaseline(data)
  if (problem)
    throw new UsageError(`the baseline "${path}" is not a referral-lint baseline (${problem}); ${remake}`)
  return data as Baseline
}

function checkBaseline(data: unknown): string | undefined {
  if (!isRecord(data)) return 'not an object'
  if (data['version'] !== baselineVersion) return `version must be ${String(baselineVersion)}`
  if (!isRecord(data['files'])) return '`files` must be an object'
  for (const [name, entries] of Object.entries(data['files'])) {
    if (!Array.isArray(entries)) return `files["${name}"] must be a list`
    for (const entry of entries as unknown[]) {
      if (
        !isRecord(entry) ||
        typeof entry['rule'] !== 'string' ||
        typeof entry['phrase'] !== 'string' ||
        typeof entry['context'] !== 'string' ||
        !(Number.isSafeInteger(entry['count']) && (entry['count'] as number) > 0)
      ) {
        return `files["${name}"] has an entry without rule, phrase, context and a count of 1 or more`
      }
    }
  }
  return undefined
}

/** Record every finding of `inputs` (sorted, so the file diffs cleanly). */
export function createBaseline(inputs: readonly BaselineInput[], path: string): Baseline {
  const files: Record<string, BaselineEntry[]> = {}
  for (const {file, name} of inputs) {
    const counts = new Map<string, {key: FindingKey; count: number}>()
    for (const key of keysOf(file)) {
      const id = `${key.rule}\0${key.phrase}\0${key.context}`
      const seen = counts.get(id)
      if (seen) seen.count++
      else counts.set(id, {key, count: 1})
    }
    if (counts.size === 0) continue
    const entries = [...counts.values()]
      .map(({key, count}) => ({rule: key.rule, phrase: key.phrase, context: key.context, count}))
      .sort((a, b) => compare(a.rule, b.rule) || compare(a.phrase, b.phrase) || compare(a.context, b.context))
    const fileKey = keyOf(name, path)
    files[fileKey] = [...(files[fileKey] ?? []), ...entries]
  }
  const sorted: Record<string, BaselineEntry[]> = {}
  for (const name of Object.keys(files).sort(compare)) sorted[name] = files[name] ?? []
  return {version: baselineVersion, tool: 'referral-lint', files: sorted}
}

/**
 * Write a baseline atomically.
 *
 * @throws {UsageError} When it cannot be written.
 */
export async function writeBaseline(path: string, baseline: Baseline): Promise<void> {
  try {
    await writeFileAtomic(path, `${JSON.stringify(baseline, null, 2)}\n`)
  } catch (error) {
    throw new UsageError(`cannot write the baseline "${path}": ${errorCode(error)}`)
  }
}

/**
 * Drop the findings the baseline has from each file's messages, and list
 * the entries that matched nothing (in files linted now, or in files that
 * no longer exist).
 */
export async function applyBaseline(
  inputs: readonly BaselineInput[],
  baseline: Baseline,
  path: string,
): Promise<BaselineOutcome> {
  let suppressed = 0
  const removable: Removable[] = []
  const linted = new Set<string>()
  for (const {file, name} of inputs) {
    const fileKey = keyOf(name, path)
    linted.add(fileKey)
    const pool = (baseline.files[fileKey] ?? []).map((entry) => ({...entry, left: entry.count}))
    if (pool.length === 0) continue
    const keys = keysOf(file)
    const old = new Set<number>()
    // First the exact matches, then by phrase alone.
    for (const field of ['context', 'phrase'] as const) {
      for (const [index, key] of keys.entries()) {
        if (old.has(index)) continue
        const entry = pool.find(
          (item) => item.left > 0 && item.rule === key.rule && item[field] === key[field],
        )
        if (!entry) continue
        entry.left--
        old.add(index)
      }
    }
    suppressed += old.size
    file.messages = file.messages.filter((_, index) => !old.has(index))
    collect(removable, fileKey, pool)
  }
  // A file that is gone has nothing left to fix.
  for (const [fileKey, entries] of Object.entries(baseline.files)) {
    if (linted.has(fileKey) || fileKey.startsWith('<')) continue
    if (await exists(resolve(dirname(path), fileKey))) continue
    collect(
      removable,
      fileKey,
      entries.map((entry) => ({...entry, left: entry.count})),
    )
  }
  return {suppressed, removable}
}

/** Lines (for stderr) naming the baselined findings that no longer occur. */
export function describeRemovable(removable: readonly Removable[], path: string): string {
  if (removable.length === 0) return ''
  const total = removable.reduce((sum, item) => sum + item.count, 0)
  const lines = [
    `referral-lint: ${String(total)} ${total === 1 ? 'finding' : 'findings'} in the baseline "${path}" no longer ${total === 1 ? 'occurs' : 'occur'}; remove ${total === 1 ? 'it' : 'them'} with --baseline-write ${path}`,
    ...removable.map(({file, rule, count}) => `  ${file}: ${rule} (${String(count)})`),
  ]
  return `${lines.join('\n')}\n`
}

function collect(
  removable: Removable[],
  file: string,
  pool: readonly (BaselineEntry & {left: number})[],
): void {
  const byRule = new Map<string, number>()
  for (const entry of pool)
    if (entry.left > 0) byRule.set(entry.rule, (byRule.get(entry.rule) ?? 0) + entry.left)
  for (const [rule, count] of [...byRule].sort(([a], [b]) => compare(a, b)))
    removable.push({file, rule, count})
}

function keysOf(file: VFile): FindingKey[] {
  const text = typeof file.value === 'string' ? file.value : String(file.value)
  return file.messages.map((message) => findingKey(message, text))
}

/** A file's key: its path relative to the baseline's folder, with `/`; the stdin name as it is. */
function keyOf(name: string, path: string): string {
  if (name.startsWith('<')) return name
  const from = dirname(resolve(path))
  const target = isAbsolute(name) ? name : resolve(name)
  return relative(from, target).split(sep).join('/')
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
