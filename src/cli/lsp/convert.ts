/**
 * Findings in the protocol's terms: diagnostics, hover text and code
 * actions (each suggestion, the safe fix, and a disable-next-line comment).
 * Positions come from the findings' offsets, which count UTF-16 code units
 * as the protocol's default position encoding does.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type Position,
  type Range,
} from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {VFileMessage} from 'vfile-message'
import {coverage} from '../../../rules/coverage.js'
import {sources} from '../../../rules/index.js'
import {severityOf} from '../../finding.js'
import type {RuleSpec, Severity} from '../../types.js'
import type {InputKind} from '../read.js'

/** The protocol's range for a finding. */
export function rangeOf(message: VFileMessage, document: TextDocument): Range {
  const place = message.place
  if (place && 'start' in place) {
    const {start, end} = place
    if (start.offset !== undefined && end.offset !== undefined) {
      return {start: document.positionAt(start.offset), end: document.positionAt(end.offset)}
    }
    return {start: point(start.line, start.column), end: point(end.line, end.column)}
  }
  if (place?.offset !== undefined) {
    const position = document.positionAt(place.offset)
    return {start: position, end: position}
  }
  const position = point(place?.line, place?.column)
  return {start: position, end: position}
}

function point(line: number | undefined, column: number | undefined): Position {
  return {line: Math.max(0, (line ?? 1) - 1), character: Math.max(0, (column ?? 1) - 1)}
}

const diagnosticSeverities: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
}

/** A finding as a diagnostic. */
export function toDiagnostic(message: VFileMessage, document: TextDocument): Diagnostic {
  return {
    range: rangeOf(message, document),
    severity: diagnosticSeverities[severityOf(message.fatal)],
    source: 'referral-lint',
    message: message.reason,
    ...(message.ruleId ? {code: message.ruleId} : {}),
    ...(message.url ? {codeDescription: {href: message.url}} : {}),
  }
}

/** Whether two ranges share a position (touching counts: a cursor at either end). */
export function overlaps(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start)
}

/** Whether `position` lies within `range`, ends included. */
export function contains(range: Range, position: Position): boolean {
  return !before(position, range.start) && !before(range.end, position)
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character)
}

/** The code actions for one finding: the fix (preferred), each suggestion, a disable-next-line comment. */
export function codeActions(message: VFileMessage, document: TextDocument, kind: InputKind): CodeAction[] {
  const diagnostic = toDiagnostic(message, document)
  const actions: CodeAction[] = []
  const uri = document.uri
  const replace = (title: string, range: Range, text: string, preferred: boolean): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    ...(preferred ? {isPreferred: true} : {}),
    edit: {changes: {[uri]: [{range, newText: text}]}},
  })
  const actual = message.actual ?? ''
  const seen = new Set<string>()
  if (message.fix) {
    const [start, end] = message.fix.range
    const range = {start: document.positionAt(start), end: document.positionAt(end)}
    actions.push(replace(`Fix: replace with "${message.fix.text}"`, range, message.fix.text, true))
    seen.add(message.fix.text)
  }
  if (actual) {
    for (const suggestion of message.expected ?? []) {
      const text = matchCase(suggestion, actual)
      if (seen.has(text)) continue
      seen.add(text)
      actions.push(replace(`Reword as "${text}"`, diagnostic.range, text, false))
    }
  }
  if (message.ruleId && actual) {
    const line = diagnostic.range.start.line
    const lineText = document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}})
    const indent = /^[ \t]*/.exec(lineText)?.[0] ?? ''
    const directive = `referral-lint-disable-next-line ${message.ruleId} -- reason`
    const comment = kind === 'text' ? directive : `<!-- ${directive} -->`
    actions.push({
      title: `Disable ${message.ruleId} for this line (with a comment)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {
        changes: {
          [uri]: [
            {
              range: {start: {line, character: 0}, end: {line, character: 0}},
              newText: `${indent}${comment}\n`,
            },
          ],
        },
      },
    })
  }
  return actions
}

/** A suggestion in the capitalisation of the flagged text (a capital at the start of a sentence). */
export function matchCase(suggestion: string, actual: string): string {
  const first = actual.charAt(0)
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return suggestion
  const start = suggestion.charAt(0)
  return start.toLowerCase() === start ? `${start.toUpperCase()}${suggestion.slice(1)}` : suggestion
}

/** Hover text for the findings at a position: message, note, suggested wording, sources, docs. */
export function hoverText(
  messages: readonly VFileMessage[],
  rules: ReadonlyMap<string, RuleSpec>,
): MarkupContent {
  const sections = messages.map((message) => {
    const id = message.ruleId ?? 'referral-lint'
    const rule = rules.get(id)
    const fact = coverage.find((item) => `missing-${item.id}` === id)
    const keys = rule?.sources ?? fact?.sources ?? []
    const lines = [
      `**referral-lint** \`${id}\`${message.category ? ` (${message.category})` : ''}`,
      '',
      escape(message.reason),
    ]
    if (message.note) lines.push('', escape(message.note))
    if (message.expected?.length) {
      lines.push(
        '',
        `Suggested wording: ${message.expected.map((text) => `\`${text.replaceAll('`', "'")}\``).join(', ')}`,
      )
    }
    if (message.fix) lines.push('', `Safe fix: \`${message.fix.text.replaceAll('`', "'")}\``)
    const cited = keys
      .map((key) => (sources as Readonly<Record<string, {title: string; url: string} | undefined>>)[key])
      .filter((source) => source !== undefined)
    if (cited.length > 0) {
      lines.push('', 'Sources:', ...cited.map((source) => `- [${escape(source.title)}](${source.url})`))
    }
    if (message.url) lines.push('', `[Rule documentation](${message.url})`)
    return lines.join('\n')
  })
  return {kind: 'markdown', value: sections.join('\n\n---\n\n')}
}

/** Markdown that shows as written. */
function escape(text: string): string {
  return text.replace(/([\\*_[\]<>#])/g, '\\$1')
}
