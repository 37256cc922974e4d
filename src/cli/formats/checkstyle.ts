/**
 * `--format checkstyle`: Checkstyle XML, read by Jenkins (warnings-ng),
 * reviewdog, Danger and many CI dashboards. One `<file>` per input (empty
 * when clean), one `<error>` per finding with `line`, `column`, `severity`
 * (`error`, `warning`, `info`), `message` (with the suggested wording) and
 * `source` (`referral-lint.<rule id>`).
 */
import type {ReportContext} from '../formats.js'
import {describe, severityOf, spanOf, visible, xml} from './shared.js'

/** Render the report. */
export function checkstyle({results, quiet}: Pick<ReportContext, 'results' | 'quiet'>): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">']
  for (const {file, name} of results) {
    const messages = visible(file.messages, quiet)
    if (messages.length === 0) {
      lines.push(`  <file name="${xml(name)}"/>`)
      continue
    }
    lines.push(`  <file name="${xml(name)}">`)
    for (const message of messages) {
      const {line, column} = spanOf(message)
      lines.push(
        `    <error line="${String(line)}" column="${String(column)}" severity="${severityOf(message)}" message="${xml(describe(message))}" source="referral-lint.${xml(message.ruleId ?? 'unknown')}"/>`,
      )
    }
    lines.push('  </file>')
  }
  lines.push('</checkstyle>')
  return `${lines.join('\n')}\n`
}
