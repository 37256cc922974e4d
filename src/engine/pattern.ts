/**
 * Phrase pattern syntax → every word sequence it stands for.
 *
 * Syntax (see `RuleSpec.phrases`): words separated by spaces or hyphens;
 * `a|b` alternatives of one word; `(a b|c d)` alternatives of several words; `{go}` every inflection of a verb; `word(s)` an
 * optional suffix; `word?` an optional slot; `_` any one word; `$poss`,
 * `$self`, `$obj`, `$subj` pronoun sets. Alternatives may combine:
 * `{agree}|{consent} to`.
 */
import {verbForms} from './inflect.js'
import * as lexicon from './lexicon.js'
import {normaliseWord} from './normalise.js'
import type {WordClasses} from '../types.js'
import {splitContraction} from './tokens.js'

/** Matches any single word. */
export const WILDCARD = '_'

/** Matches a possessive: her, his, their, or any word ending in 's ("Kyle’s"). */
export const OWNER = '$owner'

/**
 * Matches the colon (or dash) after a form's field label, and no word: the
 * words before it are the label, the words after it its value
 * (`motivation : money` finds "Motivation: money").
 */
export const FIELD = ':'

/**
 * Matches the comma or opening bracket before an aside, and no word: police
 * and case-note shorthand give a person's age that way (`female , @age`
 * finds "female, 15," and "Female (15)").
 */
export const ASIDE = ','

/** The punctuation markers a phrase may cross: their names and what must stand before and after them. */
const breaks: ReadonlyMap<string, {name: string; before: string; after: string}> = new Map([
  [FIELD, {name: 'a field break `:`', before: 'a field label', after: 'a value'}],
  [ASIDE, {name: 'an aside break `,`', before: 'words', after: 'words'}],
])

/** Whether a slot is a punctuation marker (`:` or `,`) rather than words. */
export const isBreak = (word: string | undefined): boolean => word !== undefined && breaks.has(word)

const pronounSets: Readonly<Record<string, readonly string[]>> = {
  $poss: [...lexicon.possessivePronouns],
  $self: lexicon.phraseReflexives,
  $obj: lexicon.thirdPersonObjects,
  $subj: lexicon.thirdPersonSubjects,
}

/**
 * The table `tables` keeps for `key`, made by `make` the first time: the
 * caches here and in compile.ts, keyed by a class table or a rule array.
 */
export function tableFor<K extends object, V>(tables: WeakMap<K, V>, key: K, make: () => V): V {
  let table = tables.get(key)
  if (table === undefined) {
    table = make()
    tables.set(key, table)
  }
  return table
}

/** Error in authored pattern syntax; names the pattern and the problem. */
export class PatternError extends Error {
  constructor(pattern: string, problem: string) {
    super(`invalid phrase "${pattern}": ${problem}`)
    this.name = 'PatternError'
  }
}

/** One slot: the word sequences it accepts, and whether it may be left out. */
export interface Slot {
  readonly words: readonly (readonly string[])[]
  readonly optional: boolean
}

/** Most word sequences a class may stand for: keeps compiled rules small and matching bounded. */
const classLimit = 20_000

/** Expanded classes, per class table (classes are data, compiled once). */
const expanded = new WeakMap<WordClasses, Map<string, string[][]>>()

/**
 * Parse and check a pattern. Throws `PatternError` when it matches nothing,
 * could start with `_`, or names a word class `classes` does not define.
 */
export function parsePattern(pattern: string, classes?: WordClasses): Slot[] {
  const slots = parseSlots(pattern, classes, [])
  if (slots.every((slot) => slot.optional)) throw new PatternError(pattern, 'it matches no words')
  const first = slots.find((slot) => !slot.optional)?.words[0]?.[0]
  const before = first === undefined ? undefined : breaks.get(first)
  if (before) throw new PatternError(pattern, `${before.name} needs ${before.before} before it`)
  const last = slots.at(-1)?.words[0]?.[0]
  const after = last === undefined ? undefined : breaks.get(last)
  if (after) throw new PatternError(pattern, `${after.name} needs ${after.after} after it`)
  for (const slot of slots) {
    if (slot.words.some((words) => words[0] === WILDCARD)) {
      throw new PatternError(pattern, 'a phrase cannot start with `_`')
    }
    if (!slot.optional) break
  }
  return slots
}

