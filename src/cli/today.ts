/**
 * The CLI, the service and the audit are edges: the engine never reads the
 * clock, so where neither the text, `--date`, the config's `referenceDate`
 * nor a request gives a date, they pass today's (local) date.
 */

/** The options, with today's date as `referenceDate` unless they name one. */
export function dated<T extends {readonly referenceDate?: string | Date}>(options: T | undefined): T {
  return options?.referenceDate === undefined ? ({...options, referenceDate: today()} as T) : options
}

/** Today's local date as `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
