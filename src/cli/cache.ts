/**
 * `--cache`: remember each file's findings, keyed by a hash of its text, a
 * hash of the options it was linted with (config, packs, preset, the rule
 * data) and the referral-lint version, and skip linting a file whose three
 * keys are unchanged. The findings are stored so a skipped file is still
 * reported exactly as before.
 *
 * The cache file is written atomically (temporary file, then rename). A
 * cache that cannot be read or parsed is ignored with a one-line warning
 * and rewritten. It holds the flagged phrases (as reports do), never the
 * text around them.
 */
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Coverage, Options} from '../types.js'
import type {DirectiveReport} from '../config/index.js'
import {hash} from './fingerprint.js'
import type {Input} from './read.js'
import {errorCode, writeFileAtomic} from './write-atomic.js'

/** The cache file's format version. */
const formatVersion = 1

/** Fields of a message that are stored (everything a report or fix reads). */
const messageFields = [
  'reason',
  'ruleId',
  'source',
  'category',
  'fatal',
  'place',
  'actual',
  'expected',
  'note',
  'url',
  'fix',
] as const

type StoredMessage = Partial<Record<(typeof messageFields)[number], unknown>> & {reason: string}

interface StoredFile {
  readonly messages: readonly StoredMessage[]
  readonly coverage?: Coverage
  readonly directives?: DirectiveReport
}

interface Entry {
  /** Hash of the input's kind and text. */
  readonly content: string
  /** Hash of the options. */
  readonly config: string
  readonly result: StoredFile
}

interface CacheFile {
  readonly version: typeof formatVersion
  /** referral-lint version and a hash of the bundled rule data. */
  readonly tool: string
  readonly entries: Record<string, Entry>
}

/** A cache for one run. */
export class LintCache {
  /** Files linted in this run (not found in the cache). */
  linted = 0
  /** Files whose stored findings were used. */
  reused = 0
  private readonly entries: Record<string, Entry>
  private readonly optionHashes = new WeakMap<Options, string>()
  private readonly pending: {key: string; entry: Entry}[] = []

  private constructor(
    private readonly location: string,
    private readonly tool: string,
    entries: Record<string, Entry>,
  ) {
    this.entries = entries
  }

  /**
   * Open the cache at `location`. A missing cache is empty; an unreadable
   * or corrupt one is empty too, after a warning through `warn`.
   *
   * @param tool - What must match for any entry to count: the version and the rule data.
   */
  static async open(location: string, tool: string, warn: (line: string) => void): Promise<LintCache> {
    let text: string | undefined
    try {
      text = await readFile(location, 'utf8')
    } catch (error) {
      const code = errorCode(error)
      if (code !== 'ENOENT') warn(`cannot read the cache "${location}" (${code}); linting every file`)
    }
    let entries: Record<string, Entry> = {}
    if (text !== undefined) {
      const data = parse(text)
      if (data === undefined) {
        warn(
          `ignoring the cache "${location}": it is corrupt (not a referral-lint cache); it will be rewritten`,
        )
      } else if (data.tool === tool) {
        entries = data.entries
      }
    }
    return new LintCache(location, tool, entries)
  }

  /**
   * The findings of `input` under `options`: from the cache when its text
   * and options are unchanged, else from `lint` (and remembered).
   */
  async lint(input: Input, options: Options, lint: () => VFile | Promise<VFile>): Promise<VFile> {
    if (input.path === '-') return lint()
    const key = resolve(input.path)
    const content = hash(`${input.kind}\0${input.value}`)
    const config = this.hashOptions(options)
    const entry = this.entries[key]
    if (entry && entry.content === content && entry.config === config) {
      this.reused++
      return restore(entry.result, input)
    }
    this.linted++
    const file = await lint()
    // Stored as linted: the command adds and changes messages afterwards (unused directives, fixes).
    this.pending.push({key, entry: {content, config, result: store(file)}})
    return file
  }

  /**
   * Write the cache atomically; a failure is a warning, as the report is
   * still right.
   */
  async save(warn: (line: string) => void): Promise<void> {
    for (const {key, entry} of this.pending) this.entries[key] = entry
    const data: CacheFile = {version: formatVersion, tool: this.tool, entries: this.entries}
    try {
      await writeFileAtomic(this.location, JSON.stringify(data))
    } catch (error) {
      warn(`cannot write the cache "${this.location}" (${errorCode(error)}); the next run lints every file`)
    }
  }

  private hashOptions(options: Options): string {
    let value = this.optionHashes.get(options)
    if (value === undefined) {
      value = hash(stableJson(options))
      this.optionHashes.set(options, value)
    }
    return value
  }
}

/** What must match for any cache entry to count: the version and the bundled rule data. */
export function toolKey(version: string, rules: unknown): string {
  return `${version}+${hash(stableJson(rules))}`
}

function parse(text: string): CacheFile | undefined {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!isRecord(data) || data['version'] !== formatVersion || typeof data['tool'] !== 'string')
    return undefined
  const entries = data['entries']
  if (!isRecord(entries)) return undefined
  for (const entry of Object.values(entries)) {
    if (
      !isRecord(entry) ||
      typeof entry['content'] !== 'string' ||
      typeof entry['config'] !== 'string' ||
      !isRecord(entry['result']) ||
      !Array.isArray(entry['result']['messages']) ||
      !(entry['result']['messages'] as unknown[]).every(
        (message) => isRecord(message) && typeof message['reason'] === 'string',
      )
    ) {
      return undefined
    }
  }
  return data as unknown as CacheFile
}

function store(file: VFile): StoredFile {
  const messages = file.messages.map((message) => {
    const stored: Record<string, unknown> = {}
    for (const field of messageFields) {
      const value = message[field as keyof VFileMessage]
      if (value !== undefined && value !== null) stored[field] = value
    }
    return stored as StoredMessage
  })
  // Reading `coverage` computes it when it was left for later.
  const {coverage, directives} = file.data
  return {messages, ...(coverage ? {coverage} : {}), ...(directives ? {directives} : {})}
}

function restore(stored: StoredFile, input: Input): VFile {
  const path = input.path === '-' ? undefined : input.path
  const file = new VFile({value: input.value, ...(path === undefined ? {} : {path})})
  for (const {reason, place, ruleId, source, ...rest} of stored.messages) {
    const message = new VFileMessage(reason, {
      ...(place ? {place: place as never} : {}),
      ...(typeof ruleId === 'string' ? {ruleId} : {}),
      ...(typeof source === 'string' ? {source} : {}),
    })
    message.file = file.path ?? ''
    Object.assign(message, rest)
    file.messages.push(message)
  }
  if (stored.coverage) file.data.coverage = stored.coverage
  if (stored.directives) file.data.directives = stored.directives
  return file
}

/** JSON with sorted keys, so equal options always hash the same. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) => {
    if (item instanceof Date) return item.toISOString()
    if (!isRecord(item)) return item
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(item).sort()) sorted[key] = item[key]
    return sorted
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
