/**
 * Read one input, turning every failure into a one-line `UsageError` that
 * names the file but never quotes its content. `.docx` files are read with
 * mammoth (read-only: the file is never modified).
 */
import {readFile} from 'node:fs/promises'
import {extname} from 'node:path'
import {UsageError} from './errors.js'

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
): Promise<Input> {
  const name = path === '-' ? (stdinFilename ?? '<stdin>') : path
  let bytes: Uint8Array
  try {
    bytes = path === '-' ? await stdin() : await readFile(path)
  } catch (error) {
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : ''
    throw new UsageError(`cannot read "${name}": ${describeCode(code)}`)
  }
  const kind = kindOf(name)
  if (kind === 'docx') return {path, name, kind, value: await docxText(bytes, name)}
  return {path, name, kind, value: decode(bytes, name)}
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
async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  // Loaded only for .docx, so plain-text runs start fast.
  const mammoth = await import('mammoth')
  try {
    const result = await mammoth.extractRawText({buffer: Buffer.from(bytes)})
    return result.value.replace(/\n+$/, '\n')
  } catch {
    throw new UsageError(`cannot read "${name}": not a valid .docx file`)
  }
}

/** Read all of a stream, such as `process.stdin`. */
export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk)
  }
  return Buffer.concat(chunks)
}
