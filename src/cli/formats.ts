/**
 * Report formats: `stylish` and `compact` (in `formats/human.ts`), `json`
 * (docs/json-format.schema.json), `sarif` (SARIF 2.1.0) and `github`
 * (workflow-command annotations). Only the flagged phrase itself ever
 * appears in a report, never the surrounding narrative.
 */
import {relative, sep} from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {coverage as coverageSpecs} from '../../rules/coverage.js'
import {rules as bundledRules} from '../../rules/index.js'
import {documentedIds, ruleUrl, toFinding} from '../finding.js'
import type {RuleSpec, Severity} from '../types.js'
import type {Format} from './args.js'
import {checkstyle} from './formats/checkstyle.js'
import {gitlab} from './formats/gitlab.js'
import {compact, coverageShown, stylish} from './formats/human.js'
import {junit} from './formats/junit.js'
import type {InputKind} from './read.js'

/** One linted file and what the report needs to know about it. */
export interface Result {
  readonly file: VFile
  /** Name shown in reports. */
  readonly name: string
  readonly kind: InputKind
  /**
   * List the missing facts: `true` when asked (`--coverage`, or `coverage:
   * true` in the config), `false` when turned off, undefined by default (see
   * `coverageShown`). The `json` report always lists them.
   */
  readonly coverage?: boolean | undefined
}

/** Everything a format needs. */
export interface ReportContext {
  readonly results: readonly Result[]
  /** Rules by id (bundled and from config), for SARIF rule metadata. */
  readonly rules: ReadonlyMap<string, RuleSpec>
  readonly version: string
  readonly color: boolean
  /** Errors only. */
  readonly quiet: boolean
  /** `stylish`: the suggestions and note under each finding. @default true */
  readonly advice?: boolean
}

/** The JSON format's schema version (see docs/json-format.schema.json). */
export const jsonFormatVersion = 1

/** Render the report in `format`. */
export function render(format: Format, context: ReportContext): string {
  if (format === 'json') return `${JSON.stringify(json(context), null, 2)}\n`
  if (format === 'sarif') return `${JSON.stringify(sarif(context), null, 2)}\n`
  if (format === 'github') return github(context)
  if (format === 'gitlab') return gitlab(context)
  if (format === 'checkstyle') return checkstyle(context)
  if (format === 'junit') return junit(context)
  if (format === 'compact') return compact(context)
  return stylish(context)
}

function visible(messages: readonly VFileMessage[], quiet: boolean): VFileMessage[] {
  return quiet ? messages.filter((message) => message.fatal === true) : [...messages]
}

function missingFacts(file: VFile): {id: string; label: string; prompt: string}[] {
  return (file.data.coverage?.elements ?? [])
    .filter((element) => !element.present)
    .map(({id, label, prompt}) => ({id, label, prompt}))
}

function json({results, version, quiet}: ReportContext): unknown {
  return {
    version: jsonFormatVersion,
    tool: {name: 'referral-lint', version},
    files: results.map(({file, name, kind}) => {
      const messages = visible(file.messages, quiet)
      return {
        file: name,
        kind,
        errorCount: messages.filter((message) => message.fatal === true).length,
        warningCount: messages.filter((message) => message.fatal === false).length,
        infoCount: messages.filter((message) => message.fatal !== true && message.fatal !== false).length,
        messages: messages.map(toFinding),
        missingFacts: quiet ? [] : missingFacts(file),
      }
    }),
  }
}

const sarifLevels: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
}

