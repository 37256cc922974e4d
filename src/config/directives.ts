/**
 * Inline control directives, found in the raw text whatever its format:
 * plain text, a Markdown or HTML comment (`<!-- … -->`), or a line comment.
 *
 * - `referral-lint-disable [ids]` — off from here (all rules, or the ids)
 * - `referral-lint-enable [ids]` — back on from here
 * - `referral-lint-disable-next-line [ids]` — off for the next line with text
 * - `referral-lint-disable-line [ids]` — off for this line
 *
 * Anything after ` -- ` is the reason and is ignored.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Kinds of directive. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line'

/** One directive found in the text. */
export interface Directive {
  readonly kind: DirectiveKind
  /** Rule ids (or categories) it names; empty means every rule. */
  readonly ids: readonly string[]
  /** 1-based line of the directive. */
  readonly line: number
  /** 1-based column of the directive. */
  readonly column: number
  /** Offsets of the directive text (from `referral-lint-` to the end of the comment or line). */
  readonly range: readonly [number, number]
  /** Reason after `--` (optional). */
  readonly reason?: string
}

/** A directive that suppressed nothing. */
export interface UnusedDirective {
  readonly directive: Directive
  /** Ids of the directive that suppressed nothing; empty when it names none. */
  readonly ids: readonly string[]
}

/** What applying the directives did. */
export interface DirectiveReport {
  /** Directives found. */
  readonly directives: readonly Directive[]
  /** Directives (or ids in them) that suppressed nothing. */
  readonly unused: readonly UnusedDirective[]
  /** How many findings the directives suppressed (words inside a directive are never counted). */
  readonly suppressed: number
}

declare module 'vfile' {
  interface DataMap {
    /** Inline directives found and applied by referral-lint. */
    directives: DirectiveReport
  }
}

const directivePattern =
  /referral-lint-(disable-next-line|disable-line|disable|enable)\b([^\n]*?)(?=-->|\*\/|$)/gm

/** Find every directive in `value`. */
export function parseDirectives(value: string): Directive[] {
  const directives: Directive[] = []
  const lineStarts = [0]
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 10) lineStarts.push(i + 1)
  for (const match of value.matchAll(directivePattern)) {
    const offset = match.index
    const rest = match[2] ?? ''
    const dash = rest.indexOf('--')
    const list = dash === -1 ? rest : rest.slice(0, dash)
    const reason = dash === -1 ? undefined : rest.slice(dash + 2).trim()
    const ids = list
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter(Boolean)
    let line = 0
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line++
    directives.push({
      kind: match[1] as DirectiveKind,
      ids,
      line: line + 1,
      column: offset - (lineStarts[line] ?? 0) + 1,
      range: [offset, offset + match[0].length],
      ...(reason ? {reason} : {}),
    })
  }
  return directives
}

/**
 * `text` with each directive (from `referral-lint-` to the end of its comment
 * or line, reason included) turned into spaces, so that its words never join
 * the sentence on the next line: a reason such as "-- not her words" must not
 * negate the line it is about. The length is unchanged, so every offset holds.
 */
export function blankDirectives(text: string): string {
  if (!text.includes('referral-lint-')) return text
  return text.replaceAll(directivePattern, (directive) => ' '.repeat(directive.length))
}

/**
 * Drop the messages that directives in the file's text suppress, and record
 * on `file.data.directives` which directives suppressed nothing.
 */
export function applyDirectives(file: VFile): void {
  const value = typeof file.value === 'string' ? file.value : ''
  if (!value.includes('referral-lint-')) return
  const directives = parseDirectives(value)
  if (directives.length === 0) return
  const lines = value.split('\n')
  const used = new Map<Directive, Set<string>>()
  const hit = (directive: Directive, id: string): void => {
    const set = used.get(directive) ?? new Set<string>()
    set.add(id)
    used.set(directive, set)
  }

  let suppressed = 0
  file.messages = file.messages.filter((message) => {
    // The directive's own words (its reason) are never linted.
    const offset = offsetOf(message)
    if (offset !== undefined && directives.some(({range}) => offset >= range[0] && offset < range[1]))
      return false
    const line = lineOf(message)
    if (line === undefined) return true
    const directive = suppressor(directives, lines, message, line)
    if (!directive) return true
    hit(directive, matchingId(directive, message) ?? '')
    suppressed++
    return false
  })

  const unused: UnusedDirective[] = []
  for (const directive of directives) {
    if (directive.kind === 'enable') continue
    const set = used.get(directive)
    if (!set) unused.push({directive, ids: directive.ids})
    else if (directive.ids.length > 0) {
      const idle = directive.ids.filter((id) => !set.has(id))
      if (idle.length > 0) unused.push({directive, ids: idle})
    }
  }
  file.data.directives = {directives, unused, suppressed}
}

function lineOf(message: VFileMessage): number | undefined {
  const place = message.place
  if (!place) return undefined
  return 'start' in place ? place.start.line : place.line
}

function offsetOf(message: VFileMessage): number | undefined {
  const place = message.place
  if (!place) return undefined
  return 'start' in place ? place.start.offset : place.offset
}

function matchingId(directive: Directive, message: VFileMessage): string | undefined {
  if (directive.ids.length === 0) return ''
  return directive.ids.find((id) => id === message.ruleId || id === message.category)
}

/** The directive that suppresses `message` on `line`, if any. */
function suppressor(
  directives: readonly Directive[],
  lines: readonly string[],
  message: VFileMessage,
  line: number,
): Directive | undefined {
  let state: Directive | undefined
  // Block directives: the last disable/enable before the message that names it.
  for (const directive of directives) {
    if (directive.line > line) break
    if (directive.kind !== 'disable' && directive.kind !== 'enable') continue
    if (matchingId(directive, message) === undefined) continue
    state = directive.kind === 'disable' ? directive : undefined
  }
  if (state) return state
  for (const directive of directives) {
    if (matchingId(directive, message) === undefined) continue
    if (directive.kind === 'disable-line' && directive.line === line) return directive
    if (directive.kind === 'disable-next-line' && nextTextLine(lines, directive.line) === line)
      return directive
  }
  return undefined
}

/** The 1-based number of the first line after `line` that has text, ignoring a closing `-->`. */
function nextTextLine(lines: readonly string[], line: number): number {
  for (let index = line; index < lines.length; index++) {
    const text = (lines[index] ?? '').trim()
    if (text !== '' && text !== '-->') return index + 1
  }
  return line + 1
}
