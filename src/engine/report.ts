/**
 * The one place that turns a match into a `VFileMessage`, so every finding
 * carries the same fields (the message contract: "Messages" in README.md).
 */
import type {VFile} from 'vfile'
import type {Coverage, Severity} from '../types.js'
import {fatalOf} from '../finding.js'
import {docsUrl} from '../vocabulary.js'
import type {CompiledRule} from './compile.js'
import type {Token} from './tokens.js'

/** The message `source` of every finding. */
export const source = 'referral-lint'

const quotedNote =
  'These words are quoted or attributed, so they are evidence; keep them, and add your own assessment of what the adults did beside them.'

/** Report one finding on `file`. */
export function report(
  file: VFile,
  rule: CompiledRule,
  first: Token,
  last: Token,
  severity: Severity,
  attributed: boolean,
  suggestions: readonly string[],
  adult: boolean,
  url: string | undefined,
): void {
  const {spec} = rule
  const variant = adult ? spec.adult : undefined
  const actual = actualText(file, first, last)
  // A VFileMessage is an Error whose stack is set to '' once made: capturing
  // the stack first cost more than the rest of a report.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message
  try {
    message = file.message((variant?.message ?? spec.message).replaceAll('{actual}', actual), {
      place: {start: first.start, end: last.end},
      ruleId: spec.id,
      source,
    })
  } finally {
    Error.stackTraceLimit = limit
  }
  message.fatal = fatalOf(severity)
  message.category = spec.category
  message.actual = actual
  message.expected = [...suggestions]
  const note = variant?.note ?? spec.note
  message.note = attributed ? `${quotedNote} ${note}` : note
  message.url = url
  const start = first.start.offset
  const end = last.end.offset
  if (spec.fix !== undefined && start !== undefined && end !== undefined && !attributed) {
    message.fix = {range: [start, end], text: matchCase(spec.fix, actual)}
  }
}

/** Give a literal fix the capitalisation of the text it replaces. */
function matchCase(fix: string, actual: string): string {
  if (actual.length > 1 && actual === actual.toUpperCase() && /\p{L}/u.test(actual)) return fix.toUpperCase()
  if (/^\p{Lu}/u.test(actual)) return fix.charAt(0).toUpperCase() + fix.slice(1)
  return fix
}

/**
 * Report each element the narrative does not state as a document-level info
 * message (category `indicator`, rule id `missing-<id>`), placed at the
 * start of the text.
 */
export function reportCoverage(file: VFile, coverage: Coverage, first: Token | undefined): void {
  const start = first?.start ?? {line: 1, column: 1, offset: 0}
  for (const element of coverage.elements) {
    if (element.present) continue
    const message = file.info(`The narrative does not say: ${element.label.toLowerCase()}`, {
      place: start,
      ruleId: `missing-${element.id}`,
      source,
    })
    message.category = 'indicator'
    message.actual = ''
    message.expected = [element.prompt]
    message.note = `The NRM form asks for this. ${element.prompt}`
    message.url = `${docsUrl}#missing-${element.id}`
  }
}

/** The flagged text as written; falls back to the token values. */
function actualText(file: VFile, first: Token, last: Token): string {
  const start = first.start.offset
  const end = last.end.offset
  if (typeof file.value === 'string' && start !== undefined && end !== undefined) {
    return file.value.slice(start, end)
  }
  return first === last ? first.value : `${first.value} … ${last.value}`
}
