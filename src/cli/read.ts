/**
 * Read one input, turning every failure into a one-line `UsageError` that
 * names the file but never quotes its content. `.docx` files are read with
 * mammoth (read-only: the file is never modified).
 */
import {createHash} from 'node:crypto'
import {open} from 'node:fs/promises'
import {extname} from 'node:path'
import {UsageError} from './errors.js'

/** A file over a limit: reported for that file, other files still linted. */
export class FileLimitError extends Error {
  override name = 'FileLimitError'
}

/** Largest input read, in bytes, unless `--max-size` says otherwise. */
export const defaultMaxSize = 1024 * 1024

const decoder = new TextDecoder('utf-8', {fatal: true})

/** Why a file could not be read, from its system error code. */
const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, give a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
}

/** A reason for a system error code. */
export function describeCode(code: string): string {
  return reasons[code] ?? (code || 'unknown error')
}

/** How an input is parsed. */
export type InputKind = 'text' | 'markdown' | 'html' | 'docx'

/** The kind of input a file name stands for; anything unknown is plain text. */
export function kindOf(name: string): InputKind {
  const ext = extname(name).toLowerCase()
  if (ext === '.md' || ext === '.markdown' || ext === '.mdx') return 'markdown'
  if (ext === '.html' || ext === '.htm') return 'html'
  if (ext === '.docx') return 'docx'
  return 'text'
}

/** One input, read. */
export interface Input {
  /** Path as given, or `-`. */
  readonly path: string
  /** Name shown in reports. */
  readonly name: string
  readonly kind: InputKind
  /** Text to lint (for `.docx`, the paragraphs joined by blank lines). */
  readonly value: string
  /** Whether the file began with a UTF-8 byte order mark (kept by `--fix`). */
  readonly bom?: boolean
  /** SHA-256 of the bytes read, so `--fix` can tell whether the file changed since. */
  readonly digest?: string
}

/**
 * Read a file (`-` for stdin) and decode it.
 *
 * @throws {UsageError} When the file is missing, a directory, unreadable,
 *   binary (contains NUL bytes), not valid UTF-8, or not a valid `.docx`.
 */
export async function readInput(
  path: string,
  stdin: () => Promise<Uint8Array>,
  stdinFilename?: string,
  maxSize: number = defaultMaxSize,
): Promise<Input> {
  const name = path === '-' ? (stdinFilename ?? '<stdin>') : path
  let bytes: Uint8Array
  try {
    bytes = path === '-' ? await stdin() : await readBounded(path, name, maxSize)
  } catch (error) {
    if (error instanceof UsageError || error instanceof FileLimitError) throw error
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : ''
    throw new UsageError(`cannot read "${name}": ${describeCode(code)}`)
  }
  if (bytes.length > maxSize) throw overSize(name, maxSize)
  const kind = kindOf(name)
  const digest = createHash('sha256').update(bytes).digest('hex')
  if (kind === 'docx') return {path, name, kind, value: await docxText(bytes, name, maxSize), digest}
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return {path, name, kind, value: decode(bytes, name), bom, digest}
}

function overSize(name: string, maxSize: number): FileLimitError {
  return new FileLimitError(
    `"${name}" is over the size limit of ${String(maxSize)} bytes; split it or raise --max-size`,
  )
}

/**
 * Read a regular file of at most `maxSize` bytes (one more is read, to tell
 * that it is over). Devices, pipes and sockets are refused: `/dev/zero`
 * would be read forever.
 */
async function readBounded(path: string, name: string, maxSize: number): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const stats = await handle.stat()
    if (stats.isDirectory()) throw new UsageError(`cannot read "${name}": is a directory, give a file`)
    if (!stats.isFile()) {
      throw new UsageError(
        `cannot read "${name}": not a regular file (a device, pipe or socket); give a file`,
      )
    }
    if (stats.size > maxSize) throw overSize(name, maxSize)
    const buffer = Buffer.alloc(Math.min(maxSize + 1, Math.max(stats.size + 1, 1)))
    let length = 0
    for (;;) {
      const {bytesRead} = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
      if (length === buffer.length) {
        if (length > maxSize) throw overSize(name, maxSize)
        break
      }
    }
    return buffer.subarray(0, length)
  } finally {
    await handle.close()
  }
}

/**
 * Decode bytes as UTF-8 text; a leading byte order mark is dropped.
 *
 * @throws {UsageError} When the bytes hold a NUL byte or are not valid UTF-8.
 */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new UsageError(`cannot read "${name}": binary file, give UTF-8 text`)
  try {
    return decoder.decode(bytes)
  } catch {
    throw new UsageError(`cannot read "${name}": not valid UTF-8 text`)
  }
}

/** The text of a `.docx`: one paragraph per block, blocks separated by a blank line. */
async function docxText(bytes: Uint8Array, name: string, maxSize: number): Promise<string> {
  // Checked before unzipping: a small zip can hold gigabytes (a zip bomb).
  const unpacked = zipUnpackedSize(bytes)
  if (unpacked === undefined) throw new UsageError(`cannot read "${name}": not a valid .docx file`)
  const maxUnpacked = maxSize * docxExpansion
  if (unpacked > maxUnpacked) {
    throw new FileLimitError(
      `"${name}" unpacks to ${String(unpacked)} bytes, over the limit of ${String(maxUnpacked)} (${String(docxExpansion)} × --max-size); split it or raise --max-size`,
    )
  }
  // Loaded only for .docx, so plain-text runs start fast.
  const mammoth = await import('mammoth')
  let text: string
  try {
    const result = await mammoth.extractRawText({buffer: Buffer.from(bytes)})
    text = result.value.replace(/\n+$/, '\n')
  } catch {
    throw new UsageError(`cannot read "${name}": not a valid .docx file`)
  }
  return text
}

/** How much larger than `--max-size` the unpacked parts of a `.docx` may be. */
export const docxExpansion = 16

/**
 * The sum of the unpacked sizes a zip's central directory declares, or
 * undefined when it is not a readable zip (ZIP64 included: refused, as no
 * `.docx` within the limits needs it).
 */
export function zipUnpackedSize(bytes: Uint8Array): number | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let end = -1
  for (let at = view.length - 22; at >= Math.max(0, view.length - 22 - 0xffff); at--) {
    if (view.readUInt32LE(at) === 0x06054b50) {
      end = at
      break
    }
  }
  if (end === -1) return undefined
  const entries = view.readUInt16LE(end + 10)
  const size = view.readUInt32LE(end + 12)
  let at = view.readUInt32LE(end + 16)
  if (entries === 0xffff || size === 0xffffffff || at === 0xffffffff || at + size > end) return undefined
  let total = 0
  for (let index = 0; index < entries; index++) {
    if (at + 46 > end || view.readUInt32LE(at) !== 0x02014b50) return undefined
    const unpacked = view.readUInt32LE(at + 24)
    if (unpacked === 0xffffffff) return undefined
    total += unpacked
    at += 46 + view.readUInt16LE(at + 28) + view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32)
  }
  return total
}

/**
 * Read all of a stream, such as `process.stdin`, stopping once it holds
 * more than `limit` bytes (the caller then reports it as over the limit).
 */
export async function readAll(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number = defaultMaxSize,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk
    chunks.push(bytes)
    size += bytes.length
    if (size > limit) break
  }
  return Buffer.concat(chunks)
}
