/**
 * Extra rule packs (JSON or YAML) in the bundled rule format, checked at
 * load the way the bundled rules are checked in CI: each rule compiles, and
 * each of its examples is linted with only that rule enabled.
 */
import {vocabulary} from '../../rules/index.js'
import {compileRules, RuleSpecError} from '../engine/compile.js'
import {lintSync} from '../lint.js'
import type {IncorrectExample, RuleSpec} from '../types.js'
import {ConfigError} from './errors.js'

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
