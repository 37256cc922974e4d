/**
 * Extra rule packs (JSON or YAML) in the bundled rule format, checked at
 * load the way the bundled rules are checked in CI: each rule compiles, and
 * each of its examples is linted with only that rule enabled.
 */
import {vocabulary} from '../../rules/index.js'
import {compileRules, RuleSpecError} from '../engine/compile.js'
import {lintSync} from '../lint.js'
import type {IncorrectExample, RuleSpec} from '../types.js'
import {closest, ConfigError} from './errors.js'

/** The fields of a rule (`RuleSpec`); any other key in a pack rule is an error. */
const ruleKeys = [
  'id',
  'category',
  'severity',
  'target',
  'phrases',
  'unless',
  'guards',
  'message',
  'suggestions',
  'note',
  'sources',
  'fix',
  'adult',
  'deprecated',
  'examples',
  'pack',
  'url',
] as const
const guardKeys = ['negation', 'quotation', 'mention', 'referent', 'adults', 'agent', 'age']
const conditionKeys = ['precededBy', 'followedBy', 'within']
const exampleKeys = ['incorrect', 'correct', 'info', 'knownFalsePositives', 'knownMisses']
// eslint-disable-next-line no-control-regex -- a fix must not hold control characters or line breaks
const unsafeText = /[\u0000-\u001f\u007f\u2028\u2029]/

/**
 * Check the shape of the fields the compiler does not check (it trusts
 * typed data): unknown keys, `unless`, `guards`, `fix`, `adult`, `examples`.
 */
function checkShape(item: Record<string, unknown>, file: string, field: string): void {
  const id = typeof item.id === 'string' ? item.id : '(no id)'
  const fail = (path: string, problem: string): never => {
    throw new ConfigError(file, `${field}.${path}`, `rule "${id}": ${problem}`)
  }
  unknownKeys(item, ruleKeys, (key, hint) => fail(key, `is not a rule field${hint}; remove it`))
  if (item.fix !== undefined) {
    if (typeof item.fix !== 'string' || item.fix.trim() === '')
      fail('fix', 'must be a non-empty string (the replacement text)')
    if (unsafeText.test(item.fix as string)) fail('fix', 'must not hold line breaks or control characters')
  }
  if (item.url !== undefined && (typeof item.url !== 'string' || !/^https?:\/\/[^\s]+$/.test(item.url))) {
    fail('url', "must be an http(s) address of the rule's documentation")
  }
  if (item.unless !== undefined) {
    if (!Array.isArray(item.unless))
      fail('unless', 'must be a list of {precededBy, followedBy, within} objects')
    for (const [index, condition] of (item.unless as unknown[]).entries()) {
      const where = `unless[${String(index)}]`
      if (!isRecord(condition)) fail(where, 'must be an object with precededBy and/or followedBy')
      const record = condition as Record<string, unknown>
      unknownKeys(record, conditionKeys, (key, hint) =>
        fail(`${where}.${key}`, `is not a condition field${hint}; remove it`),
      )
      for (const key of ['precededBy', 'followedBy']) {
        const list = record[key]
        if (
          list !== undefined &&
          !(Array.isArray(list) && list.every((phrase) => typeof phrase === 'string' && phrase !== ''))
        ) {
          fail(`${where}.${key}`, 'must be a list of phrases (non-empty strings)')
        }
      }
      if (record.precededBy === undefined && record.followedBy === undefined) {
        fail(where, 'needs precededBy or followedBy')
      }
      const within = record.within
      if (
        within !== undefined &&
        !(Number.isInteger(within) && (within as number) >= 1 && (within as number) <= 40)
      ) {
        fail(`${where}.within`, 'must be a whole number from 1 to 40')
      }
    }
  }
  if (item.guards !== undefined) {
    if (!isRecord(item.guards)) fail('guards', 'must be an object of guard names and true or false')
    for (const [key, value] of Object.entries(item.guards as Record<string, unknown>)) {
      if (!guardKeys.includes(key)) fail(`guards.${key}`, `is not a guard; use ${guardKeys.join(', ')}`)
      if (typeof value !== 'boolean') fail(`guards.${key}`, 'must be true or false')
    }
  }
  if (item.adult !== undefined) {
    if (!isRecord(item.adult)) fail('adult', 'must be an object with message, note or suggestions')
    const adult = item.adult as Record<string, unknown>
    unknownKeys(adult, ['message', 'note', 'suggestions'], (key, hint) =>
      fail(`adult.${key}`, `is not a field${hint}; remove it`),
    )
    for (const key of ['message', 'note']) {
      if (adult[key] !== undefined && typeof adult[key] !== 'string') fail(`adult.${key}`, 'must be a string')
    }
    const suggestions = adult.suggestions
    if (
      suggestions !== undefined &&
      !(Array.isArray(suggestions) && suggestions.every((text) => typeof text === 'string'))
    ) {
      fail('adult.suggestions', 'must be a list of strings')
    }
  }
  if (
    item.sources !== undefined &&
    !(Array.isArray(item.sources) && item.sources.every((key) => typeof key === 'string'))
  ) {
    fail('sources', 'must be a list of strings')
  }
  if (item.examples !== undefined) {
    if (!isRecord(item.examples)) fail('examples', 'must be an object with incorrect and correct lists')
    const examples = item.examples as Record<string, unknown>
    unknownKeys(examples, exampleKeys, (key, hint) =>
      fail(`examples.${key}`, `is not an example list${hint}; remove it`),
    )
    for (const key of exampleKeys) {
      const list = examples[key]
      if (list === undefined) continue
      const ok =
        Array.isArray(list) &&
        list.every(
          (example) =>
            typeof example === 'string' ||
            (key === 'incorrect' && isRecord(example) && typeof example.text === 'string'),
        )
      if (!ok) fail(`examples.${key}`, 'must be a list of example sentences (strings)')
    }
  }
}

