/**
 * Look-ups that print and exit: `--explain <rule>` (message, note,
 * suggested wording, examples, sources), `--list-rules` (every rule with
 * its category and the severity the configuration gives it) and
 * `--print-config <file>` (the configuration that applies to a file, as
 * JSON). Text by default, JSON with `--format json`. The rules include
 * those a configuration adds (packs, deny phrases), found from the working
 * directory as for linting.
 */
import {relative} from 'node:path'
import process from 'node:process'
import {coverage} from '../../rules/coverage.js'
import {rules as bundledRules, sources} from '../../rules/index.js'
import {closest} from '../config/index.js'
import type {CoverageElementSpec, Options, RuleSetting, RuleSpec} from '../types.js'
import {documentedIds, ruleUrl} from '../finding.js'
import {docsUrl} from '../vocabulary.js'
import type {LintCommand} from './args.js'
import {ConfigLoader} from './config.js'
import {UsageError} from './errors.js'
import type {Io} from './run.js'

/** Print what the command asks for; resolves to the exit code. */
export async function inform(command: LintCommand, io: Io): Promise<number> {
  const loader = new ConfigLoader(
    {...(command.preset ? {preset: command.preset} : {}), ...(command.indicators ? {indicators: true} : {})},
    command.config,
    command.noConfig,
  )
  const json = command.format === 'json'
  if (command.printConfig !== undefined) {
    const loaded = await loader.forFile(command.printConfig)
    io.stdout(
      `${JSON.stringify(describeConfig(command.printConfig, loaded.file, loaded.options, command.coverage ?? loaded.coverage), null, 2)}\n`,
    )
    return 0
  }
  const {options} = await loader.forFile(undefined)
  const rules = options.ruleSpecs ?? bundledRules
  const bundled = new Set(bundledRules.map((rule) => rule.id))
  if (command.listRules) {
    io.stdout(
      json ? `${JSON.stringify(listJson(rules, bundled, options), null, 2)}\n` : listText(rules, options),
    )
    return 0
  }
  const id = command.explain ?? ''
  const rule = rules.find((item) => item.id === id)
  const fact = coverage.find((item) => `missing-${item.id}` === id)
  if (!rule && !fact) {
    const near = closest(id, [
      ...rules.map((item) => item.id),
      ...coverage.map((item) => `missing-${item.id}`),
    ])
    throw new UsageError(
      `unknown rule "${id}": ${near ? `did you mean "${near}"? ` : ''}see --list-rules for every rule id`,
    )
  }
  if (rule) {
    const url = ruleUrl(rule.id, rule.url, documentedIds(bundledRules, coverage))
    io.stdout(
      json ? `${JSON.stringify(ruleJson(rule, options, url), null, 2)}\n` : ruleText(rule, options, url),
    )
  } else if (fact) {
    io.stdout(json ? `${JSON.stringify(factJson(fact), null, 2)}\n` : factText(fact))
  }
  return 0
}

/** The severity the options give a rule (`off` when turned off). */
export function settingOf(rule: RuleSpec, options: Options<string>): RuleSetting {
  return options.rules?.[rule.id] ?? options.rules?.[rule.category] ?? rule.severity
}

function describeConfig(
  target: string,
  file: string | undefined,
  options: Options,
  coverage: boolean | undefined,
): unknown {
  const bundled = new Set(bundledRules.map((rule) => rule.id))
  const all = options.ruleSpecs ?? bundledRules
  return {
    file: target,
    config: file === undefined ? null : shown(file),
    options: {
      preset: options.preset ?? 'child',
      indicators: options.indicators ?? false,
      rules: options.rules ?? {},
      allow: options.allow ?? [],
      ...(options.referenceDate === undefined ? {} : {referenceDate: options.referenceDate}),
      // Unset: missing facts are listed for plain text and .docx only.
      ...(coverage === undefined ? {} : {coverage}),
    },
    extraRules: all.filter((rule) => !bundled.has(rule.id)).map((rule) => rule.id),
    rules: Object.fromEntries(all.map((rule) => [rule.id, settingOf(rule, options)])),
  }
}

/** A path relative to the working directory when inside it, as errors show it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel === '' || rel.startsWith('..') ? path : rel
}

/** `--list-rules --format json` (and the service's `GET /v1/rules`): every rule and missing fact, as `options` set them. */
export function listJson(
  rules: readonly RuleSpec[],
  bundled: ReadonlySet<string>,
  options: Options,
): unknown {
  const documented = documentedIds(bundledRules, coverage)
  return {
    rules: rules.map((rule) => ({
      id: rule.id,
      category: rule.category,
      severity: settingOf(rule, options),
      defaultSeverity: rule.severity,
      fixable: rule.fix !== undefined,
      origin: bundled.has(rule.id) ? 'bundled' : 'config',
      deprecated: rule.deprecated ? {replacedBy: [...rule.deprecated.replacedBy]} : null,
      url: ruleUrl(rule.id, rule.url, documented) ?? null,
    })),
    facts: coverage.map((fact) => ({
      id: `missing-${fact.id}`,
      label: fact.label,
      severity: options.indicators ? 'info' : 'off',
      url: `${docsUrl}#missing-${fact.id}`,
    })),
  }
}

