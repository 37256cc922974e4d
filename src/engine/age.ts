/**
 * Read ages written next to a person: "aged 15", "age 15", "(15)",
 * ", 15,", "15-year-old", "15 years old".
 */
import {ageAt, type DateParts} from './dates.js'
import * as lexicon from './lexicon.js'
import type {Token} from './tokens.js'

/** Whether the number at `i` is part of a date or a time ("14/01/24", "03.04.25", "06:00"), not an age. */
export function isDatePart(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]
  if (!token || !/^\d+$/.test(token.norm)) return false
  const before = /^\d+$/.test(tokens[i - 1]?.norm ?? '') && /^[/.:]$/.test(token.gapChars)
  const after = /^\d+$/.test(tokens[i + 1]?.norm ?? '') && /^[/.:]$/.test(tokens[i + 1]?.gapChars ?? '')
  return before || after
}

/** Age from a number token, or undefined when it is not a plausible age. */
function ageValue(token: Token | undefined): number | undefined {
  if (!token || !/^\d{1,3}$/.test(token.norm)) return undefined
  const value = Number(token.norm)
  return value > 0 && value < 120 ? value : undefined
}

/**
 * Age stated by a verb at `index` ("is 15.", "was 14 and", "turned 18 in
 * May", "at 23,", "aged 15"): the number, or undefined. The number must end
 * a phrase, so times ("at 21:00") and addresses ("at 15 Station Road") are
 * not read as ages.
 */
export function statedAge(tokens: readonly Token[], index: number): number | undefined {
  const verb = tokens[index]
  if (!verb || !lexicon.ageStatingVerbs.has(verb.norm)) return undefined
  let i = index + 1
  while (lexicon.ageStatingFillers.has(tokens[i]?.norm ?? '')) i++
  const value = ageValue(tokens[i])
  // "Age: 29" in a form field: a colon after "age" only.
  const field = verb.norm === 'age' && i === index + 1 && /^\s*:\s*$/.test(tokens[i]?.gapChars ?? '')
  if (value === undefined || ((tokens[i]?.gap ?? 0) > 1 && !field)) return undefined
  const after = tokens[i + 1]
  if (!after) return value
  if (/^[,.;)!?]/.test(after.gapChars) || (after.gap >= 3 && !/^[:.]/.test(after.gapChars))) return value
  if (after.gap === 0 && lexicon.ageFollowers.has(after.norm)) return value
  return undefined
}

/** Verbs by which a person gives their own age ("claiming to be 15", "says he is 14", "stated 17"). */
/** Nouns for the other party, whose claimed age is doubted ("boyfriend", "a man who says he is 17"). */
const claimDoubted =
  /^(boyfriend|boyfriends|bf|girlfriend|girlfriends|gf|partner|partners|friend|friends|mate|mates|man|men|adult|adults|fiance|fiancé|husband|lover|contact|contacts|associate|associates|guy|guys|bloke|blokes|lad|lads|he|him|who)$/

const claimVerbs = /^(claiming|claims|claimed|stating|states|stated|purporting|purports)$/

/** The age given after the claim verb at `index`: "claiming to be 15,", "says he is 14.", "(claimed 17)". */
function claimedAge(tokens: readonly Token[], index: number): number | undefined {
  let i = index + 1
  while (
    i <= index + 4 &&
    /^(to|be|he|she|they|is|was|s|age|aged|his|her|their|that|as|only|just)$/.test(tokens[i]?.norm ?? '')
  )
    i++
  const value = ageValue(tokens[i])
  // Only a child's age: a child who says she is 18 online is still a child.
  if (value === undefined || value >= 18 || (tokens[i]?.gap ?? 0) > 1) return undefined
  const after = tokens[i + 1]
  if (!after || /^[,.;:)!?\u2013\u2014-]/.test(after.gapChars.trim()) || after.gap >= 3) return value
  return undefined
}

/** Age written right after the person at `head`: ", 24," / "(24)" / ", aged 24" / "who is 14". */
export function ageAfter(tokens: readonly Token[], head: number): number | undefined {
  const next = tokens[head + 1]
  if (!next) return undefined
  // "YP 13", "PV 15", "child 14": a child noun with a number right after it.
  if (lexicon.agedPersonNouns.has(tokens[head]?.norm ?? '') && next.gap === 0) {
    const value = ageValue(next)
    const after = tokens[head + 2]
    if (value !== undefined && (!after || after.gap > 0 || !/^\d/.test(after.norm))) return value
  }
  if (next.norm === 'aged' || next.norm === 'age') return ageValue(tokens[head + 2])
  // "Male claiming to be 15", "Yusuf (claimed 17)", "a boy who states he is 14": the age a
  // person gives, which a dispute about it does not take away.
  // Not the age an abuser gives: "her boyfriend, who says he is 17" is a grooming tactic, not an age.
  const claimAt = next.norm === 'who' ? head + 2 : head + 1
  if (claimVerbs.test(tokens[claimAt]?.norm ?? '') && !claimDoubted.test(tokens[head]?.norm ?? '')) {
    const claimed = claimedAge(tokens, claimAt)
    if (claimed !== undefined) return claimed
  }
  // "a grown man of 30", "a boy of 14": "of" and a number after a noun for a person.
  const noun = tokens[head]?.norm ?? ''
  if (
    next.norm === 'of' &&
    next.gap === 0 &&
    (lexicon.adultPersonNouns.has(noun) ||
      lexicon.agedPersonNouns.has(noun) ||
      lexicon.youthNouns.has(noun)) &&
    /^\d{1,2}$/.test(tokens[head + 2]?.norm ?? '') &&
    (tokens[head + 3] === undefined ||
      (tokens[head + 3]?.gap ?? 0) > 0 ||
      lexicon.ageFollowers.has(tokens[head + 3]?.norm ?? ''))
  )
    return ageValue(tokens[head + 2])
  if (next.norm === 'who' || next.norm === 'is' || next.norm === 'was') {
    const at = next.norm === 'who' ? head + 2 : head + 1
    const stated = statedAge(tokens, at)
    if (stated !== undefined) return stated
  }
  if (/[,(]/.test(next.gapChars)) {
    // ", now 24," / ", also 15,"
    // ", then aged 20,": a filler and "aged" together.
    const filler = lexicon.ageStatingFillers.has(next.norm) ? 1 : 0
    const skip = filler + (/^(aged|age)$/.test(tokens[head + 1 + filler]?.norm ?? '') && filler ? 1 : 0)
    const value = ageValue(tokens[head + 1 + skip])
    const after = tokens[head + 2 + skip]
    // "Deano, 24, is" or "Deano (24)" but not "at 10, 12 and 14".
    if (
      value !== undefined &&
      (!after ||
        /[,)]/.test(after.gapChars) ||
        after.gap >= 3 ||
        (after.gap === 0 && lexicon.ageFollowers.has(after.norm)))
    ) {
      return value
    }
  }
  return undefined
}

