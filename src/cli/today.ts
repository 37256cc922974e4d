/**
 * The CLI, the service and the audit are edges: the engine never reads the
 * clock, so where neither the text, `--date`, the config's `referenceDate`
 * nor a request gives a date, they pass today's (local) date.
 */

/** Today's local date as `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
