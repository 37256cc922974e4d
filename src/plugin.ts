/**
 * The retext plugin: `unified().use(retextEnglish).use(retextReferralLint)`.
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {coverage as bundledCoverage} from '../rules/coverage.js'
import {rules as bundledRules, vocabulary} from '../rules/index.js'
import {applyDirectives} from './config/directives.js'
import {closest} from './config/errors.js'
import {check} from './engine/check.js'
import {compileRules} from './engine/compile.js'
import {compileCoverage} from './engine/coverage.js'
import {parseReferenceDate} from './engine/dates.js'
import {documentedIds, ruleUrl} from './finding.js'
import type {Options} from './types.js'
import {categories} from './vocabulary.js'

const emptyOptions: Readonly<Options> = Object.freeze({})
const documented = documentedIds(bundledRules, bundledCoverage)

/**
 * Check a referral narrative for victim-blaming language and consent
 * framing; each finding is a message on the file.
 *
 * Rules are compiled once when the plugin is attached, never per file.
 *
 * @param options - Rule severities, or the rules to run (optional).
 * @returns Transform.
 */
const retextReferralLint: Plugin<[(Readonly<Options> | null | undefined)?], Root> = function (options) {
  const settings = options ?? emptyOptions
  const compiled = compileRules(settings.ruleSpecs ?? bundledRules, settings.allow, vocabulary)
  const coverage = compileCoverage(bundledCoverage)
  const reference = parseReferenceDate(settings.referenceDate)
  checkRuleKeys(
    settings,
    compiled.rules.map((rule) => rule.spec.id),
    bundledCoverage.map((fact) => `missing-${fact.id}`),
  )
  // Decided once per rule: its own url, its docs/rules.md section, or none.
  const urls = new Map(compiled.rules.map(({spec}) => [spec.id, ruleUrl(spec.id, spec.url, documented)]))
  return function (tree: Root, file: VFile): undefined {
    check(tree, file, compiled, coverage, settings, reference, urls)
    // Inline `referral-lint-disable…` directives in the text (see src/config/directives.ts).
    applyDirectives(file)
  }
}

/**
 * A misspelt id in `options.rules` would leave the rule reporting with
 * nothing said: refuse it, naming the closest id, as the CLI config does.
 */
function checkRuleKeys(settings: Readonly<Options>, ids: readonly string[], facts: readonly string[]): void {
  const known = new Set<string>([...ids, ...categories, ...facts])
  for (const key of Object.keys(settings.rules ?? {})) {
    if (known.has(key)) continue
    const near = closest(key, known)
    throw new TypeError(
      `referral-lint: \`options.rules\` has "${key}", which is not a rule id or category; ${near ? `use "${near}" (the closest) or remove it` : 'fix or remove it'}`,
    )
  }
}

export default retextReferralLint
