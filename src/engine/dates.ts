/**
 * Dates a narrative states, so ages are worked out at the time of the
 * events and never from the clock: "DOB 12/05/2010", "born in 2009",
 * "in March 2025", "Referral date: 2026-02-14".
 */
import * as lexicon from './lexicon.js'
import type {Token} from './tokens.js'

/** A calendar date known to the year, the month or the day. */
export interface DateParts {
  readonly year: number
  readonly month?: number
  readonly day?: number
}

/** What the text says: a date of birth and the dates of events, in order. */
export interface NarrativeDates {
  readonly birth: DateParts | undefined
  readonly events: readonly DateParts[]
}

/** Read the dates a narrative states. Linear in the tokens. */
export function narrativeDates(tokens: readonly Token[]): NarrativeDates {
  let birth: DateParts | undefined
  const events: DateParts[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!token || !mayBeYear(token.norm) || !/^(19|20)\d\d$/.test(token.norm)) continue
    const year = Number(token.norm)
    const previous = tokens[i - 1]
    if (
      previous &&
      lexicon.titleWords.has(previous.norm) &&
      /^\p{Lu}/u.test(previous.value) &&
      token.gap === 0
    )
      continue
    const {parts, first} = dateAround(tokens, i, year)
    if (isBirth(tokens, first)) birth ??= parts
    else events.push(parts)
  }
  return {birth, events}
}

/** Four characters starting with 1 or 2: all a year of 19xx or 20xx can be (most words are not). */
function mayBeYear(norm: string): boolean {
  const code = norm.charCodeAt(0)
  return norm.length === 4 && (code === 49 || code === 50)
}

/** The whole date around the year at `i`, and the index of its first token. */
function dateAround(tokens: readonly Token[], i: number, year: number): {parts: DateParts; first: number} {
  const previous = tokens[i - 1]
  const next = tokens[i + 1]
  const afterNext = tokens[i + 2]
  // "2024-05-12"
  if (next && next.gap === 1 && /^\d{1,2}$/.test(next.norm) && Number(next.norm) <= 12) {
    const day =
      afterNext && afterNext.gap === 1 && /^\d{1,2}$/.test(afterNext.norm)
        ? Number(afterNext.norm)
        : undefined
    return {parts: withDay({year, month: Number(next.norm)}, day), first: i}
  }
  // "12/05/2010", "05.2010"
  if (previous && /^\d{1,2}$/.test(previous.norm) && /^[/.-]$/.test(token(tokens, i).gapChars)) {
    const month = Number(previous.norm)
    const before = tokens[i - 2]
    const day =
      before && /^\d{1,2}$/.test(before.norm) && /^[/.-]$/.test(previous.gapChars)
        ? Number(before.norm)
        : undefined
    if (month >= 1 && month <= 12)
      return {parts: withDay({year, month}, day), first: day === undefined ? i - 1 : i - 2}
  }
  // "March 2025", "12 March 2025", "March 12, 2025"
  let k = i - 1
  let day: number | undefined
  if (
    tokens[k] &&
    /^\d{1,2}$/.test(tokens[k]!.norm) &&
    lexicon.monthNumbers[tokens[k - 1]?.norm ?? ''] !== undefined
  ) {
    day = Number(tokens[k]!.norm)
    k--
  }
  const month = lexicon.monthNumbers[tokens[k]?.norm ?? '']
  if (month !== undefined && (tokens[k + 1]?.gap ?? 9) <= 2) {
    const before = tokens[k - 1]
    if (day === undefined && before && /^\d{1,2}$/.test(before.norm) && (tokens[k]?.gap ?? 9) === 0) {
      day = Number(before.norm)
      k--
    }
    return {parts: withDay({year, month}, day), first: k}
  }
  return {parts: {year}, first: i}
}

function token(tokens: readonly Token[], i: number): Token {
  return tokens[i] as Token
}

function withDay(parts: {year: number; month: number}, day: number | undefined): DateParts {
  return day !== undefined && day >= 1 && day <= 31 ? {...parts, day} : parts
}

/** Whether "DOB", "born" or "date of birth" stands just before the date starting at `first`. */
function isBirth(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const token = tokens[k]
    if (!token) break
    if (lexicon.birthWords.has(token.norm)) return true
    if (token.gap >= 4 && k < first - 1) break
  }
  return false
}

/**
 * The date the events are read at: the earliest event the text dates after
 * the birth (a person under 18 at any time of the exploitation is a child),
 * else `fallback` (an explicit reference date), else undefined.
 */
export function eventDate(dates: NarrativeDates, fallback: DateParts | undefined): DateParts | undefined {
  const after = dates.events.filter((date) => !dates.birth || compare(date, dates.birth) > 0)
  if (after.length === 0) return fallback
  return after.reduce((earliest, date) => (compare(date, earliest) < 0 ? date : earliest))
}

/** Age in whole years at `at` for someone born at `birth`; unknown months count as the birthday passed. */
export function ageAt(birth: DateParts, at: DateParts): number {
  let age = at.year - birth.year
  if (birth.month !== undefined && at.month !== undefined) {
    if (at.month < birth.month) age--
    else if (
      at.month === birth.month &&
      birth.day !== undefined &&
      at.day !== undefined &&
      at.day < birth.day
    )
      age--
  }
  return age
}

function compare(a: DateParts, b: DateParts): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0)
}

/** "2025", "2025-03" or "2025-03-12". */
export function formatDate(date: DateParts): string {
  const pad = (value: number): string => String(value).padStart(2, '0')
  return [String(date.year), date.month && pad(date.month), date.month && date.day && pad(date.day)]
    .filter(Boolean)
    .join('-')
}

/**
 * Read an ISO date option ("2026-12-07", "2026-12", "2026") or a `Date`;
 * throws a `TypeError` naming the option when it is neither.
 */
/** Whether a value is a date text `referenceDate` accepts: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isDateText(value: unknown): boolean {
  return (
    typeof value === 'string' && /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(value)
  )
}

export function parseReferenceDate(value: unknown): DateParts | undefined {
  if (value === undefined || value === null) return undefined
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new TypeError('referral-lint: `referenceDate` is an invalid Date')
    return {year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate()}
  }
  const found = typeof value === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim()) : null
  const month = found?.[2] === undefined ? undefined : Number(found[2])
  const day = found?.[3] === undefined ? undefined : Number(found[3])
  if (
    !found ||
    (month !== undefined && (month < 1 || month > 12)) ||
    (day !== undefined && (day < 1 || day > 31))
  ) {
    throw new TypeError(
      `referral-lint: \`referenceDate\` must be a date such as "2026-03-14" (year, or year-month, or year-month-day), or a Date; got ${JSON.stringify(value)}`,
    )
  }
  const year = Number(found[1])
  return month === undefined ? {year} : day === undefined ? {year, month} : {year, month, day}
}
