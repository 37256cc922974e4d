/**
 * Fill the slots of a suggestion ([child], [adult], [place]) from the
 * narrative's own words, only where that is safe; an unresolved slot stays
 * visible. A filled suggestion uses only words of the narrative and the
 * rule's fixed wording: it never invents a fact.
 */
import {ageAfter, statedAge} from './age.js'
import type {Context} from './context.js'
import * as lexicon from './lexicon.js'
import {normaliseWord} from './normalise.js'
import type {Token} from './tokens.js'

/** People and places the narrative names, read once per file. */
export interface Cast {
  /** The child's name ("Jade"), or "the child" when the text calls them so. */
  readonly child: string | undefined
  /** Adults named with an age of 18 or more, with the sentence they are named in. */
  readonly adults: ReadonlyArray<{readonly name: string; readonly sentence: number}>
}

/** Read the child and the named adults. */
export function readCast(context: Context): Cast {
  const {tokens} = context
  let child: string | undefined
  const adults: Array<{name: string; sentence: number}> = []
  const seen = new Set<string>()
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!token || !(isName(token) || isLetterName(tokens, i))) continue
    const age = ageAfter(tokens, i) ?? (tokens[i + 1]?.norm === 'is' ? statedAge(tokens, i + 1) : undefined)
    if (age === undefined) continue
    const name = fullName(tokens, i)
    if (age < 18) child ??= name
    else if (!seen.has(name)) {
      seen.add(name)
      adults.push({name, sentence: token.sentence})
    }
  }
  if (child === undefined) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i]?.norm === 'the' && tokens[i + 1]?.norm === 'child') {
        child = 'the child'
        break
      }
    }
  }
  return {child, adults}
}

function isName(token: Token): boolean {
  // Most words start with an ASCII character that is no capital: no regular expression for them.
  if (!mayBeCapital(token.value)) return false
  return (
    /^\p{Lu}[\p{L}'’-]*$/u.test(token.value) && !lexicon.notNames.has(token.norm) && !/'s$/.test(token.norm)
  )
}

/** False where `value` cannot start with a capital (`\p{Lu}`): empty, or an ASCII first character other than A–Z. */
function mayBeCapital(value: string): boolean {
  const c = value.charCodeAt(0)
  return c >= 128 || (c >= 65 && c <= 90)
}

/** "Child A", "Person B": a capital letter after a capitalised word. */
function isLetterName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]
  const previous = tokens[i - 1]
  return (
    token !== undefined &&
    // One capital letter: one UTF-16 unit, or two for a letter beyond the BMP.
    token.value.length <= 2 &&
    /^\p{Lu}$/u.test(token.value) &&
    token.gap === 0 &&
    previous !== undefined &&
    isName(previous)
  )
}

/** "Big T" / "Jermaine Clarke": a name may take the capitalised word before it. */
function fullName(tokens: readonly Token[], i: number): string {
  const token = tokens[i]
  const previous = tokens[i - 1]
  // A sentence's first word is capitalised anyway ("Yesterday Jade"), except
  // before a letter pseudonym ("Child A").
  const letter = token !== undefined && /^\p{Lu}$/u.test(token.value)
  const joins = previous !== undefined && (previous.gap < 4 || letter)
  if (
    token &&
    previous &&
    token.gap === 0 &&
    isName(previous) &&
    previous.sentence === token.sentence &&
    joins
  ) {
    return `${previous.value} ${token.value}`
  }
  return token?.value ?? ''
}

/** A place named after a preposition in the sentence of `index` ("to Leeds", "in Beverley Road"). */
function placeNear(context: Context, index: number): string | undefined {
  const {tokens} = context
  const sentence = tokens[index]?.sentence
  let first = index
  while (first > 0 && index - first < 40 && tokens[first - 1]?.sentence === sentence) first--
  for (let i = first; tokens[i]?.sentence === sentence && i - index < 40; i++) {
    const token = tokens[i]
    const next = tokens[i + 1]
    if (!token || !next || !lexicon.placePrepositions.has(token.norm) || next.gap !== 0 || !isName(next))
      continue
    if (ageAfter(tokens, i + 1) !== undefined) continue
    const words = [next.value]
    for (let k = i + 2; tokens[k] && tokens[k]?.gap === 0 && isName(tokens[k]!); k++)
      words.push(tokens[k]!.value)
    return words.join(' ')
  }
  return undefined
}

/** Values for the slots of a finding at token `index`. */
export function slotValues(context: Context, cast: Cast, index: number): Record<string, string> {
  const sentence = context.tokens[index]?.sentence ?? -1
  const values: Record<string, string> = {}
  if (cast.child !== undefined) values.child = cast.child
  // Adults named in this sentence, else in the one before.
  for (let distance = 0; distance <= 1; distance++) {
    const near: string[] = []
    for (const adult of cast.adults) if (adult.sentence === sentence - distance) near.push(adult.name)
    if (near.length > 0) {
      values.adult = near.length === 1 ? near[0]! : `${near.slice(0, -1).join(', ')} and ${near.at(-1)}`
      break
    }
  }
  const place = placeNear(context, index)
  if (place !== undefined) values.place = place
  return values
}

