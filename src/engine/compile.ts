/**
 * Compile rule data once into one phrase index keyed by first word.
 * Compiled indexes are cached per rule array, so attaching the plugin again
 * with the same rules costs nothing.
 */
import type {GuardSpec, RuleSpec} from '../types.js'
import {categories, severities, targets} from '../vocabulary.js'
import {checkComplexity} from './complexity.js'
import {compilePhrases, type PhraseSet} from './context.js'
import {parsePattern, PatternError, type Slot} from './pattern.js'
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

const cache = new WeakMap<readonly RuleSpec[], CompiledRules>()

/**
 * Compile rules (cached per array) and the allowed phrases. Throws
 * `RuleSpecError` on bad data.
 */
export function compileRules(specs: readonly RuleSpec[], allow?: readonly string[]): CompiledRules {
  const rules = compileSpecs(specs)
  if (!allow || allow.length === 0) return rules
  const index = createIndex()
  for (const phrase of allow) addPattern(index, parseOrThrow('(allow)', 'allow', phrase), 0)
  return {...rules, allow: index}
}

function compileSpecs(specs: readonly RuleSpec[]): CompiledRules {
  const cached = cache.get(specs)
  if (cached) return cached
  const index = createIndex()
  const rules: CompiledRule[] = []
  const byId = new Map<string, CompiledRule>()
  for (const spec of specs) {
    validate(spec)
    if (byId.has(spec.id)) throw new RuleSpecError(spec.id, 'id', 'is used by two rules; ids must be unique')
    const payload = rules.length
    for (const phrase of spec.phrases) addPattern(index, parseOrThrow(spec.id, 'phrases', phrase), payload)
    const rule: CompiledRule = {
      spec,
      guards: {
        negation: true,
        quotation: true,
        mention: true,
        referent: true,
        adults: false,
        age: false,
        agent: false,
        ...spec.guards,
      },
      unless: (spec.unless ?? []).map((condition) => ({
        ...(condition.precededBy ? {before: phraseSet(spec.id, condition.precededBy)} : {}),
        ...(condition.followedBy ? {after: phraseSet(spec.id, condition.followedBy)} : {}),
        within: condition.within ?? 1,
      })),
    }
    rules.push(rule)
    byId.set(spec.id, rule)
  }
  const compiled = {rules, index, byId, allow: undefined}
  cache.set(specs, compiled)
  return compiled
}

function phraseSet(id: string, patterns: readonly string[]): PhraseSet {
  for (const pattern of patterns) parseOrThrow(id, 'unless', pattern)
  return compilePhrases(patterns)
}

function parseOrThrow(id: string, field: string, pattern: string): Slot[] {
  try {
    checkComplexity(pattern)
    return parsePattern(pattern)
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
