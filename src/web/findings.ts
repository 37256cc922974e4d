/**
 * What the worker posts to the page and what the `referral-lint:findings`
 * event carries: the one finding model (`../finding.ts`, the JSON report's
 * message shape), and the span helper the editor uses.
 */
import type {Finding} from '../finding.js'

export {toResult, type Finding, type LintResult} from '../finding.js'

/** Start and end offsets of a finding (a finding the engine made always has them). */
export function spanOf(finding: Finding): [start: number, end: number] {
  const start = finding.offset ?? 0
  return [start, finding.endOffset ?? start]
}
