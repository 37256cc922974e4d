/**
 * Load the compiled bundled rules that the build wrote next to the CLI
 * (`dist/compiled-rules.bin`, made by scripts/build-snapshot.ts), so a run
 * does not spend a second compiling them (src/engine/snapshot.ts).
 *
 * The file is the snapshot as JSON, except its number tables (each
 * index's first-word and pair lists, and the nodes, slots and entries they
 * name: about 800,000 numbers), which follow as little-endian 32-bit
 * integers and are read in place: parsing them as JSON took longer than
 * the rest of a short run.
 *
 * The snapshot is used only when its fingerprint equals that of the rules
 * this process has; anything else (no file, another version, edited rules,
 * a broken file) means the rules are compiled as usual, so a snapshot can
 * make a run faster but never change a finding. Running from source finds
 * no snapshot, as there is none next to src/cli/.
 */
import {createHash} from 'node:crypto'
import {readFileSync, writeFileSync} from 'node:fs'
import {endianness} from 'node:os'
import {fileURLToPath} from 'node:url'
import type {Rows} from '../engine/phrase-index.js'
import {reviveRules, snapshotFormat, type RulesSnapshot} from '../engine/snapshot.js'
import type {RuleSpec, Vocabulary} from '../types.js'

/** The snapshot's file name, next to the built CLI. */
export const snapshotFile = 'compiled-rules.bin'

/** The file's first four bytes: "RLS" and the file layout's version. */
const magic = 0x02534c52

/** A number table in the JSON part: where it is in the integers that follow. */
interface TableRef {
  readonly at: number
  readonly length: number
}

/** Write `snapshot` in the file layout `readSnapshot` reads. */
export function writeSnapshot(snapshot: RulesSnapshot, file: string): void {
  const numbers: number[] = []
  const ref = (table: ArrayLike<number>): TableRef => {
    const at = numbers.length
    for (let i = 0; i < table.length; i++) numbers.push(table[i] ?? 0)
    return {at, length: table.length}
  }
  const rows = (table: Rows): {at: TableRef; cells: TableRef} => ({
    at: ref(table.at),
    cells: ref(table.cells),
  })
  const {nodes, slots, entries} = snapshot.tables
  const tables = {
    ...snapshot.tables,
    nodes: rows(nodes),
    slots: rows(slots),
    entries: rows(entries),
    indexes: snapshot.tables.indexes.map((index) => ({
      ...index,
      first: ref(index.first),
      pair: ref(index.pair),
    })),
  }
  const json = Buffer.from(JSON.stringify({...snapshot, tables}))
  const padded = Math.ceil(json.length / 4) * 4
  const out = Buffer.alloc(8 + padded + 4 * numbers.length)
  out.writeUInt32LE(magic, 0)
  out.writeUInt32LE(json.length, 4)
  json.copy(out, 8)
  numbers.forEach((value, i) => out.writeInt32LE(value, 8 + padded + 4 * i))
  writeFileSync(file, out)
}

/** Read a file written by `writeSnapshot`; throws if it is not one. */
export function readSnapshot(file: string): RulesSnapshot {
  // The integers are read as this machine's order; a big-endian one compiles instead.
  if (endianness() !== 'LE') throw new Error('big-endian')
  const bytes = readFileSync(file)
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== magic) throw new Error('not a snapshot file')
  const length = bytes.readUInt32LE(4)
  const padded = Math.ceil(length / 4) * 4
  if (8 + padded > bytes.length || (bytes.length - 8 - padded) % 4 !== 0) throw new Error('truncated')
  const parsed = JSON.parse(bytes.toString('utf8', 8, 8 + length)) as RulesSnapshot
  // The integers are read in place where the buffer is aligned for them (a
  // file read is), else copied.
  const start = bytes.byteOffset + 8 + padded
  const count = (bytes.length - 8 - padded) / 4
  const numbers =
    start % 4 === 0
      ? new Int32Array(bytes.buffer, start, count)
      : new Int32Array(bytes.buffer.slice(start, start + 4 * count))
  const table = (value: unknown): Int32Array => {
    const {at, length: size} = value as TableRef
    if (!(at >= 0 && size >= 0 && at + size <= count)) throw new Error('bad table')
    return numbers.subarray(at, at + size)
  }
  const rows = (value: unknown): Rows => {
    const {at, cells} = value as {at: unknown; cells: unknown}
    return {at: table(at), cells: table(cells)}
  }
  const indexes = parsed.tables.indexes.map((index) => ({
    ...index,
    first: table(index.first),
    pair: table(index.pair),
  }))
  const {nodes, slots, entries} = parsed.tables
  return {
    ...parsed,
    tables: {...parsed.tables, nodes: rows(nodes), slots: rows(slots), entries: rows(entries), indexes},
  }
}

/**
 * A fingerprint of what compiling depends on: each rule's id, target,
 * phrases, guards and conditions, the shared vocabulary, and the format.
 */
export function rulesFingerprint(rules: readonly RuleSpec[], vocabulary: Vocabulary): string {
  const compiled = rules.map(({id, target, phrases, guards, unless}) => [id, target, phrases, guards, unless])
  return createHash('sha256')
    .update(JSON.stringify([snapshotFormat, compiled, vocabulary]))
    .digest('hex')
}

const loaded = new WeakSet<readonly RuleSpec[]>()

/**
 * Load the snapshot for the bundled `rules` (once per process: a later call
 * for the same rules returns true at once). Returns whether it is in use.
 */
export function loadSnapshot(
  rules: readonly RuleSpec[],
  vocabulary: Vocabulary,
  file: string = fileURLToPath(new URL(`./${snapshotFile}`, import.meta.url)),
): boolean {
  if (loaded.has(rules)) return true
  let snapshot: RulesSnapshot
  try {
    snapshot = readSnapshot(file)
  } catch {
    return false
  }
  if (snapshot.fingerprint !== rulesFingerprint(rules, vocabulary)) return false
  if (!reviveRules(rules, vocabulary, snapshot)) return false
  loaded.add(rules)
  return true
}
