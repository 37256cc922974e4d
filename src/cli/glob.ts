/**
 * Globs without regular expressions: a glob is compiled to a list of steps
 * and matched by simulating every position at once (a Thompson NFA), so
 * the cost is at most path length × glob length, whatever the glob. A
 * RegExp built from `*a*a*a*a*a*b` backtracks exponentially; this cannot.
 *
 * Syntax: `*` (any run of characters but `/`), `**` (any run, `/` too;
 * `**` then `/`: any number of whole directories), `?` (one character but `/`),
 * `[abc]`, `[a-z]`, `[!a-z]`, and `{a,b}` (expanded first, at most
 * `maxAlternatives` globs).
 */
import {UsageError} from './errors.js'

type Step =
  | {readonly kind: 'char'; readonly char: string}
  | {readonly kind: 'one'}
  | {readonly kind: 'star'}
  | {readonly kind: 'globstar'}
  /** `**` and `/` together: nothing, or any run that ends with `/`. */
  | {readonly kind: 'dirs'}
  | {
      readonly kind: 'class'
      readonly negated: boolean
      readonly ranges: readonly (readonly [number, number])[]
    }

/** Most globs one `{a,b}` pattern may expand to. */
export const maxAlternatives = 256

/** Longest glob, in characters. */
export const maxGlobLength = 4096

/** A compiled glob. */
export interface Glob {
  /** Whether `path` (with `/` separators) matches the whole glob. */
  matches(path: string): boolean
  /** Whether the glob matches `path` or a directory above it (`dir` matches `dir/a.txt`). */
  matchesOrContains(path: string): boolean
}

/** Work done, for growth tests (operation counts, never time). */
export const globCounters = {steps: 0}

/**
 * Compile a glob.
 *
 * @throws {UsageError} For a glob that is too long, expands to too many
 *   alternatives, or holds a reversed range such as `[z-a]`.
 */
export function compileGlob(glob: string): Glob {
  if (glob.length > maxGlobLength) {
    throw new UsageError(
      `the glob "${glob.slice(0, 40)}…" is longer than ${String(maxGlobLength)} characters`,
    )
  }
  const programs = expandBraces(glob).map((alternative) => compileSteps(alternative, glob))
  return {
    matches: (path) => programs.some((steps) => run(steps, path, false)),
    matchesOrContains: (path) => programs.some((steps) => run(steps, path, true)),
  }
}

/** Expand `{a,b}` groups (nested too) into plain globs. */
function expandBraces(glob: string): string[] {
  const open = findOpen(glob)
  if (open === -1) return [glob]
  let depth = 0
  const commas: number[] = []
  let close = -1
  for (let i = open; i < glob.length; i++) {
    const char = glob[i]
    if (char === '\\') i++
    else if (char === '{') depth++
    else if (char === '}') {
      depth--
      if (depth === 0) {
        close = i
        break
      }
    } else if (char === ',' && depth === 1) commas.push(i)
  }
  // An unclosed `{` is a literal character.
  if (close === -1) return [glob]
  const head = glob.slice(0, open)
  const tail = glob.slice(close + 1)
  const bounds = [open, ...commas, close]
  const results: string[] = []
  for (let index = 0; index + 1 < bounds.length; index++) {
    const middle = glob.slice((bounds[index] ?? 0) + 1, bounds[index + 1])
    for (const expanded of expandBraces(head + middle + tail)) {
      results.push(expanded)
      if (results.length > maxAlternatives) {
        throw new UsageError(
          `the glob "${glob.slice(0, 40)}" expands to more than ${String(maxAlternatives)} alternatives`,
        )
      }
    }
  }
  return results
}

function findOpen(glob: string): number {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') i++
    else if (glob[i] === '{') return i
  }
  return -1
}

