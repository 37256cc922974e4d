/**
 * Streaming readers for `referral-lint audit`: JSONL and CSV exports are
 * read chunk by chunk and split into rows at the byte level, so a file is
 * never loaded whole, invalid UTF-8 is detected exactly (a text decoder
 * would silently replace it), and a broken row becomes a bad row with its
 * line number instead of ending the audit.
 */
import type {Readable} from 'node:stream'

/** The columns an audit reads from every row. */
export interface Columns {
  /** Column holding the narrative. */
  readonly field: string
  /** Column holding the row's id (optional). */
  readonly id?: string | undefined
  /** Column to group counts by, such as a team (optional). */
  readonly group?: string | undefined
  /** Column holding a date, for the trend (optional). */
  readonly date?: string | undefined
}

/** A row ready to lint. */
export interface GoodRow {
  readonly ok: true
  /** Line on which the row starts (1-based). */
  readonly line: number
  readonly text: string
  /** Id from the id column, or `line <n>`. */
  readonly id: string
  /** Value of the group column, or `(none)`. */
  readonly group: string | undefined
  /** Day (`YYYY-MM-DD`) from the date column, or `undefined`. */
  readonly day: string | undefined
}

/** A row that could not be linted, and why (never its text). */
export interface BadRow {
  readonly ok: false
  readonly line: number
  readonly reason: BadReason
}

/** Why a row was not linted. */
export type BadReason =
  | 'invalid JSON'
  | 'not a JSON object'
  | 'missing field'
  | 'field is not text'
  | 'binary (NUL or control bytes)'
  | 'invalid UTF-8'
  | 'row too long'
  | 'unterminated quote'
  | 'over the time limit'
  | 'lint failed'

/** A row read from an export. */
export type Row = GoodRow | BadRow

/**
 * Longest row read, in bytes, unless `--max-size` says otherwise; longer
 * rows are skipped as bad rows so that memory stays bounded whatever the
 * input (the same limit as one file of the CLI).
 *
 * @default 1 MiB
 */
export const maxRowBytes = 1024 * 1024

const maxLabel = 80
const strict = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
const lenient = new TextDecoder('utf-8', {ignoreBOM: true})
// C0 controls other than tab, line feed, vertical tab, form feed and carriage return.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const binary = /[\u0000-\u0008\u000e-\u001f\u007f]/

/**
 * Rows of a JSONL export, one per non-blank line.
 *
 * @param stream - The file's bytes.
 * @param columns - Columns to read.
 */
export async function* jsonlRows(
  stream: Readable,
  columns: Columns,
  maxBytes: number = maxRowBytes,
): AsyncGenerator<Row> {
  let line = 0
  for await (const bytes of splitLines(stream, maxBytes)) {
    line++
    if (bytes === tooLong) {
      yield {ok: false, line, reason: 'row too long'}
      continue
    }
    const content = line === 1 ? stripBom(bytes) : bytes
    if (isBlank(content)) continue
    yield jsonRow(content, line, columns)
  }
}

/** Bytes as strict UTF-8 text, or why they are not text (a NUL byte, or invalid UTF-8). */
function decodeText(bytes: Buffer): string | {readonly reason: BadReason} {
  if (bytes.includes(0)) return {reason: 'binary (NUL or control bytes)'}
  try {
    return strict.decode(bytes)
  } catch {
    return {reason: 'invalid UTF-8'}
  }
}

function jsonRow(bytes: Buffer, line: number, columns: Columns): Row {
  const source = decodeText(bytes)
  if (typeof source !== 'string') return {ok: false, line, ...source}
  let value: unknown
  try {
    value = JSON.parse(source)
  } catch {
    return {ok: false, line, reason: 'invalid JSON'}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {ok: false, line, reason: 'not a JSON object'}
  }
  const record = value as Record<string, unknown>
  const text = record[columns.field]
  if (text === undefined || text === null) return {ok: false, line, reason: 'missing field'}
  if (typeof text !== 'string') return {ok: false, line, reason: 'field is not text'}
  if (binary.test(text)) return {ok: false, line, reason: 'binary (NUL or control bytes)'}
  return {
    ok: true,
    line,
    text,
    id: label(columns.id === undefined ? undefined : record[columns.id]) ?? `line ${line}`,
    group: columns.group === undefined ? undefined : (label(record[columns.group]) ?? '(none)'),
    day: columns.date === undefined ? undefined : toDay(record[columns.date]),
  }
}

/**
 * Rows of a CSV export (RFC 4180: a header row, fields separated by commas,
 * quoted fields may hold commas, doubled quotes and line breaks).
 *
 * @param stream - The file's bytes.
 * @param columns - Columns to read.
 * @throws {MissingColumnError} When the header lacks the narrative column.
 */
