/**
 * Validate a configuration object (from `.referrallintrc*` or the
 * `referral-lint` key of `package.json`) and turn it into `Options`.
 *
 * Browser-safe: reading files is the caller's job (the CLI reads config and
 * pack files and hands their text here).
 */
import {coverage} from '../../rules/coverage.js'
import {rules as bundledRules} from '../../rules/index.js'
import {checkComplexity} from '../engine/complexity.js'
import {isDateText} from '../engine/dates.js'
import {PatternError} from '../engine/pattern.js'
import type {Category, Options, RuleSetting, RuleSpec, Severity} from '../types.js'
import {categories, severities} from '../vocabulary.js'
import {closest, ConfigError} from './errors.js'

/** A deny phrase: extra wording a team wants flagged, with its suggestion. */
export interface DenySpec {
  /** Phrase in the rule phrase syntax (no regular expressions). */
  readonly phrase: string
  /** Suggested wording. */
  readonly suggestion: string
  /** Category from the vocabulary (required). */
  readonly category: Category
  /** @default 'warning' */
  readonly severity?: Severity
  /** Rule id (optional). @default `deny-` and the phrase in kebab-case */
  readonly id?: string
  /** Why, and how to reword (optional). */
  readonly note?: string
}

/** A validated configuration. */
export interface Config {
  /** @default 'child' */
  readonly preset?: 'child' | 'adult'
  /** Severity or `'off'` by rule id or category (optional). */
  readonly rules?: Readonly<Record<string, RuleSetting>>
  /** Accepted phrases (optional). */
  readonly allow?: readonly string[]
  /** Extra phrases to flag (optional). */
  readonly deny?: readonly DenySpec[]
  /** Rule pack files (JSON or YAML), relative to the config file (optional). */
  readonly packs?: readonly string[]
  /** Also report missing NRM facts as info messages (optional). @default false */
  readonly indicators?: boolean
  /**
   * List the NRM facts a narrative does not state, in the CLI's report
   * (optional; default: for plain text and `.docx`, not for Markdown or HTML
   * templates; `--coverage` and `--no-coverage` win).
   */
  readonly coverage?: boolean
  /** Path patterns to skip, relative to the config file (optional). */
  readonly ignore?: readonly string[]
  /**
   * Date to read ages at where the text dates no event: `YYYY`, `YYYY-MM` or
   * `YYYY-MM-DD` (optional; the CLI's `--date` wins; without either, today).
   */
  readonly referenceDate?: string
}

const keys = [
  'preset',
  'rules',
  'allow',
  'deny',
  'packs',
  'indicators',
  'coverage',
  'ignore',
  'referenceDate',
  '$schema',
] as const
const denyKeys = ['phrase', 'suggestion', 'category', 'severity', 'id', 'note'] as const
const settings: readonly string[] = ['off', 'info', 'warning', 'error']
const kebab = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

/**
 * Check a parsed configuration object.
 *
 * @param raw - Parsed JSON or YAML.
 * @param file - Where it came from, for error messages.
 * @throws {ConfigError} Naming the file, the field and what to do.
 */
export function validateConfig(raw: unknown, file: string): Config {
  if (raw === null || raw === undefined) return {}
  if (!isRecord(raw))
    throw new ConfigError(file, '', 'must hold an object (key: value pairs); see the README')
  for (const key of Object.keys(raw)) {
    if (!(keys as readonly string[]).includes(key)) {
      const hint = /regex|pattern/i.test(key)
        ? '; regular expressions are not supported: use `deny` phrases (rule phrase syntax)'
        : closestHint(key, keys)
      throw new ConfigError(file, key, `is not a known key${hint}; remove it`)
    }
  }
  const config: Record<string, unknown> = {}
  if (raw.preset !== undefined) {
    if (raw.preset !== 'child' && raw.preset !== 'adult') {
      throw new ConfigError(file, 'preset', 'must be "child" or "adult"')
    }
    config.preset = raw.preset
  }
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules))
      throw new ConfigError(file, 'rules', 'must be an object of rule id or category: severity')
    for (const [id, value] of Object.entries(raw.rules)) {
      if (typeof value !== 'string' || !settings.includes(value)) {
        throw new ConfigError(file, `rules.${id}`, `must be one of ${settings.join(', ')}`)
      }
    }
    config.rules = raw.rules
  }
  for (const field of ['allow', 'packs', 'ignore'] as const) {
    if (raw[field] === undefined) continue
    config[field] = stringList(raw[field], file, field)
  }
  for (const [index, phrase] of ((config.allow ?? []) as string[]).entries()) {
    checkPhrase(phrase, file, `allow[${index}]`)
  }
  if (raw.indicators !== undefined) {
    if (typeof raw.indicators !== 'boolean')
      throw new ConfigError(file, 'indicators', 'must be true or false')
    config.indicators = raw.indicators
  }
  if (raw.coverage !== undefined) {
    if (typeof raw.coverage !== 'boolean') {
      throw new ConfigError(
        file,
        'coverage',
        'must be true (list missing facts) or false (never list them); remove it for the default',
      )
    }
    config.coverage = raw.coverage
  }
  if (raw.referenceDate !== undefined) {
    // YAML may read an unquoted 2026-03-14 as a date.
    const value =
      raw.referenceDate instanceof Date ? raw.referenceDate.toISOString().slice(0, 10) : raw.referenceDate
    if (!isDateText(value)) {
      throw new ConfigError(
        file,
        'referenceDate',
        'must be a date such as "2026-03-14" (or "2026-03", or "2026")',
      )
    }
    config.referenceDate = value
  }
  if (raw.deny !== undefined) {
    if (!Array.isArray(raw.deny)) {
      throw new ConfigError(file, 'deny', 'must be a list of {phrase, suggestion, category} objects')
    }
    config.deny = raw.deny.map((item, index) => validateDeny(item, file, `deny[${index}]`))
  }
  return config
}

