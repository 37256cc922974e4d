/**
 * Compile rule data once into one phrase index keyed by first word.
 * Compiled indexes are cached per rule array, so attaching the plugin again
 * with the same rules costs nothing.
 */
import type {ConditionSpec, GuardSpec, RuleSpec, Vocabulary} from '../types.js'
import {categories, severities, targets} from '../vocabulary.js'
import {checkComplexity, complexityLimits} from './complexity.js'
import {compilePhrases, type PhraseSet} from './context.js'
import {parsePattern, PatternError, tableFor, type Slot} from './pattern.js'
import {addPattern, createIndex, type PhraseIndex} from './phrase-index.js'

export interface CompiledCondition {
  readonly before?: PhraseSet
  readonly after?: PhraseSet
  readonly within: number
}

export interface CompiledRule {
  readonly spec: RuleSpec
  readonly guards: Required<GuardSpec>
  readonly unless: readonly CompiledCondition[]
}

export interface CompiledRules {
  readonly rules: readonly CompiledRule[]
  readonly index: PhraseIndex
  /** Rules by id. */
  readonly byId: ReadonlyMap<string, CompiledRule>
  /** Allowed phrases (`Options.allow`), if any. */
  readonly allow: PhraseIndex | undefined
}

/** A rule that cannot be compiled; names the rule, the field and what to do. */
export class RuleSpecError extends Error {
  constructor(id: string, field: string, problem: string) {
    super(`rule "${id}": \`${field}\` ${problem}`)
    this.name = 'RuleSpecError'
  }
}

const cache = new WeakMap<readonly RuleSpec[], WeakMap<Vocabulary, CompiledRules>>()

/** No word classes and no shared conditions. */
export const emptyVocabulary: Vocabulary = Object.freeze({classes: {}, conditions: {}})

/**
 * Compile rules (cached per array and vocabulary) and the allowed phrases.
 * Throws `RuleSpecError` on bad data.
 */
export function compileRules(
  specs: readonly RuleSpec[],
  allow?: readonly string[],
  vocabulary: Vocabulary = emptyVocabulary,
): CompiledRules {
  const rules = compileSpecs(specs, vocabulary)
  if (!allow || allow.length === 0) return rules
  const index = createIndex()
  for (const phrase of allow) addPattern(index, parseOrThrow('(allow)', 'allow', phrase, vocabulary), 0)
  return {...rules, allow: index}
}

function compileSpecs(specs: readonly RuleSpec[], vocabulary: Vocabulary): CompiledRules {
  const cached = cache.get(specs)?.get(vocabulary)
  if (cached) return cached
  const index = createIndex()
  const rules: CompiledRule[] = []
  const byId = new Map<string, CompiledRule>()
  for (const spec of specs) {
    validate(spec)
    if (byId.has(spec.id)) throw new RuleSpecError(spec.id, 'id', 'is used by two rules; ids must be unique')
    const payload = rules.length
    for (const phrase of spec.phrases) {
      addPattern(
        index,
        nounForms(telegraphic(parseOrThrow(spec.id, 'phrases', phrase, vocabulary)), spec.target),
        payload,
      )
    }
    const rule: CompiledRule = {
      spec,
      guards: guardsOf(spec),
      unless: resolveConditions(spec, vocabulary).map((condition) => ({
        ...(condition.precededBy ? {before: phraseSet(spec.id, condition.precededBy, vocabulary)} : {}),
        ...(condition.followedBy ? {after: phraseSet(spec.id, condition.followedBy, vocabulary)} : {}),
        within: condition.within ?? 1,
      })),
    }
    rules.push(rule)
    byId.set(spec.id, rule)
  }
  const compiled = {rules, index, byId, allow: undefined}
  rememberCompiled(specs, vocabulary, compiled)
  return compiled
}

/** A rule's guards: its own settings over the defaults. */
export function guardsOf(spec: RuleSpec): Required<GuardSpec> {
  return {
    negation: true,
    quotation: true,
    mention: true,
    referent: true,
    adults: false,
    age: false,
    agent: false,
    ...spec.guards,
  }
}

/** Cache `compiled` as the compiled form of `specs` with `vocabulary` (compiled here, or revived by snapshot.ts). */
export function rememberCompiled(
  specs: readonly RuleSpec[],
  vocabulary: Vocabulary,
  compiled: CompiledRules,
): void {
  tableFor(cache, specs, () => new WeakMap<Vocabulary, CompiledRules>()).set(vocabulary, compiled)
}

/**
 * A rule's `unless`, with shared conditions named by string looked up in the
 * vocabulary. A shared condition's list may itself name shared conditions
 * (a group cited as one name); those are looked up in turn.
 */
function resolveConditions(spec: RuleSpec, vocabulary: Vocabulary): ConditionSpec[] {
  const resolved: ConditionSpec[] = []
  const add = (conditions: readonly (ConditionSpec | string)[], naming: readonly string[]): void => {
    for (const condition of conditions) {
      if (typeof condition !== 'string') {
        resolved.push(condition)
        continue
      }
      const shared = vocabulary.conditions[condition]
      if (!shared) {
        const known = Object.keys(vocabulary.conditions).sort().join(', ') || 'none'
        const where = naming.length > 0 ? ` (in "${naming.join('" → "')}")` : ''
        throw new RuleSpecError(
          spec.id,
          'unless',
          `names "${condition}"${where}, which is not a shared condition (known: ${known})`,
        )
      }
      if (naming.includes(condition)) {
        throw new RuleSpecError(
          spec.id,
          'unless',
          `names "${condition}", a shared condition that names itself (${[...naming, condition].join(' → ')})`,
        )
      }
      add(isConditionList(shared) ? shared : [shared], [...naming, condition])
    }
  }
  add(spec.unless ?? [], [])
  return resolved
}

