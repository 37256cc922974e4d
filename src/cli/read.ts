/**
 * Read one input as UTF-8 text, turning every failure into a one-line
 * `UsageError` that names the file but never quotes its content.
 */
import {readFile} from 'node:fs/promises'
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

/**
 * Read a file (`-` for stdin) and decode it as UTF-8.
 *
 * @throws {UsageError} When the file is missing, a directory, unreadable,
 *   binary (contains NUL bytes) or not valid UTF-8.
 */
export async function readInput(path: string, stdin: () => Promise<Uint8Array>): Promise<string> {
  const name = path === '-' ? '<stdin>' : path
  let bytes: Uint8Array
  try {
    bytes = path === '-' ? await stdin() : await readFile(path)
  } catch (error) {
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : ''
    throw new UsageError(`cannot read "${name}": ${reasons[code] ?? (code || 'unknown error')}`)
  }
  return decode(bytes, name)
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

/** Read all of a stream, such as `process.stdin`. */
export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk)
  }
  return Buffer.concat(chunks)
}
