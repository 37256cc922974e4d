/**
 * Write a file atomically: the text goes to a temporary file in the same
 * folder, which is then renamed over the target, so a reader sees the old
 * file or the new one, never half of one. The temporary file is removed
 * when anything fails.
 */
import {randomBytes} from 'node:crypto'
import {rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import process from 'node:process'

/**
 * Write `text` to `path` atomically.
 *
 * @throws The system error of the write or the rename (the target is unchanged).
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${String(process.pid)}-${randomBytes(4).toString('hex')}.tmp`,
  )
  try {
    await writeFile(temporary, text, {flag: 'wx'})
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

/** The system error code of an error, or `'unknown error'`. */
export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : 'unknown error'
}