/**
 * An age noun at token `k`: shorthand ("15yo", "15 y/o") or "26-year-old"
 * ("a mature 26-year-old", "the suspect, a 38-year-old man").
 */
export function ageNounAt(tokens: readonly Token[], k: number): number | undefined {
  const short = shortAge(tokens, k)
  if (short !== undefined) return short
  const number = tokens[k]
  if (!number || !/^\d{1,2}$/.test(number.norm)) return undefined
  return /^years?$/.test(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.norm === 'old'
    ? Number(number.norm)
    : undefined
}

/**
 * An age in shorthand ending at token `i`: "15 y/o", "15yo", "15yrs",
 * "15 yrs", "15 years" (as in "a 15 years boy"), or undefined.
 */
export function shortAge(tokens: readonly Token[], i: number): number | undefined {
  const token = tokens[i]
  if (!token) return undefined
  // Each form below starts with a digit, "o" or "y": most words are none of them.
  const code = token.norm.charCodeAt(0)
  if (!(code >= 48 && code <= 57) && code !== 111 && code !== 121) return undefined
  const joined = /^(\d{1,2})(yo|yrs?|y\/o)$/.exec(token.norm)
  if (joined?.[1]) return ageValue({...token, norm: joined[1]})
  // "15 y/o": y, o with a slash between; "15 yrs", "15 yo".
  if (token.norm === 'o' && tokens[i - 1]?.norm === 'y' && /\//.test(token.gapChars))
    return ageValue(tokens[i - 2])
  if (/^(yo|yrs?)$/.test(token.norm) && token.gap === 0) return ageValue(tokens[i - 1])
  return undefined
}

/** Age written in the few words before `index`: "the 24-year-old", "a 15 year old". */
export function ageBefore(tokens: readonly Token[], index: number, window = 4): number | undefined {
  for (let i = index - 1; i >= Math.max(0, index - window); i--) {
    const token = tokens[i]
    if (!token) break
    if (token.norm === 'old' && /^(years?|yrs?|yr)$/.test(tokens[i - 1]?.norm ?? '')) {
      const value = ageValue(tokens[i - 2])
      if (value !== undefined) return value
    }
    const short = shortAge(tokens, i)
    if (short !== undefined) return short
    if (token.gap > 2 && i < index - 1) break
  }
  return undefined
}

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
    // "gave his age as 16", "date of birth given as …, age as 15".
    if (token.norm === 'age' && tokens[i + 1]?.norm === 'as') {
      const given = ageValue(tokens[i + 2])
      if (given !== undefined) ages.push(given)
    }
    if (
      (changesCase(token.value) || lexicon.agedPersonNouns.has(token.norm)) &&
      !startsWithDigit(token.value)
    ) {
      const after = ageAfter(tokens, i)
      if (after !== undefined) ages.push(after)
    }
    if (lexicon.agedPersonNouns.has(token.norm)) {
      const before = ageBefore(tokens, i, 3)
      if (before !== undefined) ages.push(before)
    }
    // "15 y/o", "a 12-year-old" standing for a person: a child's age only,
    // since "the 24-year-old" is as often the adult as the person referred.
    const short = shortAge(tokens, i)
    if (short !== undefined && short < 18) ages.push(short)
    if (
      token.norm === 'old' &&
      /^(years?|yrs?|yr)$/.test(tokens[i - 1]?.norm ?? '') &&
      tokens[i - 1]?.gap === 1
    ) {
      const value = ageValue(tokens[i - 2])
      if (value !== undefined && value < 18) ages.push(value)
    }
  }
  const children = ages.filter((age) => age < 18)
  return children.length > 0 ? Math.min(...children) : ages[0]
}

/** Whether the first character of `value` changes in lower case (`first !== first.toLowerCase()`), without a string for ASCII. */
function changesCase(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  const first = value.charAt(0)
  return first !== first.toLowerCase()
}

/** `/^\d/.test(value)`. */
function startsWithDigit(value: string): boolean {
  const code = value.charCodeAt(0)
  return code >= 48 && code <= 57
}