/** Replace `[child]`, `[adult]` and `[place]` with known values; leave the rest. */
export function fillSlots(suggestion: string, values: Readonly<Record<string, string>>): string {
  if (!suggestion.includes('[')) return suggestion
  return suggestion.replace(/\[(child|adult|place)\]/g, (slot, name: string) => values[name] ?? slot)
}

const toPresent: Readonly<Record<string, string>> = {
  was: 'is',
  were: 'are',
  had: 'has',
  went: 'goes',
  did: 'does',
}
const toPast: Readonly<Record<string, string>> = {
  is: 'was',
  are: 'were',
  has: 'had',
  goes: 'went',
  does: 'did',
}

/** Tense of the flagged words, from their first word: "agrees to go" present, "went willingly" past. */
export function tenseOf(actual: string): 'present' | 'past' | undefined {
  const first =
    actual
      .trim()
      .split(/\s+/)[0]
      ?.toLowerCase()
      .replace(/[\u2018\u2019]/g, "'") ?? ''
  if (lexicon.pastTenseWords.has(first) || /[^e]ed$|ied$|eed$/.test(first)) return 'past'
  if (lexicon.presentTenseWords.has(first) || /[^s]s$/.test(first)) return 'present'
  return undefined
}

/**
 * Keep a suggestion in the tense of the words it replaces, for its first
 * word only ("agrees to go" → "is told to go", not "was told to go").
 */
export function matchTense(suggestion: string, tense: 'present' | 'past' | undefined): string {
  if (!tense) return suggestion
  const space = suggestion.indexOf(' ')
  const first = space === -1 ? suggestion : suggestion.slice(0, space)
  const swapped = (tense === 'present' ? toPresent : toPast)[first]
  return swapped === undefined ? suggestion : swapped + (space === -1 ? '' : suggestion.slice(space))
}

/**
 * Drop from a filled suggestion a name it filled in that the sentence
 * already gives right after the flagged words, so that putting the
 * suggestion in place does not repeat it: "went willingly with Deano to
 * Exeter" → "went after [promise / threat / debt]", not "went with Deano
 * after … with Deano"; "her boyfriend, Dean Harlow, aged 23" → "abuser",
 * not "abuser (Dean Harlow, aged [age])". The rule's own words stay.
 *
 * @param following - The normalised words after the flagged span, in its sentence.
 * @param filled - The values put into the suggestion's slots.
 */
export function dropRepeats(
  suggestion: string,
  following: readonly string[],
  filled: readonly string[],
): string {
  return repeatDropper(following, filled)(suggestion)
}

/**
 * `dropRepeats` for the suggestions of one finding: the sentence's words
 * are joined, and each value looked for in them, once for all of its
 * suggestions.
 */
export function repeatDropper(
  following: readonly string[],
  filled: readonly string[],
): (suggestion: string) => string {
  if (following.length === 0 || filled.length === 0) return unchanged
  let sequence: string | undefined
  const said = new Map<string, boolean>()
  const says = (words: string): boolean => {
    let answer = said.get(words)
    if (answer === undefined) {
      sequence ??= ` ${following.join(' ')} `
      answer = sequence.includes(` ${normaliseWord(words).replace(/[^\p{L}\p{N}' ]/gu, '')} `)
      said.set(words, answer)
    }
    return answer
  }
  return (suggestion) => {
    let result = suggestion
    for (const value of filled) {
      // Both replacements below need the value itself in the suggestion.
      if (!result.includes(value) || !says(value)) continue
      const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      // A bracketed aside built around the name: "(Dean Harlow, aged [age])".
      result = result.replace(new RegExp(`\\s*\\(${escaped}[^()]*\\)`, 'u'), '')
      // The name with its preposition ("with Deano", "by Deano") when the sentence says the same.
      result = result.replace(
        new RegExp(`\\s+(with|by|to|for|from|at|in)\\s+${escaped}(?=[\\s,;.]|$)`, 'u'),
        (run, preposition: string) => (says(`${preposition} ${value}`) ? '' : run),
      )
    }
    // Most suggestions have no spacing to tidy: test once before three passes.
    if (!untidy.test(result)) return result
    return result
      .replace(/\s{2,}/g, ' ')
      .replace(/\s+([,;:.)])/g, '$1')
      .trim()
  }
}

const unchanged = (suggestion: string): string => suggestion

/** What the tidying in `repeatDropper` changes: a run of spaces, a space before punctuation, a space at either end. */
const untidy = /\s\s|\s[,;:.)]|^\s|\s$/
