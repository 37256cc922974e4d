/**
 * `--format junit`: JUnit XML, read by GitLab (`artifacts:reports:junit`),
 * Jenkins, Azure Pipelines and test-report actions. One `<testsuite>` per
 * input; each error or warning is a failed `<testcase>` named after its
 * rule and place; info findings are passing test cases that say so in
 * `<system-out>`; a clean file is one passing test case. No times or
 * timestamps, so the same input always gives the same report.
 */
import type {ReportContext} from '../formats.js'
import {describe, severityOf, spanOf, visible, xml} from './shared.js'

/** Render the report. */
export function junit({results, quiet}: Pick<ReportContext, 'results' | 'quiet'>): string {
  const suites: string[] = []
  let tests = 0
  let failures = 0
  for (const {file, name} of results) {
    const cases: string[] = []
    let failed = 0
    for (const message of visible(file.messages, quiet)) {
      const {line, column, endLine, endColumn} = spanOf(message)
      const rule = message.ruleId ?? 'unknown'
      const severity = severityOf(message)
      const where = `${String(line)}:${String(column)}-${String(endLine)}:${String(endColumn)}`
      const title = `${rule} at ${where}`
      const detail = `${where} ${severity} ${rule}: ${describe(message)}`
      if (severity === 'info') {
        cases.push(
          `    <testcase classname="${xml(name)}" name="${xml(title)}">\n      <system-out>${xml(detail)}</system-out>\n    </testcase>`,
        )
        continue
      }
      failed++
      cases.push(
        `    <testcase classname="${xml(name)}" name="${xml(title)}">\n      <failure type="${xml(rule)}" message="${xml(message.reason)}">${xml(detail)}</failure>\n    </testcase>`,
      )
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(name)}" name="referral-lint"/>`)
    tests += cases.length
    failures += failed
    suites.push(
      `  <testsuite name="${xml(name)}" tests="${String(cases.length)}" failures="${String(failed)}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    )
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="referral-lint" tests="${String(tests)}" failures="${String(failures)}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n')
}