function validateDeny(item: unknown, file: string, field: string): DenySpec {
  if (!isRecord(item))
    throw new ConfigError(file, field, 'must be an object with phrase, suggestion and category')
  for (const key of Object.keys(item)) {
    if (!(denyKeys as readonly string[]).includes(key)) {
      throw new ConfigError(
        file,
        `${field}.${key}`,
        `is not a known key${closestHint(key, denyKeys)}; remove it`,
      )
    }
  }
  for (const key of ['phrase', 'suggestion'] as const) {
    if (typeof item[key] !== 'string' || item[key] === '') {
      throw new ConfigError(file, `${field}.${key}`, 'is required: give a non-empty string')
    }
  }
  checkPhrase(item.phrase as string, file, `${field}.phrase`)
  const usable = categories.filter((category) => category !== 'indicator')
  if (!usable.includes(item.category as never)) {
    throw new ConfigError(file, `${field}.category`, `is required: give one of ${usable.join(', ')}`)
  }
  if (item.severity !== undefined && !severities.includes(item.severity as never)) {
    throw new ConfigError(file, `${field}.severity`, `must be one of ${severities.join(', ')}`)
  }
  if (item.id !== undefined && (typeof item.id !== 'string' || !kebab.test(item.id))) {
    throw new ConfigError(file, `${field}.id`, 'must be a kebab-case id such as "deny-troubled-teen"')
  }
  if (item.note !== undefined && typeof item.note !== 'string') {
    throw new ConfigError(file, `${field}.note`, 'must be a string')
  }
  return item as unknown as DenySpec
}

/** Turn a deny phrase into a rule. */
export function denyRule(deny: DenySpec): RuleSpec {
  const slug = deny.phrase
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return {
    id: deny.id ?? `deny-${slug || 'phrase'}`,
    category: deny.category,
    severity: deny.severity ?? 'warning',
    target: 'term',
    phrases: [deny.phrase],
    message: '`{actual}` is wording your team has chosen to avoid',
    suggestions: [deny.suggestion],
    note: deny.note ?? `Your team's configuration lists this wording; write "${deny.suggestion}" instead.`,
    sources: [],
    examples: {incorrect: [], correct: []},
  }
}

/**
 * Build `Options` from a validated config and the rules of its packs.
 *
 * @throws {ConfigError} On an unknown rule id (naming the closest one).
 */
export function toOptions(config: Config, packRules: readonly RuleSpec[], file: string): Options {
  const extra = [...packRules, ...(config.deny ?? []).map(denyRule)]
  const all = extra.length > 0 ? [...bundledRules, ...extra] : bundledRules
  const ids = new Set<string>()
  for (const rule of all) {
    if (ids.has(rule.id)) {
      throw new ConfigError(
        file,
        'deny',
        `rule id "${rule.id}" is used twice; give the deny phrase or pack rule its own \`id\``,
      )
    }
    ids.add(rule.id)
  }
  // `missing-<fact>` ids are the --indicators findings.
  const known = [...ids, ...categories, ...coverage.map((element) => `missing-${element.id}`)]
  for (const id of Object.keys(config.rules ?? {})) {
    if (known.includes(id)) continue
    const near = closest(id, known)
    throw new ConfigError(
      file,
      `rules.${id}`,
      `is not a rule id or category; ${near ? `use "${near}" (the closest id) or remove it` : 'fix or remove it'}`,
    )
  }
  return {
    ...(config.preset ? {preset: config.preset} : {}),
    ...(config.rules ? {rules: config.rules} : {}),
    ...(config.allow && config.allow.length > 0 ? {allow: config.allow} : {}),
    ...(config.indicators ? {indicators: true} : {}),
    ...(config.referenceDate ? {referenceDate: config.referenceDate} : {}),
    ...(extra.length > 0 ? {ruleSpecs: all} : {}),
  }
}

function checkPhrase(phrase: string, file: string, field: string): void {
  try {
    checkComplexity(phrase)
  } catch (error) {
    if (error instanceof PatternError) {
      throw new ConfigError(
        file,
        field,
        `has an ${error.message}; use the rule phrase syntax (see the README)`,
      )
    }
    throw error
  }
}

function stringList(value: unknown, file: string, field: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item !== '')) {
    throw new ConfigError(file, field, 'must be a list of non-empty strings')
  }
  return value as string[]
}

function closestHint(key: string, candidates: readonly string[]): string {
  const near = closest(key, candidates)
  return near ? ` (did you mean "${near}"?)` : ''
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
