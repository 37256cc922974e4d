/**
 * `--fix` and `--fix-dry-run`: apply the literal fixes messages carry.
 *
 * Writes are atomic: the new text goes to a temporary file in the same
 * directory, which is then renamed over the original, so a failure never
 * leaves a half-written or lost file. A file that needs no change is never
 * touched, and a read-only file is refused before anything is written.
 */
import {randomBytes} from 'node:crypto'
import {constants} from 'node:fs'
import {access, chmod, open, rename, rm, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {UsageError} from './errors.js'
import {describeCode} from './read.js'

/** Apply every non-overlapping fix (earliest first); `undefined` when nothing changes. */
export function applyFixes(
  text: string,
  messages: readonly VFileMessage[],
): {text: string; fixed: Set<VFileMessage>} | undefined {
  const fixes = messages
    .filter((message) => message.fix)
    .sort((a, b) => (a.fix?.range[0] ?? 0) - (b.fix?.range[0] ?? 0))
  const fixed = new Set<VFileMessage>()
  let result = ''
  let last = 0
  for (const message of fixes) {
    const {range, text: replacement} = message.fix ?? {range: [0, 0], text: ''}
    const [start, end] = range
    if (start < last || end > text.length) continue
    result += text.slice(last, start) + replacement
    last = end
    fixed.add(message)
  }
  result += text.slice(last)
  return result === text ? undefined : {text: result, fixed}
}

/**
 * Write `text` to `path` atomically, keeping the file's mode.
 *
 * @throws {UsageError} When the file is read-only or the write fails; the
 *   original is left as it was.
 */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const mode = await writableMode(path)
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temporary, 'wx', mode)
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await chmod(temporary, mode)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw new UsageError(`cannot fix "${path}": ${describeCode(codeOf(error))}; nothing was changed`)
  }
}

/**
 * The mode of a file that may be fixed.
 *
 * @throws {UsageError} When the file is gone or read-only. Checked on the
 *   mode bits as well as by the system, so a read-only file is refused even
 *   for a user (such as root) whom the system would let write.
 */
export async function writableMode(path: string): Promise<number> {
  let mode: number
  try {
    mode = (await stat(path)).mode & 0o7777
    await access(path, constants.W_OK)
  } catch (error) {
    throw new UsageError(`cannot fix "${path}": ${describeCode(codeOf(error))}; nothing was changed`)
  }
  if ((mode & 0o222) === 0)
    throw new UsageError(`cannot fix "${path}": the file is read-only; nothing was changed`)
  return mode
}

/**
 * A unified diff of two texts, in hunks with three lines of context. Lines
 * are compared after trimming a common head and tail, then by an LCS over
 * the middle (fixes change few lines).
 */
export function unifiedDiff(name: string, before: string, after: string): string {
  const a = before.split('\n')
  const b = after.split('\n')
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  // Edit script over the middle: ' ' keep, '-' remove, '+' add.
  const ops: {op: ' ' | '-' | '+'; line: string}[] = []
  for (let i = 0; i < head; i++) ops.push({op: ' ', line: a[i] ?? ''})
  ops.push(...lcsOps(midA, midB))
  for (let i = a.length - tail; i < a.length; i++) ops.push({op: ' ', line: a[i] ?? ''})

  const out = [`--- a/${name}`, `+++ b/${name}`]
  const context = 3
  let index = 0
  while (index < ops.length) {
    while (index < ops.length && ops[index]?.op === ' ') index++
    if (index >= ops.length) break
    let start = Math.max(0, index - context)
    let end = index
    // Extend the hunk while changes are close together.
    for (;;) {
      while (end < ops.length && ops[end]?.op !== ' ') end++
      let next = end
      while (next < ops.length && ops[next]?.op === ' ') next++
      if (next < ops.length && next - end <= context * 2) end = next
      else break
    }
    end = Math.min(ops.length, end + context)
    const hunk = ops.slice(start, end)
    const oldStart = ops.slice(0, start).filter((o) => o.op !== '+').length + 1
    const newStart = ops.slice(0, start).filter((o) => o.op !== '-').length + 1
    const oldCount = hunk.filter((o) => o.op !== '+').length
    const newCount = hunk.filter((o) => o.op !== '-').length
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`)
    for (const {op, line} of hunk) out.push(`${op}${line}`)
    index = end
    start = end
  }
  return `${out.join('\n')}\n`
}

function lcsOps(a: readonly string[], b: readonly string[]): {op: ' ' | '-' | '+'; line: string}[] {
  // Table of LCS lengths of suffixes; the middle is small for fixes.
  const rows = a.length + 1
  const cols = b.length + 1
  const table = new Uint32Array(rows * cols)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        a[i] === b[j]
          ? (table[(i + 1) * cols + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * cols + j] ?? 0, table[i * cols + j + 1] ?? 0)
    }
  }
  const ops: {op: ' ' | '-' | '+'; line: string}[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({op: ' ', line: a[i] ?? ''})
      i++
      j++
    } else if (
      j < b.length &&
      (i >= a.length || (table[i * cols + j + 1] ?? 0) >= (table[(i + 1) * cols + j] ?? 0))
    ) {
      ops.push({op: '+', line: b[j] ?? ''})
      j++
    } else {
      ops.push({op: '-', line: a[i] ?? ''})
      i++
    }
  }
  // Show removals before additions within each change, as diff does.
  return reorder(ops)
}

function reorder(ops: {op: ' ' | '-' | '+'; line: string}[]): {op: ' ' | '-' | '+'; line: string}[] {
  const out: typeof ops = []
  let removed: typeof ops = []
  let added: typeof ops = []
  const flush = (): void => {
    out.push(...removed, ...added)
    removed = []
    added = []
  }
  for (const op of ops) {
    if (op.op === ' ') {
      flush()
      out.push(op)
    } else if (op.op === '-') removed.push(op)
    else added.push(op)
  }
  flush()
  return out
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : ''
}