function uriOf(name: string): string {
  const path = name.startsWith('<') ? name : relative('.', name).split(sep).join('/')
  return encodeURI(path).replace(/[?#]/g, encodeURIComponent)
}

function sarif({results, rules, version, quiet}: ReportContext): unknown {
  const documented = documentedIds(bundledRules, coverageSpecs)
  const descriptors: unknown[] = []
  const indexOf = new Map<string, number>()
  const describe = (id: string): number => {
    let index = indexOf.get(id)
    if (index !== undefined) return index
    index = descriptors.length
    indexOf.set(id, index)
    const spec = rules.get(id)
    const element = id.startsWith('missing-')
      ? coverageSpecs.find((item) => `missing-${item.id}` === id)
      : undefined
    const short = spec?.message
      .replaceAll('`{actual}`', 'this wording')
      .replaceAll('{actual}', 'this wording')
    const text = spec?.note ?? element?.prompt ?? id
    const help = ruleUrl(id, spec?.url, documented)
    descriptors.push({
      id,
      name: id,
      shortDescription: {
        text: short ?? (element ? `The narrative does not say: ${element.label.toLowerCase()}` : id),
      },
      fullDescription: {text},
      ...(help === undefined ? {} : {helpUri: help}),
      help: {
        text: spec ? `${spec.note} Suggested wording: ${spec.suggestions.join(' / ') || '(none)'}.` : text,
        markdown: spec
          ? `${spec.note}\n\nSuggested wording: ${spec.suggestions.map((s) => `\`${s}\``).join(', ') || '(none)'}`
          : text,
      },
      defaultConfiguration: {level: sarifLevels[spec?.severity ?? 'info']},
      properties: {category: spec?.category ?? 'indicator', tags: [spec?.category ?? 'indicator']},
    })
    return index
  }

  const sarifResults: unknown[] = []
  for (const result of results) {
    const {file, name} = result
    const uri = uriOf(name)
    for (const message of visible(file.messages, quiet)) {
      const position = toFinding(message)
      const id = message.ruleId ?? 'referral-lint'
      const region: Record<string, number> = {
        startLine: position.line,
        startColumn: position.column,
        endLine: position.endLine,
        endColumn: position.endColumn,
      }
      if (position.offset !== null && position.endOffset !== null) {
        region.charOffset = position.offset
        region.charLength = position.endOffset - position.offset
      }
      sarifResults.push({
        ruleId: id,
        ruleIndex: describe(id),
        level: sarifLevels[position.severity],
        message: {text: message.reason},
        locations: [{physicalLocation: {artifactLocation: {uri}, region}}],
        properties: {
          category: message.category ?? null,
          actual: message.actual ?? null,
          suggestions: message.expected ?? [],
        },
      })
    }
    if (quiet || !coverageShown(result, 'ci')) continue
    for (const fact of missingFacts(file)) {
      const id = `missing-${fact.id}`
      sarifResults.push({
        ruleId: id,
        ruleIndex: describe(id),
        kind: 'informational',
        level: 'none',
        message: {text: `The narrative does not say: ${fact.label.toLowerCase()}. ${fact.prompt}`},
        locations: [{physicalLocation: {artifactLocation: {uri}}}],
        properties: {category: 'indicator'},
      })
    }
  }

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'referral-lint',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/referral-lint/referral-lint',
            rules: descriptors,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  }
}

/** Escape data of a workflow command. */
function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escape a property of a workflow command. */
function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

function github({results, quiet}: ReportContext): string {
  const lines: string[] = []
  const commands = {error: 'error', warning: 'warning', info: 'notice'} as const
  for (const result of results) {
    const {file, name} = result
    for (const message of visible(file.messages, quiet)) {
      const p = toFinding(message)
      const title = `referral-lint(${message.ruleId ?? 'unknown'})`
      const suggestion = message.expected?.length ? ` Suggestion: ${message.expected.join(' / ')}` : ''
      lines.push(
        `::${commands[p.severity]} file=${escapeProperty(name)},line=${p.line},endLine=${p.endLine},col=${p.column},endColumn=${p.endColumn},title=${escapeProperty(title)}::${escapeData(message.reason + suggestion)}`,
      )
    }
    if (quiet || !coverageShown(result, 'ci')) continue
    const missing = missingFacts(file)
    if (missing.length > 0) {
      lines.push(
        `::notice file=${escapeProperty(name)},title=${escapeProperty('referral-lint(missing facts)')}::${escapeData(`Missing facts: ${missing.map(({label}) => label.toLowerCase()).join('; ')}`)}`,
      )
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}
