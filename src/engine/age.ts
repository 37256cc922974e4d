/**
 * Read ages written next to a person: "aged 15", "age 15", "(15)",
 * ", 15,", "15-year-old", "15 years old".
 */
import {ageAt, type DateParts} from './dates.js'
import type {Token} from './tokens.js'

/** Age from a number token, or undefined when it is not a plausible age. */
function ageValue(token: Token | undefined): number | undefined {
  if (!token || !/^\d{1,3}$/.test(token.norm)) return undefined
  const value = Number(token.norm)
  return value > 0 && value < 120 ? value : undefined
}

const statingVerbs = new Set(['is', 'was', "'s", 'turned', 'turns', 'turning', 'aged', 'age', 'at', 'now'])
const statingFillers = new Set(['also', 'now', 'only', 'just', 'currently', 'then', 'both'])
const ageFollowers = new Set([
  'and',
  'but',
  'or',
  'years',
  'year',
  'yrs',
  'when',
  'at',
  'in',
  'with',
  'who',
  'so',
  'now',
  'then',
  'last',
  'this',
  'earlier',
  'recently',
  'on',
  'before',
  'after',
  'during',
  'by',
  'since',
  'until',
])

/**
 * Age stated by a verb at `index` ("is 15.", "was 14 and", "turned 18 in
 * May", "at 23,", "aged 15"): the number, or undefined. The number must end
 * a phrase, so times ("at 21:00") and addresses ("at 15 Station Road") are
 * not read as ages.
 */
export function statedAge(tokens: readonly Token[], index: number): number | undefined {
  const verb = tokens[index]
  if (!verb || !statingVerbs.has(verb.norm)) return undefined
  let i = index + 1
  while (statingFillers.has(tokens[i]?.norm ?? '')) i++
  const value = ageValue(tokens[i])
  if (value === undefined || (tokens[i]?.gap ?? 0) > 1) return undefined
  const after = tokens[i + 1]
  if (!after) return value
  if (/^[,.;)!?]/.test(after.gapChars) || (after.gap >= 3 && !/^[:.]/.test(after.gapChars))) return value
  if (after.gap === 0 && ageFollowers.has(after.norm)) return value
  return undefined
}

/** Age written right after the person at `head`: ", 24," / "(24)" / ", aged 24" / "who is 14". */
export function ageAfter(tokens: readonly Token[], head: number): number | undefined {
  const next = tokens[head + 1]
  if (!next) return undefined
  if (next.norm === 'aged' || next.norm === 'age') return ageValue(tokens[head + 2])
  if (next.norm === 'who' || next.norm === 'is' || next.norm === 'was') {
    const at = next.norm === 'who' ? head + 2 : head + 1
    const stated = statedAge(tokens, at)
    if (stated !== undefined) return stated
  }
  if (/[,(]/.test(next.gapChars)) {
    // ", now 24," / ", also 15,"
    const skip = statingFillers.has(next.norm) ? 1 : 0
    const value = ageValue(tokens[head + 1 + skip])
    const after = tokens[head + 2 + skip]
    // "Deano, 24, is" or "Deano (24)" but not "at 10, 12 and 14".
    if (
      value !== undefined &&
      (!after ||
        /[,)]/.test(after.gapChars) ||
        after.gap >= 3 ||
        (after.gap === 0 && ageFollowers.has(after.norm)))
    ) {
      return value
    }
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

export const childNouns: ReadonlySet<string> = new Set([
  'girl',
  'boy',
  'child',
  'person',
  'pv',
  'victim',
  'daughter',
  'son',
  'teenager',
  'pupil',
  'student',
  "girl's",
  "boy's",
  "child's",
  "person's",
  "victim's",
  "daughter's",
  "son's",
  "teenager's",
  "pupil's",
])

/**
 * Age of the narrative's main person at the time of the events, or
 * undefined when the text gives none. "15 at the time" wins; then a date of
 * birth read at `at` (the events' date: see `dates.ts`; never the clock);
 * then the youngest age under 18 written next to a name or a child noun
 * (the safe reading when a text names a child and adults); then the first
 * such age.
 */
export function primaryAge(
  tokens: readonly Token[],
  birth: DateParts | undefined,
  at: DateParts | undefined,
): number | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (token?.norm === 'at' && tokens[i + 1]?.norm === 'the' && tokens[i + 2]?.norm === 'time') {
      const value = ageValue(tokens[i - 1])
      if (value !== undefined) return value
    }
  }
  if (birth && at) {
    const age = ageAt(birth, at)
    if (age >= 0 && age < 120) return age
  }
  const ages: number[] = []
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!token) continue
    const stated = statedAge(tokens, i)
    if (stated !== undefined) ages.push(stated)
    const first = token.value.charAt(0)
    if ((first !== first.toLowerCase() || childNouns.has(token.norm)) && !/^\d/.test(first)) {
      const after = ageAfter(tokens, i)
      if (after !== undefined) ages.push(after)
    }
    if (childNouns.has(token.norm)) {
      const before = ageBefore(tokens, i, 3)
      if (before !== undefined) ages.push(before)
    }
  }
  const children = ages.filter((age) => age < 18)
  return children.length > 0 ? Math.min(...children) : ages[0]
}
