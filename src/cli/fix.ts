/**
 * `--fix` and `--fix-dry-run`: apply the literal fixes messages carry.
 *
 * What `--fix` guarantees (README, "Security and limits"):
 *
 * - Only the bytes of each flagged phrase change; a byte order mark, line
 *   endings and every other byte are kept.
 * - Only string fixes are applied, and never one holding a control
 *   character or a line break (pack rules are validated at load as well).
 * - Every file is planned and checked before any is written: it must be a
 *   regular file (a symbolic link is followed to it), writable, and
 *   unchanged since it was read; otherwise nothing is written.
 * - A write keeps the file's mode and owner and every hard link: it goes to
 *   a temporary file that is renamed over the original (atomic), or, where
 *   a rename would split hard links or lose the owner, is copied into the
 *   original with the old content kept aside until it is done.
 * - When a write fails, the error says exactly which files were written.
 */
import {randomBytes, createHash} from 'node:crypto'
import {constants} from 'node:fs'
import {access, chmod, chown, lstat, open, readFile, realpath, rename, rm, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import process from 'node:process'
import type {VFileMessage} from 'vfile-message'
import {UsageError} from './errors.js'
import {describeCode} from './read.js'

// eslint-disable-next-line no-control-regex -- a fix must not hold control characters or line breaks
const unsafeFix = /[\u0000-\u001f\u007f\u2028\u2029]/

/** Whether a message's fix is a usable literal replacement of `length` characters of text. */
function usableFix(message: VFileMessage, length: number): boolean {
  const fix = message.fix as unknown
  if (typeof fix !== 'object' || fix === null) return false
  const {range, text} = fix as {range?: unknown; text?: unknown}
  if (typeof text !== 'string' || unsafeFix.test(text)) return false
  if (!Array.isArray(range) || range.length !== 2) return false
  const [start, end] = range as unknown[]
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (start as number) <= (end as number) &&
    (end as number) <= length
  )
}

/** Apply every non-overlapping, valid fix (earliest first); `undefined` when nothing changes. */
export function applyFixes(
  text: string,
  messages: readonly VFileMessage[],
): {text: string; fixed: Set<VFileMessage>} | undefined {
  const fixes = messages
    .filter((message) => usableFix(message, text.length))
    .sort((a, b) => (a.fix?.range[0] ?? 0) - (b.fix?.range[0] ?? 0))
  const fixed = new Set<VFileMessage>()
  let result = ''
  let last = 0
  for (const message of fixes) {
    const {range, text: replacement} = message.fix ?? {range: [0, 0], text: ''}
    const [start, end] = range
    if (start < last) continue
    result += text.slice(last, start) + replacement
    last = end
    fixed.add(message)
  }
  result += text.slice(last)
  return result === text ? undefined : {text: result, fixed}
}

/** A file to rewrite, planned and checked before any file is written. */
export interface FixPlan {
  /** Path as given. */
  readonly path: string
  /** The file itself (a symbolic link followed). */
  readonly target: string
  /** New content, in bytes (byte order mark kept). */
  readonly bytes: Buffer
  readonly mode: number
  readonly uid: number
  readonly gid: number
  /** Write in place: a rename would split hard links or lose the owner. */
  readonly inPlace: boolean
  /** SHA-256 of the bytes that were read. */
  readonly digest: string
}

/**
 * Check one file before anything is written.
 *
 * @throws {UsageError} When the file is gone, not a regular file, read-only,
 *   or changed since it was read.
 */
export async function planFix(path: string, text: string, bom: boolean, digest: string): Promise<FixPlan> {
  const refuse = (why: string): UsageError =>
    new UsageError(`cannot fix "${path}": ${why}; nothing was changed`)
  let target: string
  let stats
  try {
    target = await realpath(path)
    stats = await stat(target)
  } catch (error) {
    throw refuse(describeCode(codeOf(error)))
  }
  if (!stats.isFile()) throw refuse('not a regular file')
  const mode = stats.mode & 0o7777
  if ((mode & 0o222) === 0) throw refuse('the file is read-only')
  try {
    await access(target, constants.W_OK)
  } catch (error) {
    throw refuse(describeCode(codeOf(error)))
  }
  if ((await digestOf(target)) !== digest) throw refuse('the file changed since it was read; run again')
  const uid = process.getuid?.() ?? stats.uid
  const root = uid === 0
  // A rename gives the file a new inode: other hard links would keep the old
  // text, and only root can give the new file the old owner.
  const inPlace =
    stats.nlink > 1 || (!root && (stats.uid !== uid || stats.gid !== (process.getgid?.() ?? stats.gid)))
  const body = Buffer.from(text, 'utf8')
  const bytes = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body
  return {path, target, bytes, mode, uid: stats.uid, gid: stats.gid, inPlace, digest}
}

async function digestOf(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex')
}

/**
 * Write a planned fix.
 *
 * @throws {UsageError} When the file changed since it was read or the write
 *   fails; the file is left as it was.
 */