function compileSteps(glob: string, shown: string): Step[] {
  const steps: Step[] = []
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? ''
    if (char === '\\' && i + 1 < glob.length) {
      steps.push({kind: 'char', char: glob[++i] ?? ''})
    } else if (char === '*') {
      let end = i
      while (glob[end + 1] === '*') end++
      if (end > i) {
        const atStart = i === 0 || glob[i - 1] === '/'
        if (atStart && glob[end + 1] === '/') {
          steps.push({kind: 'dirs'})
          i = end + 1
        } else {
          steps.push({kind: 'globstar'})
          i = end
        }
      } else if (steps.at(-1)?.kind !== 'star') steps.push({kind: 'star'})
    } else if (char === '?') steps.push({kind: 'one'})
    else if (char === '[') {
      const parsed = parseClass(glob, i, shown)
      if (parsed) {
        steps.push(parsed.step)
        i = parsed.end
      } else steps.push({kind: 'char', char})
    } else steps.push({kind: 'char', char})
  }
  return steps
}

function parseClass(glob: string, open: number, shown: string): {step: Step; end: number} | undefined {
  let i = open + 1
  const negated = glob[i] === '!' || glob[i] === '^'
  if (negated) i++
  const ranges: [number, number][] = []
  let first = true
  for (; i < glob.length; i++) {
    let char = glob[i] ?? ''
    if (char === ']' && !first) return {step: {kind: 'class', negated, ranges}, end: i}
    first = false
    if (char === '\\' && i + 1 < glob.length) char = glob[++i] ?? ''
    const low = char.codePointAt(0) ?? 0
    if (glob[i + 1] === '-' && glob[i + 2] !== undefined && glob[i + 2] !== ']') {
      let to = glob[i + 2] ?? ''
      i += 2
      if (to === '\\' && i + 1 < glob.length) to = glob[++i] ?? ''
      const high = to.codePointAt(0) ?? 0
      if (high < low) {
        throw new UsageError(
          `the glob "${shown}" has the range "${char}-${to}", which is reversed; write "${to}-${char}"`,
        )
      }
      ranges.push([low, high])
    } else ranges.push([low, low])
  }
  // No closing `]`: a literal `[`.
  return undefined
}

/** Simulate the steps over `path`: each position of the glob is live or not. */
function run(steps: readonly Step[], path: string, prefix: boolean): boolean {
  const size = steps.length + 1
  let live = new Uint8Array(size)
  let next = new Uint8Array(size)
  live[0] = 1
  close(steps, live)
  for (let p = 0; p < path.length; p++) {
    if (prefix && live[steps.length] && path[p] === '/') return true
    next.fill(0)
    const char = path[p] ?? ''
    let any = false
    for (let s = 0; s < steps.length; s++) {
      if (!live[s]) continue
      globCounters.steps++
      const step = steps[s]
      if (!step) continue
      switch (step.kind) {
        case 'char':
          if (char === step.char) next[s + 1] = 1
          break
        case 'one':
          if (char !== '/') next[s + 1] = 1
          break
        case 'star':
          if (char !== '/') next[s] = 1
          break
        case 'globstar':
          next[s] = 1
          break
        case 'dirs':
          next[s] = 1
          if (char === '/') next[s + 1] = 1
          break
        case 'class': {
          const code = char.codePointAt(0) ?? 0
          const inside = step.ranges.some(([low, high]) => code >= low && code <= high)
          if (inside !== step.negated && char !== '/') next[s + 1] = 1
          break
        }
      }
    }
    close(steps, next)
    for (let s = 0; s < size; s++) if (next[s]) any = true
    if (!any) return false
    ;[live, next] = [next, live]
  }
  return live[steps.length] === 1
}

/** Add the positions reachable without reading a character (after `*`, `**`, or `**` and `/`). */
function close(steps: readonly Step[], live: Uint8Array): void {
  for (let s = 0; s < steps.length; s++) {
    const kind = steps[s]?.kind
    if (live[s] && (kind === 'star' || kind === 'globstar' || kind === 'dirs')) live[s + 1] = 1
  }
}