function isConditionList(
  shared: ConditionSpec | readonly (ConditionSpec | string)[],
): shared is readonly (ConditionSpec | string)[] {
  return Array.isArray(shared)
}

/** Possessives that notes leave out ("changes story", "made own choices"); articles stay, as dropping them cost precision. */
const droppable = new Set(['his', 'her', 'their'])
const droppableMarker = new Set(['his', 'their'])

/**
 * A rule phrase read as notes write it: a possessive slot inside the phrase
 * (not its first or last word) may be left out, so `{change} $poss story`
 * also finds "- changes story". A slot counts when every alternative is one
 * such word and one is "his" or "their", so an object "her" alone ("let her
 * down") is kept. Inside a word class, `$poss` before "own" is made optional
 * where the pattern is parsed (`telegraphicOwner` in pattern.ts), since a
 * class's phrases reach this point already expanded into word sequences.
 */
function telegraphic(slots: Slot[]): Slot[] {
  let optional = slots.filter((slot) => slot.optional).length
  return slots.map((slot, index) => {
    if (slot.optional || index === 0 || index === slots.length - 1 || optional >= complexityLimits.optional)
      return slot
    const words = slot.words
    const only = words.every((sequence) => sequence.length === 1 && droppable.has(sequence[0] ?? ''))
    if (!only || !words.some((sequence) => droppableMarker.has(sequence[0] ?? ''))) return slot
    optional++
    return {words, optional: true}
  })
}

/**
 * A label noun also matches its plural ("gang members"), a relationship
 * noun its plural and possessive ("boyfriends", "her boyfriend's flat"):
 * the last word of each alternative of the last slot gains them.
 */
function nounForms(slots: Slot[], target: RuleSpec['target']): Slot[] {
  if (target !== 'label' && target !== 'relationship') return slots
  const last = slots.at(-1)
  if (!last) return slots
  const words: string[][] = []
  for (const sequence of last.words) {
    words.push([...sequence])
    const noun = sequence.at(-1)
    if (!noun || !/^[a-z]{3,}$/.test(noun)) continue
    const head = sequence.slice(0, -1)
    const plural = pluralOf(noun)
    // A relationship word flags in the possessive too ("her boyfriend's flat");
    // a label's possessive is most often the adult's ("the suspect's phone").
    const forms = target === 'relationship' ? [`${noun}'s`, plural, `${plural}'`] : [plural]
    for (const form of forms) words.push([...head, form])
  }
  return [...slots.slice(0, -1), {words, optional: last.optional}]
}

function pluralOf(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`
  if (noun.endsWith('man')) return `${noun.slice(0, -3)}men`
  return `${noun}s`
}

function phraseSet(id: string, patterns: readonly string[], vocabulary: Vocabulary): PhraseSet {
  for (const pattern of patterns) parseOrThrow(id, 'unless', pattern, vocabulary)
  return compilePhrases(patterns, vocabulary.classes)
}

function parseOrThrow(id: string, field: string, pattern: string, vocabulary: Vocabulary): Slot[] {
  try {
    // A word class is vetted data: it counts as one word towards the caps.
    checkComplexity(pattern.replace(/@[a-z][a-z0-9-]*/g, 'x'))
    return parsePattern(pattern, vocabulary.classes)
  } catch (error) {
    if (error instanceof PatternError) throw new RuleSpecError(id, field, `has an ${error.message}`)
    throw error
  }
}

const kebab = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

/** Runtime check of the fields the engine relies on (protects user-written packs). */
function validate(spec: RuleSpec): void {
  const value = spec as unknown as Record<string, unknown>
  const id = typeof value.id === 'string' ? value.id : '(no id)'
  if (typeof value.id !== 'string' || !kebab.test(value.id)) {
    throw new RuleSpecError(id, 'id', 'must be a kebab-case string such as "went-willingly"')
  }
  if (!categories.includes(value.category as never)) {
    throw new RuleSpecError(id, 'category', `must be one of ${categories.join(', ')}`)
  }
  if (!severities.includes(value.severity as never)) {
    throw new RuleSpecError(id, 'severity', `must be one of ${severities.join(', ')}`)
  }
  if (value.category === 'indicator' && value.severity !== 'info') {
    throw new RuleSpecError(
      id,
      'severity',
      'must be "info" for a rule in category "indicator" (a nudge, not a flag)',
    )
  }
  if (!targets.includes(value.target as never)) {
    throw new RuleSpecError(id, 'target', `must be one of ${targets.join(', ')}`)
  }
  if (!isStringList(value.phrases) || value.phrases.length === 0) {
    throw new RuleSpecError(id, 'phrases', 'must be a non-empty list of phrases')
  }
  if (!isStringList(value.suggestions))
    throw new RuleSpecError(id, 'suggestions', 'must be a list of strings')
  for (const field of ['message', 'note'] as const) {
    if (typeof value[field] !== 'string' || value[field] === '') {
      throw new RuleSpecError(id, field, 'must be a non-empty string')
    }
  }
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}