export async function writeFix(plan: FixPlan): Promise<void> {
  const {target} = plan
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  const fail = (why: string): UsageError => new UsageError(`cannot fix "${plan.path}": ${why}`)
  try {
    // Written whole first: the new text (renamed into place) or, in place, the old text kept aside.
    const handle = await open(temporary, 'wx', plan.mode)
    try {
      await handle.writeFile(plan.inPlace ? await readFile(target) : plan.bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    if ((await digestOf(target)) !== plan.digest) throw fail('the file changed since it was read; run again')
    if (plan.inPlace) {
      await copyInto(target, plan.bytes, temporary)
      await rm(temporary, {force: true})
    } else {
      await chmod(temporary, plan.mode)
      if (process.getuid?.() === 0) await chown(temporary, plan.uid, plan.gid)
      await rename(temporary, target)
    }
  } catch (error) {
    await rm(temporary, {force: true})
    if (error instanceof UsageError) throw error
    throw fail(describeCode(codeOf(error)))
  }
}

/** Overwrite `target` with `bytes` in place; on failure put back the copy kept in `backup`. */
async function copyInto(target: string, bytes: Buffer, backup: string): Promise<void> {
  const handle = await open(target, 'r+')
  try {
    await handle.write(bytes, 0, bytes.length, 0)
    await handle.truncate(bytes.length)
    await handle.sync()
  } catch (error) {
    const old = await readFile(backup)
    await handle.write(old, 0, old.length, 0)
    await handle.truncate(old.length)
    throw error
  } finally {
    await handle.close()
  }
}

/**
 * Write every planned fix in order. When one fails, the error names the
 * files already written and those not written, so nothing is left unknown.
 *
 * @param write - Writes one plan (`writeFix`; replaceable in tests).
 * @throws {UsageError} On the first failure.
 */
export async function writeAll(
  plans: readonly FixPlan[],
  write: (plan: FixPlan) => Promise<void> = writeFix,
): Promise<void> {
  const written: string[] = []
  for (const [index, plan] of plans.entries()) {
    try {
      await write(plan)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const rest = plans.slice(index).map((item) => `"${item.path}"`)
      throw new UsageError(
        `${message}; ${written.length === 0 ? 'no file was written' : `written: ${written.join(', ')}`}; not written: ${rest.join(', ')}`,
      )
    }
    written.push(`"${plan.path}"`)
  }
}

/**
 * Whether `output` names the same file as one of `inputs` (so writing the
 * report would overwrite a narrative).
 */
export async function sameFile(output: string, inputs: readonly string[]): Promise<string | undefined> {
  let outputStats
  try {
    outputStats = await stat(output)
  } catch {
    return undefined
  }
  for (const input of inputs) {
    if (input === '-') continue
    try {
      const stats = await stat(input)
      if (stats.ino === outputStats.ino && stats.dev === outputStats.dev) return input
    } catch {
      // Unreadable inputs are reported when they are read.
    }
  }
  return undefined
}

/** Whether a path is a symbolic link (for messages). */
export async function isLink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink()
  } catch {
    return false
  }
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
  // Fixes hold no line breaks, so lines pair one to one; the LCS table is
  // only built for small middles (it is quadratic).
  const paired = midA.length === midB.length || midA.length * midB.length > 4_000_000
  // Edit script over the middle: ' ' keep, '-' remove, '+' add.
  const ops: {op: ' ' | '-' | '+'; line: string}[] = []
  for (let i = 0; i < head; i++) ops.push({op: ' ', line: a[i] ?? ''})
  ops.push(...(paired ? pairOps(midA, midB) : lcsOps(midA, midB)))
  for (let i = a.length - tail; i < a.length; i++) ops.push({op: ' ', line: a[i] ?? ''})

  // Line numbers before each op, counted once (not per hunk).
  const oldBefore = new Uint32Array(ops.length + 1)
  const newBefore = new Uint32Array(ops.length + 1)
  for (const [index, {op}] of ops.entries()) {
    oldBefore[index + 1] = (oldBefore[index] ?? 0) + (op === '+' ? 0 : 1)
    newBefore[index + 1] = (newBefore[index] ?? 0) + (op === '-' ? 0 : 1)
  }
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
    const oldStart = (oldBefore[start] ?? 0) + 1
    const newStart = (newBefore[start] ?? 0) + 1
    const oldCount = hunk.filter((o) => o.op !== '+').length
    const newCount = hunk.filter((o) => o.op !== '-').length
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`)
    for (const {op, line} of hunk) out.push(`${op}${line}`)
    index = end
    start = end
  }
  return `${out.join('\n')}\n`
}

function pairOps(a: readonly string[], b: readonly string[]): {op: ' ' | '-' | '+'; line: string}[] {
  const ops: {op: ' ' | '-' | '+'; line: string}[] = []
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length && i < b.length && a[i] === b[i]) ops.push({op: ' ', line: a[i] ?? ''})
    else {
      if (i < a.length) ops.push({op: '-', line: a[i] ?? ''})
      if (i < b.length) ops.push({op: '+', line: b[i] ?? ''})
    }
  }
  return reorder(ops)
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
