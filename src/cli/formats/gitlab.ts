/**
 * `--format gitlab`: a GitLab Code Quality report (`artifacts:reports:codequality`),
 * the subset of the Code Climate issue format GitLab reads: `description`,
 * `check_name`, `fingerprint`, `severity` and `location` (`path`,
 * `lines.begin`). The fingerprint is the finding's baseline key (rule,
 * phrase, nearby words) with the path, so GitLab tracks a finding across
 * edits elsewhere in the file; identical findings are numbered, as GitLab
 * keeps one issue per fingerprint.
 */
import type {ReportContext} from '../formats.js'
import {findingKey, hash} from '../fingerprint.js'
import {describe, repositoryPath, severityOf, spanOf, visible} from './shared.js'

/** GitLab's severities for ours. */
const severities = {error: 'major', warning: 'minor', info: 'info'} as const

/** One Code Quality issue. */
export interface CodeQualityIssue {
  readonly type: 'issue'
  readonly check_name: string
  readonly description: string
  readonly categories: readonly string[]
  readonly fingerprint: string
  readonly severity: (typeof severities)[keyof typeof severities]
  readonly location: {readonly path: string; readonly lines: {readonly begin: number; readonly end: number}}
}

/** Render the report: a JSON array of issues. */
export function gitlab({results, quiet}: Pick<ReportContext, 'results' | 'quiet'>): string {
  const issues: CodeQualityIssue[] = []
  for (const {file, name} of results) {
    const path = repositoryPath(name)
    const text = typeof file.value === 'string' ? file.value : String(file.value)
    const seen = new Map<string, number>()
    for (const message of visible(file.messages, quiet)) {
      const key = findingKey(message, text)
      const occurrence = seen.get(key.context) ?? 0
      seen.set(key.context, occurrence + 1)
      const span = spanOf(message)
      issues.push({
        type: 'issue',
        check_name: message.ruleId ?? 'referral-lint',
        description: describe(message),
        // Code Climate's category for wording.
        categories: ['Style'],
        fingerprint: hash(`${path}\0${key.context}\0${String(occurrence)}`),
        severity: severities[severityOf(message)],
        location: {path, lines: {begin: span.line, end: span.endLine}},
      })
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`
}