export async function* csvRows(
  stream: Readable,
  columns: Columns,
  maxBytes: number = maxRowBytes,
): AsyncGenerator<Row> {
  const parser = new CsvParser(maxBytes)
  let header: string[] | undefined
  let indexes: {field: number; id: number; group: number; date: number} | undefined
  for await (const chunk of chunks(stream)) {
    for (const record of chunk === undefined ? parser.end() : parser.push(chunk)) {
      if (record.fields.length === 1 && record.fields[0]?.length === 0 && !record.tooLong) continue
      if (!header) {
        header = record.fields.map((field, index) =>
          lenient.decode(index === 0 ? stripBom(field) : field).trim(),
        )
        const find = (name: string | undefined): number => (name === undefined ? -1 : header!.indexOf(name))
        indexes = {
          field: find(columns.field),
          id: find(columns.id),
          group: find(columns.group),
          date: find(columns.date),
        }
        if (indexes.field === -1) throw new MissingColumnError(columns.field)
        // A misspelt --id, --group or --date would silently count every row as "(none)" or undated.
        for (const key of ['id', 'group', 'date'] as const) {
          const name = columns[key]
          if (name !== undefined && indexes[key] === -1) throw new MissingColumnError(name)
        }
        continue
      }
      yield csvRow(record, indexes!, columns)
    }
  }
}

function csvRow(
  record: CsvRecord,
  indexes: {field: number; id: number; group: number; date: number},
  columns: Columns,
): Row {
  const line = record.line
  if (record.unterminated) return {ok: false, line, reason: 'unterminated quote'}
  if (record.tooLong) return {ok: false, line, reason: 'row too long'}
  const bytes = record.fields[indexes.field]
  if (bytes === undefined) return {ok: false, line, reason: 'missing field'}
  const text = decodeText(bytes)
  if (typeof text !== 'string') return {ok: false, line, ...text}
  if (binary.test(text)) return {ok: false, line, reason: 'binary (NUL or control bytes)'}
  const cell = (index: number): string | undefined => {
    const value = index === -1 ? undefined : record.fields[index]
    return value === undefined ? undefined : lenient.decode(value)
  }
  return {
    ok: true,
    line,
    text,
    id: label(cell(indexes.id)) ?? `line ${line}`,
    group: columns.group === undefined ? undefined : (label(cell(indexes.group)) ?? '(none)'),
    day: columns.date === undefined ? undefined : toDay(cell(indexes.date)),
  }
}

/** The narrative column is not in the CSV header. */
export class MissingColumnError extends Error {
  override name = 'MissingColumnError'
  constructor(readonly column: string) {
    super(`column \`${column}\` is not in the CSV header`)
  }
}

/** One CSV record: its fields as bytes, and the line it starts on. */
export interface CsvRecord {
  readonly line: number
  readonly fields: Buffer[]
  /** The record was longer than `maxRowBytes`; its fields were dropped. */
  readonly tooLong: boolean
  /** The file ended inside a quoted field: a quote was never closed. */
  readonly unterminated?: boolean
}

const quote = 0x22
const comma = 0x2c
const lineFeed = 0x0a
const carriageReturn = 0x0d

/**
 * A push parser for CSV bytes. Every delimiter is ASCII and UTF-8 never
 * uses ASCII bytes inside a multi-byte character, so bytes can be split
 * before they are decoded.
 */
export class CsvParser {
  private fields: Buffer[] = []
  private parts: Buffer[] = []
  private size = 0
  private tooLong = false
  /** 0 at a field's start, 1 unquoted, 2 quoted, 3 just after a quote inside a quoted field. */
  private state: 0 | 1 | 2 | 3 = 0
  private line = 1
  private recordLine = 1

  /** @param maxBytes - Longest record, in bytes. */
  constructor(private readonly maxBytes: number = maxRowBytes) {}

  /** Parse a chunk; returns the records it completes. */
  push(chunk: Buffer): CsvRecord[] {
    const records: CsvRecord[] = []
    let start = 0
    let index = 0
    while (index < chunk.length) {
      if (this.state === 2) {
        const next = chunk.indexOf(quote, index)
        const end = next === -1 ? chunk.length : next
        this.countLines(chunk, index, end)
        this.append(chunk.subarray(start, end))
        if (next === -1) return records
        this.state = 3
        index = next + 1
        start = index
        continue
      }
      const byte = chunk[index]
      if (this.state === 3) {
        if (byte === quote) {
          // A doubled quote: keep one, stay inside the quoted field.
          this.state = 2
          start = index
          index++
          continue
        }
        // Lenient: text after a closing quote continues the field.
        this.state = 1
      }
      if (byte === quote && this.state === 0) {
        this.state = 2
        index++
        start = index
      } else if (byte === comma) {
        this.append(chunk.subarray(start, index))
        this.endField()
        index++
        start = index
      } else if (byte === lineFeed) {
        this.append(chunk.subarray(start, index))
        this.endField(true)
        records.push(this.endRecord())
        this.line++
        index++
        start = index
        this.recordLine = this.line
      } else {
        this.state = 1
        index++
      }
    }
    // The rest of the chunk belongs to the current field (a doubled quote may end it).
    this.append(chunk.subarray(start, index))
    return records
  }