function listText(rules: readonly RuleSpec[], options: Options): string {
  const rows = rules.map((rule) => {
    const setting = settingOf(rule, options)
    const changed = setting === rule.severity ? '' : ` (default ${rule.severity})`
    return [rule.id, rule.category, `${setting}${changed}`, rule.fix === undefined ? '' : 'fixable']
  })
  const header = ['rule', 'category', 'severity', 'fix']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd()
  const facts = coverage.map((fact) => `  missing-${fact.id}: ${fact.label.toLowerCase()}`)
  return `${[line(header), ...rows.map(line)].join('\n')}

${String(rules.length)} rules. Missing NRM facts, reported as info findings with --indicators:
${facts.join('\n')}

referral-lint --explain <rule> explains one.
`
}

function ruleJson(rule: RuleSpec, options: Options, url: string | undefined): unknown {
  return {
    id: rule.id,
    category: rule.category,
    severity: settingOf(rule, options),
    defaultSeverity: rule.severity,
    message: rule.message,
    note: rule.note,
    suggestions: [...rule.suggestions],
    fix: rule.fix ?? null,
    examples: {
      incorrect: rule.examples.incorrect.map((example) =>
        typeof example === 'string' ? example : example.text,
      ),
      correct: [...rule.examples.correct],
    },
    sources: rule.sources.map((key) => ({key, ...sourceOf(key)})),
    url: url ?? null,
  }
}

function ruleText(rule: RuleSpec, options: Options, url: string | undefined): string {
  const setting = settingOf(rule, options)
  const lines = [
    `${rule.id} (${rule.category}, ${setting}${setting === rule.severity ? '' : `; default ${rule.severity}`})`,
    '',
    rule.message.replaceAll('{actual}', '…'),
    '',
    wrap(rule.note),
    '',
  ]
  if (rule.suggestions.length > 0)
    lines.push('Suggested wording:', ...rule.suggestions.map((s) => `  - ${s}`), '')
  if (rule.fix !== undefined) lines.push(`--fix replaces it with: ${rule.fix}`, '')
  const incorrect = rule.examples.incorrect.map((example) =>
    typeof example === 'string' ? example : example.text,
  )
  if (incorrect.length > 0)
    lines.push('Flagged ([[…]] marks the span):', ...incorrect.map((text) => `  - ${text}`), '')
  if (rule.examples.correct.length > 0)
    lines.push('Not flagged:', ...rule.examples.correct.map((text) => `  - ${text}`), '')
  lines.push(...sourceLines(rule.sources))
  if (url) lines.push(`More: ${url}`, '')
  return `${lines.join('\n').trimEnd()}\n`
}

function factJson(fact: CoverageElementSpec): unknown {
  return {
    id: `missing-${fact.id}`,
    category: 'indicator',
    severity: 'info',
    label: fact.label,
    prompt: fact.prompt,
    sources: fact.sources.map((key) => ({key, ...sourceOf(key)})),
    url: `${docsUrl}#missing-${fact.id}`,
  }
}

function factText(fact: CoverageElementSpec): string {
  const lines = [
    `missing-${fact.id} (indicator, info; reported with --indicators)`,
    '',
    `The narrative does not say: ${fact.label.toLowerCase()}`,
    '',
    wrap(fact.prompt),
    '',
  ]
  lines.push(...sourceLines(fact.sources))
  lines.push(`More: ${docsUrl}#missing-${fact.id}`)
  return `${lines.join('\n')}\n`
}

/** The `Sources:` section of an explanation: each key, title and address (nothing when there are none). */
function sourceLines(keys: readonly string[]): string[] {
  if (keys.length === 0) return []
  const cited = keys.flatMap((key) => {
    const source = sourceOf(key)
    return [`  - ${key}: ${source.title}`, `    ${source.url}`]
  })
  return ['Sources:', ...cited, '']
}

function sourceOf(key: string): {title: string; url: string} {
  const source = (sources as Readonly<Record<string, {title: string; url: string} | undefined>>)[key]
  return source ? {title: source.title, url: source.url} : {title: key, url: ''}
}

/** Wrap prose at 78 columns. */
function wrap(text: string): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > 78) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.join('\n')
}
