/**
 * Read ages written next to a person: "aged 15", "age 15", "(15)",
 * ", 15,", "15-year-old", "15 years old".
 */
import type {Token} from './tokens.js'

/** Age from a number token, or undefined when it is not a plausible age. */
function ageValue(token: Token | undefined): number | undefined {
  if (!token || !/^\d{1,3}$/.test(token.norm)) return undefined
  const value = Number(token.norm)
  return value > 0 && value < 120 ? value : undefined
}

/** Age written right after the person at `head`: ", 24," / "(24)" / ", aged 24". */
export function ageAfter(tokens: readonly Token[], head: number): number | undefined {
  const next = tokens[head + 1]
  if (!next) return undefined
  if (next.norm === 'aged' || next.norm === 'age') return ageValue(tokens[head + 2])
  if (/[,(]/.test(next.gapChars)) {
    const value = ageValue(next)
    const after = tokens[head + 2]
    // "Deano, 24, is" or "Deano (24)" but not "at 10, 12 and 14".
    if (value !== undefined && (!after || /[,)]/.test(after.gapChars) || after.gap >= 3)) return value
  }
  return undefined
}

/** Age written in the few words before `index`: "the 24-year-old", "a 15 year old". */
export function ageBefore(tokens: readonly Token[], index: number, window = 4): number | undefined {
  for (let i = index - 1; i >= Math.max(0, index - window); i--) {
    const token = tokens[i]
    if (!token) break
    if (token.norm === 'old' && /^years?$/.test(tokens[i - 1]?.norm ?? '')) {
      const value = ageValue(tokens[i - 2])
      if (value !== undefined) return value
    }
    if (token.gap > 2 && i < index - 1) break
  }
  return undefined
}
