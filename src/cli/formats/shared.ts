/**
 * Helpers shared by the report formats in this folder: positions, the
 * messages a report shows, paths as CI platforms expect them, and XML
 * escaping.
 */
import {relative, sep} from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {severityOf as severityOfFatal} from '../../finding.js'
import type {Severity} from '../../types.js'

/** A message's span, 1-based lines and columns. */
export interface Span {
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
}

/** The span of a message; a message without a place is at 1:1. */
export function spanOf(message: VFileMessage): Span {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : place
  const line = start?.line ?? 1
  const column = start?.column ?? 1
  return {line, column, endLine: end?.line ?? line, endColumn: end?.column ?? column}
}

/** Severity of a message from its `fatal` field. */
export function severityOf(message: VFileMessage): Severity {
  return severityOfFatal(message.fatal)
}

/** The messages a report shows: errors only with `--quiet`. */
export function visible(messages: readonly VFileMessage[], quiet: boolean): VFileMessage[] {
  return quiet ? messages.filter((message) => message.fatal === true) : [...messages]
}

/** A reported name as a path relative to the working directory with `/`; the stdin name as it is. */
export function repositoryPath(name: string): string {
  if (name.startsWith('<')) return name
  return relative('.', name).split(sep).join('/')
}

/** The message, then its suggested wording. */
export function describe(message: VFileMessage): string {
  const suggestions = message.expected?.length ? `. Suggested wording: ${message.expected.join(' / ')}` : ''
  return `${message.reason}${suggestions}`
}

/** Text made safe for an XML attribute or element (characters XML 1.0 forbids are dropped). */
export function xml(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters, so they are dropped
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&apos;')
      .replaceAll('\n', '&#10;')
      .replaceAll('\r', '&#13;')
      .replaceAll('\t', '&#9;')
  )
}