function unknownKeys(
  record: Record<string, unknown>,
  known: readonly string[],
  fail: (key: string, hint: string) => void,
): void {
  for (const key of Object.keys(record)) {
    if (known.includes(key)) continue
    const near = closest(key, known)
    fail(key, near ? ` (did you mean "${near}"?)` : '')
  }
}

/**
 * Check a parsed pack: a list of rules, or an object with a `rules` list.
 *
 * @throws {ConfigError} Naming the pack file, the rule and the field, or the
 *   example that fails.
 */
export function validatePack(raw: unknown, file: string): RuleSpec[] {
  const list = Array.isArray(raw) ? raw : isRecord(raw) && Array.isArray(raw.rules) ? raw.rules : undefined
  if (!list) throw new ConfigError(file, 'rules', 'must be a list of rules (the RuleSpec format of rules/)')
  const specs: RuleSpec[] = []
  for (const [index, item] of (list as unknown[]).entries()) {
    const field = `rules[${index}]`
    if (!isRecord(item))
      throw new ConfigError(file, field, 'must be a rule object (the RuleSpec format of rules/)')
    checkShape(item, file, field)
    const spec = {sources: [], ...item} as unknown as RuleSpec
    try {
      compileRules([spec], undefined, vocabulary)
    } catch (error) {
      if (error instanceof RuleSpecError) throw new ConfigError(file, field, `${error.message}; fix the rule`)
      throw error
    }
    checkExamples(spec, file, field)
    specs.push(spec)
  }
  return specs
}

function checkExamples(spec: RuleSpec, file: string, field: string): void {
  const examples = spec.examples as Partial<RuleSpec['examples']> | undefined
  const incorrect = Array.isArray(examples?.incorrect) ? examples.incorrect : []
  const correct = Array.isArray(examples?.correct) ? examples.correct : []
  if (incorrect.length === 0 || correct.length === 0) {
    throw new ConfigError(
      file,
      `${field}.examples`,
      `rule "${spec.id}" needs at least one incorrect (with a [[…]] span) and one correct example`,
    )
  }
  const options = {ruleSpecs: [spec]}
  for (const [index, example] of incorrect.entries()) {
    const where = `${field}.examples.incorrect[${index}]`
    const source = typeof example === 'string' ? example : (example as Exclude<IncorrectExample, string>).text
    const parsed = parseMarked(source)
    if (!parsed)
      throw new ConfigError(file, where, `rule "${spec.id}": mark the expected span with one [[…]] pair`)
    const found = lintSync(parsed.text, options).messages.filter((message) => message.ruleId === spec.id)
    const at = found.map((message) => {
      const place = message.place
      return place && 'start' in place ? [place.start.offset, place.end.offset] : []
    })
    if (found.length !== 1 || at[0]?.[0] !== parsed.start || at[0][1] !== parsed.end) {
      throw new ConfigError(
        file,
        where,
        `rule "${spec.id}": example "${source}" expected one finding at [[${parsed.actual}]] but got ${found.length}; fix \`phrases\` or the example`,
      )
    }
  }
  for (const [index, text] of correct.entries()) {
    const found = lintSync(String(text), options).messages.filter((message) => message.ruleId === spec.id)
    if (found.length > 0) {
      throw new ConfigError(
        file,
        `${field}.examples.correct[${index}]`,
        `rule "${spec.id}": example "${String(text)}" should draw nothing but is flagged; fix \`phrases\`/\`unless\` or the example`,
      )
    }
  }
}

function parseMarked(source: string): {text: string; start: number; end: number; actual: string} | undefined {
  if (typeof source !== 'string') return undefined
  const open = source.indexOf('[[')
  const close = source.indexOf(']]')
  if (open === -1 || close < open || source.indexOf('[[', open + 2) !== -1) return undefined
  const actual = source.slice(open + 2, close)
  return {
    text: source.slice(0, open) + actual + source.slice(close + 2),
    start: open,
    end: open + actual.length,
    actual,
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