  /** End of input: returns the last record, if any. */
  end(): CsvRecord[] {
    if (this.state === 0 && this.fields.length === 0 && this.size === 0) return []
    // Still inside quotes at the end: every row after the opening quote was
    // read into one field. Report it where the record started.
    const unterminated = this.state === 2
    this.endField(true)
    const record = this.endRecord()
    return [unterminated ? {...record, unterminated: true} : record]
  }

  private countLines(chunk: Buffer, from: number, to: number): void {
    let at = chunk.indexOf(lineFeed, from)
    while (at !== -1 && at < to) {
      this.line++
      at = chunk.indexOf(lineFeed, at + 1)
    }
  }

  private append(bytes: Buffer): void {
    if (bytes.length === 0) return
    this.size += bytes.length
    if (this.size > this.maxBytes) {
      this.tooLong = true
      this.parts = []
      this.fields = []
      return
    }
    if (!this.tooLong) this.parts.push(Buffer.from(bytes))
  }

  private endField(lastInRecord = false): void {
    let field = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts)
    // An unquoted field at the end of a CRLF line ends with the CR.
    if (lastInRecord && this.state !== 3 && field.at(-1) === carriageReturn) field = field.subarray(0, -1)
    if (!this.tooLong) this.fields.push(field)
    this.parts = []
    this.state = 0
  }

  private endRecord(): CsvRecord {
    const record = {line: this.recordLine, fields: this.fields, tooLong: this.tooLong}
    this.fields = []
    this.size = 0
    this.tooLong = false
    return record
  }
}

const tooLong = Symbol('too long')

/** Split bytes into lines (without `\n` or a final `\r`); longer than `maxRowBytes` yields `tooLong`. */
async function* splitLines(stream: Readable, maxBytes: number): AsyncGenerator<Buffer | typeof tooLong> {
  let parts: Buffer[] = []
  let size = 0
  let overflow = false
  for await (const chunk of chunks(stream)) {
    if (chunk === undefined) {
      if (overflow) yield tooLong
      else if (size > 0) yield trimCr(Buffer.concat(parts))
      return
    }
    let start = 0
    let next = chunk.indexOf(lineFeed)
    while (next !== -1) {
      if (overflow || size + next - start > maxBytes) yield tooLong
      else
        yield trimCr(
          parts.length === 0
            ? chunk.subarray(start, next)
            : Buffer.concat([...parts, chunk.subarray(start, next)]),
        )
      parts = []
      size = 0
      overflow = false
      start = next + 1
      next = chunk.indexOf(lineFeed, start)
    }
    const rest = chunk.subarray(start)
    size += rest.length
    if (size > maxBytes) {
      overflow = true
      parts = []
    } else if (rest.length > 0) parts.push(Buffer.from(rest))
  }
}

/** A stream's chunks as buffers, then `undefined` once at the end. */
async function* chunks(stream: Readable): AsyncGenerator<Buffer | undefined> {
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk
  }
  yield undefined
}

function trimCr(bytes: Buffer): Buffer {
  return bytes.at(-1) === carriageReturn ? bytes.subarray(0, -1) : bytes
}

function stripBom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== carriageReturn) return false
  return true
}

/** A short, single-line label from an id or group cell. */
function label(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  if (typeof value !== 'string') return undefined
  // eslint-disable-next-line no-control-regex -- collapse line breaks and controls in a label
  const clean = value.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim()
  if (clean === '') return undefined
  return clean.length > maxLabel ? `${clean.slice(0, maxLabel - 1)}…` : clean
}

/** `YYYY-MM-DD` from a date cell, or `undefined`. */
export function toDay(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return isoDay(new Date(value))
  if (typeof value !== 'string') return undefined
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (iso) return isoDay(new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))))
  const uk = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(value)
  if (uk) return isoDay(new Date(Date.UTC(Number(uk[3]), Number(uk[2]) - 1, Number(uk[1]))))
  return undefined
}

function isoDay(date: Date): string | undefined {
  const time = date.getTime()
  if (!Number.isFinite(time)) return undefined
  const year = date.getUTCFullYear()
  if (year < 1900 || year > 2200) return undefined
  return date.toISOString().slice(0, 10)
}