/** Expand one pattern into every word sequence it matches (for tests and tools). */
export function expandPattern(pattern: string, classes?: WordClasses): string[][] {
  return expandSlots(parsePattern(pattern, classes))
}

function expandSlots(slots: readonly Slot[]): string[][] {
  let sequences: string[][] = [[]]
  for (const slot of slots) {
    const next: string[][] = []
    for (const sequence of sequences) {
      if (slot.optional) next.push(sequence)
      for (const words of slot.words) next.push([...sequence, ...words])
    }
    sequences = next
  }
  return sequences.filter((sequence) => sequence.length > 0)
}

/** The word sequences of class `name`, expanded once per class table. */
function classSequences(
  pattern: string,
  name: string,
  classes: WordClasses | undefined,
  stack: readonly string[],
): string[][] {
  const phrases = classes?.[name]
  if (!classes || !phrases) {
    const known = classes ? Object.keys(classes).sort().join(', ') : 'none'
    throw new PatternError(pattern, `unknown word class "@${name}" (known: ${known})`)
  }
  if (stack.includes(name)) throw new PatternError(pattern, `word class "@${name}" refers to itself`)
  const cache = tableFor(expanded, classes, () => new Map<string, string[][]>())
  const cached = cache.get(name)
  if (cached) return cached
  const sequences = dedupe(
    phrases.flatMap((phrase) => expandSlots(parseSlots(phrase, classes, [...stack, name]))),
  ).filter((sequence) => sequence.length > 0)
  if (sequences.length > classLimit) {
    throw new PatternError(pattern, `word class "@${name}" stands for more than ${classLimit} word sequences`)
  }
  cache.set(name, sequences)
  return sequences
}

/**
 * Parsed slots that name a word class, by their text, per class table: a slot
 * such as `@adult-act-verb?` recurs in many patterns and stands for thousands
 * of sequences, so it is parsed once, and the phrase index shares its compiled
 * form (keyed by the slot object). Plain slots are cheap and are not kept, and
 * the table stops growing at `slotCacheLimit`, so patterns sent to a
 * long-running service cannot grow it without end.
 */
const parsedSlots = new WeakMap<WordClasses, Map<string, Slot>>()
const slotCacheLimit = 4096

function parseSlots(pattern: string, classes: WordClasses | undefined, stack: readonly string[]): Slot[] {
  const parts = splitParts(pattern)
  if (parts.length === 0) throw new PatternError(pattern, 'it is empty')
  const cache = classes ? tableFor(parsedSlots, classes, () => new Map<string, Slot>()) : undefined
  return parts.map((part, index): Slot => {
    // Within a class's own phrases the stack guards against cycles: parse those afresh.
    const cacheable = cache !== undefined && stack.length === 0 && part.includes('@')
    const cached = cacheable ? cache?.get(part) : undefined
    if (cached) return cached
    const slot = parseSlot(pattern, part, classes, stack)
    if (cacheable && cache && cache.size < slotCacheLimit) cache.set(part, slot)
    if (index > 0 && telegraphicOwner(part, parts[index + 1])) return {words: slot.words, optional: true}
    return slot
  })
}

/**
 * Whether `part` is a `$poss` that notes may leave out before "own":
 * practitioners write "went of own volition", "making own choices", "own
 * worst enemy" without the possessive. Only after another word ("of",
 * "make"), so a phrase never starts at a bare "own".
 */
function telegraphicOwner(part: string, next: string | undefined): boolean {
  return part === '$poss' && (next === 'own' || next === 'own?')
}

