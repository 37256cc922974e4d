/**
 * Expand the command line's files, directories and globs into a sorted list
 * of files, skipping what `.referrallintignore` lists. Globs go through
 * `glob.ts`, which matches in linear time (no RegExp, no backtracking).
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import {join, relative, resolve, sep} from 'node:path'
import {UsageError} from './errors.js'
import {compileGlob, type Glob} from './glob.js'
import {describeCode} from './read.js'

/** Directories never walked into. */
const skipped = new Set(['node_modules', '.git', '.hg', '.svn'])

/** An ignore matcher for paths relative to its base directory. */
export interface Ignore {
  readonly base: string
  readonly ignores: (path: string) => boolean
}

/** Read an ignore file (gitignore syntax: `#`, `!`, trailing `/`, leading `/`); missing is fine. */
export async function loadIgnore(path: string, required: boolean): Promise<Ignore | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (!required && codeOf(error) === 'ENOENT') return undefined
    throw new UsageError(`cannot read ignore file "${path}": ${describeCode(codeOf(error))}`)
  }
  const rules: {negate: boolean; dirOnly: boolean; glob: Glob}[] = []
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    let line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const negate = line.startsWith('!')
    if (negate) line = line.slice(1)
    const dirOnly = line.endsWith('/')
    if (dirOnly) line = line.slice(0, -1)
    const anchored = line.startsWith('/') || line.slice(0, -1).includes('/')
    if (line.startsWith('/')) line = line.slice(1)
    let glob: Glob
    try {
      glob = compileGlob(`${anchored ? '' : '**/'}${line}`)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new UsageError(`ignore file "${path}", line ${String(index + 1)}: ${reason}`)
    }
    rules.push({negate, dirOnly, glob})
  }
  const base = resolve(path, '..')
  return {
    base,
    ignores(file) {
      const rel = relative(base, resolve(file)).split(sep).join('/')
      if (rel.startsWith('..')) return false
      let ignored = false
      for (const rule of rules) {
        if (rule.glob.matchesOrContains(rel) && (!rule.dirOnly || rel.includes('/'))) ignored = !rule.negate
      }
      return ignored
    },
  }
}

/** What to do to let a glob or directory that gives no file pass. */
export const allowEmpty = 'or pass --no-error-on-unmatched-pattern to allow it'

/** A path to lint and the command-line input it came from. */
export interface Found {
  readonly path: string
  /** The input as given: the path itself, or the directory or glob it was found by. */
  readonly input: string
  /** Whether it was named on the command line (not found by a directory or glob). */
  readonly named: boolean
}

/**
 * Expand inputs: `-` stays `-`; a file is kept as given; a directory is
 * walked for `extensions`; a glob is matched from its static prefix.
 *
 * @param errorOnEmpty - Whether a glob or directory that gives no file is
 *   an error (`--no-error-on-unmatched-pattern` turns it off).
 * @throws {UsageError} For a missing path, an unreadable directory, or (with
 *   `errorOnEmpty`) a glob or directory that gives no file.
 */
export async function expandInputs(
  inputs: readonly string[],
  extensions: readonly string[],
  ignore: Ignore | undefined,
  errorOnEmpty = true,
): Promise<Found[]> {
  const found: Found[] = []
  const seen = new Set<string>()
  const add = (path: string, input: string): void => {
    const key = path === '-' ? '-' : resolve(path)
    if (seen.has(key)) return
    seen.add(key)
    found.push({path, input, named: path === input})
  }
  for (const input of inputs) {
    if (input === '-') {
      add(input, input)
      continue
    }
    let stats
    try {
      stats = await stat(input)
    } catch (error) {
      if (codeOf(error) === 'ENOENT' && /[*?{[]/.test(input)) {
        const matches = await expandGlob(input, ignore)
        if (matches.length === 0 && errorOnEmpty) {
          throw new UsageError(
            `no files match "${input}": check the pattern (quote it, so the shell does not expand it), ${allowEmpty}`,
          )
        }
        for (const match of matches) add(match, input)
        continue
      }
      throw new UsageError(`cannot read "${input}": ${describeCode(codeOf(error))}`)
    }
    if (stats.isDirectory()) {
      const files = await walk(
        input,
        (path) => extensions.some((ext) => path.toLowerCase().endsWith(ext)),
        ignore,
      )
      // An empty directory (or one of links or ignored files only) must not pass as clean.
      if (files.length === 0 && errorOnEmpty) {
        throw new UsageError(
          `no files to lint in "${input}" (looked for ${extensions.join(' ')}; symbolic links are not followed): give a directory that holds some, change --ext, ${allowEmpty}`,
        )
      }
      for (const file of files) add(file, input)
    } else add(input, input)
  }
  return found
}

async function expandGlob(pattern: string, ignore: Ignore | undefined): Promise<string[]> {
  const normal = pattern.split(sep).join('/')
  const parts = normal.split('/')
  const staticParts: string[] = []
  for (const part of parts) {
    if (/[*?{[]/.test(part)) break
    staticParts.push(part)
  }
  const base = staticParts.length === 0 ? '.' : staticParts.join('/') || '/'
  const glob = compileGlob(normal.startsWith('./') ? normal.slice(2) : normal)
  const files = await walk(base, () => true, ignore)
  return files.filter((file) => glob.matches(file.split(sep).join('/').replace(/^\.\//, '')))
}

async function walk(
  directory: string,
  keep: (path: string) => boolean,
  ignore: Ignore | undefined,
): Promise<string[]> {
  let entries
  try {
    entries = await readdir(directory, {withFileTypes: true})
  } catch (error) {
    throw new UsageError(`cannot read directory "${directory}": ${describeCode(codeOf(error))}`)
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const files: string[] = []
  for (const entry of entries) {
    const path = directory === '.' ? entry.name : join(directory, entry.name)
    if (ignore?.ignores(path)) continue
    if (entry.isDirectory()) {
      if (skipped.has(entry.name) || entry.name.startsWith('.')) continue
      files.push(...(await walk(path, keep, ignore)))
    } else if (entry.isFile() && keep(path)) files.push(path)
  }
  return files
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : ''
}