function parseSlot(
  pattern: string,
  part: string,
  classes: WordClasses | undefined,
  stack: readonly string[],
): Slot {
  {
    const optional = part.endsWith('?') && part.length > 1
    const body = optional ? part.slice(0, -1) : part
    if (isBreak(body)) {
      if (optional) throw new PatternError(pattern, `${breaks.get(body)?.name} cannot be optional`)
      return {words: [[body]], optional: false}
    }
    // "(an adult|a grown up)": alternatives of several words.
    if (body.startsWith('(') && body.endsWith(')')) {
      const sequences = body
        .slice(1, -1)
        .split('|')
        .map((alternative) => alternative.trim())
      if (sequences.some((alternative) => alternative === '')) {
        throw new PatternError(pattern, 'an alternative in `(a b|c d)` is empty')
      }
      const words = sequences.map((sequence) =>
        sequence.split(/\s+/).flatMap((word) => {
          const forms = expandAlternative(pattern, word)
          if (forms.length !== 1)
            throw new PatternError(pattern, `use one plain word at a time inside (…), not "${word}"`)
          return splitWord(forms[0] ?? '')
        }),
      )
      return {words: dedupe(words), optional}
    }
    const words: string[] = []
    const sequences: string[][] = []
    for (const alternative of body.split('|')) {
      if (alternative === '') throw new PatternError(pattern, 'an alternative in `a|b` is empty')
      // "@volition": every word sequence of a named word class.
      const name = /^@([a-z][a-z0-9-]*)$/.exec(alternative)?.[1]
      if (name) sequences.push(...classSequences(pattern, name, classes, stack))
      else words.push(...expandAlternative(pattern, alternative))
    }
    if (sequences.length > 0) {
      return {words: dedupe([...[...new Set(words)].map(splitWord), ...sequences]), optional}
    }
    return {words: dedupe([...new Set(words)].map(splitWord)), optional}
  }
}

/** Alternatives without repeats ("(doesn't|does not)" are one sequence). */
function dedupe(words: readonly string[][]): string[][] {
  const seen = new Set<string>()
  return words.filter((sequence) => {
    const key = sequence.join(' ')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Split on spaces, keeping a parenthesised group of words together. */
function splitParts(pattern: string): string[] {
  const parts: string[] = []
  let current = ''
  let depth = 0
  for (const char of pattern.trim()) {
    if (char === '(') depth++
    if (char === ')') depth = Math.max(0, depth - 1)
    if (/\s/.test(char) && depth === 0) {
      if (current !== '') parts.push(current)
      current = ''
    } else current += char
  }
  if (depth !== 0) throw new PatternError(pattern, 'a "(" is not closed')
  if (current !== '') parts.push(current)
  return parts
}

function expandAlternative(pattern: string, alternative: string): string[] {
  if (alternative === WILDCARD) return [WILDCARD]
  if (alternative === OWNER) return [OWNER]
  const pronouns = pronounSets[alternative]
  if (pronouns) return [...pronouns]
  const verb = /^\{([a-z]+)\}$/i.exec(alternative)
  if (verb?.[1]) return [...verbForms(verb[1])]
  const suffix = /^([^()]+)\(([a-z']+)\)$/i.exec(alternative)
  if (suffix?.[1] && suffix[2]) return [normaliseWord(suffix[1]), normaliseWord(suffix[1] + suffix[2])]
  if (/[{}()$]/.test(alternative)) {
    throw new PatternError(pattern, `cannot read "${alternative}"; see the syntax in RuleSpec.phrases`)
  }
  return [normaliseWord(alternative)]
}

/**
 * Hyphens in a pattern word separate words ("gang-member" = "gang member"),
 * and a negative contraction is its verb and "not", as in the text.
 */
function splitWord(word: string): string[] {
  return word
    .split('-')
    .filter((part) => part !== '')
    .flatMap((part) => {
      const contraction = splitContraction(part)
      return contraction ? [contraction[0], contraction[2]] : [part]
    })
}
