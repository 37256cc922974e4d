/**
 * Generate `docs/rules.md` (one section per rule), the rules table in
 * `README.md` (between `<!-- rules:start -->` and `<!-- rules:end -->`) and
 * `src/rule-ids.ts` (the string-literal union of the bundled rule ids, which
 * types `Options.rules`) from the rule data.
 *
 * Usage: `npm run docs` writes the three files; `npm run docs -- --check`
 * exits 1 when any is stale. The output is formatted with the repository's
 * Prettier config, so `prettier --check` agrees with it, and holds nothing
 * that changes between runs (no dates, stable order).
 */
import {readFile, writeFile, mkdir} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import process from 'node:process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {format, resolveConfig} from 'prettier'
import {coverage} from '../rules/coverage.js'
import {rules as bundledRules, sources as bundledSources} from '../rules/index.js'
import type {Source} from '../rules/index.js'
import type {CoverageElementSpec, IncorrectExample, RuleSpec} from '../src/types.js'
import {categories, docsUrl} from '../src/vocabulary.js'

/** Repository root. */
const defaultRoot = fileURLToPath(new URL('../', import.meta.url))

/** Markers around the generated table in README.md. */
export const markers = {start: '<!-- rules:start -->', end: '<!-- rules:end -->'} as const

/** Where the generated files live, relative to the root. */
export const outputs = {rules: 'docs/rules.md', readme: 'README.md', ruleIds: 'src/rule-ids.ts'} as const

/** Input of the generator; defaults to the bundled rules. */
export interface DocsInput {
  readonly rules: readonly RuleSpec[]
  readonly sources: Readonly<Record<string, Source>>
}

/** One generated file: its path relative to the root and its expected content. */
export interface GeneratedFile {
  readonly path: string
  readonly content: string
}

const bundled: DocsInput = {rules: bundledRules, sources: bundledSources}

/**
 * Build the expected content of `docs/rules.md`, `README.md` and
 * `src/rule-ids.ts`.
 *
 * @param root - Repository root (holds README.md and .prettierrc.json).
 * @param input - Rules and sources (optional).
 * @returns The three files, formatted.
 */
export async function generateDocs(root = defaultRoot, input: DocsInput = bundled): Promise<GeneratedFile[]> {
  const rules = sortRules(input.rules)
  const readmePath = join(root, outputs.readme)
  const readme = await readFile(readmePath, 'utf8')
  const start = readme.indexOf(markers.start)
  const end = readme.indexOf(markers.end)
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`${outputs.readme} needs the markers ${markers.start} and ${markers.end}, in that order`)
  }
  const table = `${markers.start}\n\n${rulesTable(rules)}\n${markers.end}`
  const newReadme = readme.slice(0, start) + table + readme.slice(end + markers.end.length)

  return [
    {path: outputs.rules, content: await prettify(root, outputs.rules, rulesDocument(rules, input.sources))},
    {path: outputs.readme, content: await prettify(root, outputs.readme, newReadme)},
    {path: outputs.ruleIds, content: await prettify(root, outputs.ruleIds, ruleIdsModule(input.rules))},
  ]
}

/**
 * List the generated files whose content on disk differs from what the
 * generator makes.
 *
 * @returns Relative paths of stale (or missing) files; empty when fresh.
 */
export async function staleDocs(root = defaultRoot, input: DocsInput = bundled): Promise<string[]> {
  const stale: string[] = []
  for (const file of await generateDocs(root, input)) {
    const current = await readFile(join(root, file.path), 'utf8').catch(() => undefined)
    if (current !== file.content) stale.push(file.path)
  }
  return stale
}

/**
 * Write the generated files.
 *
 * @returns Relative paths of the files that changed.
 */
export async function writeDocs(root = defaultRoot, input: DocsInput = bundled): Promise<string[]> {
  const changed: string[] = []
  for (const file of await generateDocs(root, input)) {
    const path = join(root, file.path)
    const current = await readFile(path, 'utf8').catch(() => undefined)
    if (current === file.content) continue
    await mkdir(dirname(path), {recursive: true})
    await writeFile(path, file.content)
    changed.push(file.path)
  }
  return changed
}

/** Rules in report order: category (vocabulary order), then id. */
function sortRules(rules: readonly RuleSpec[]): RuleSpec[] {
  const rank = (rule: RuleSpec): number => categories.indexOf(rule.category)
  return [...rules].sort((a, b) => rank(a) - rank(b) || compare(a.id, b.id))
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The README table: id, category, severity, example, suggestion. */
function rulesTable(rules: readonly RuleSpec[]): string {
  const rows = rules.map((rule) => {
    const first = rule.examples.incorrect[0]
    const suggestion = rule.suggestions[0]
    return [
      `[\`${rule.id}\`](${outputs.rules}#${rule.id})${rule.deprecated ? ' (deprecated)' : ''}`,
      `\`${rule.category}\``,
      rule.severity,
      first === undefined ? '' : exampleMarkdown(first),
      suggestion === undefined ? '' : code(suggestion),
    ]
  })
  const lines = [
    '| id | category | severity | example | suggestion |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`),
  ]
  return `${lines.join('\n')}\n`
}

/**
 * The whole of src/rule-ids.ts: one string-literal union of the bundled
 * rule ids and one of the missing-fact ids, so that a misspelt key in
 * `Options.rules` is a type error (the runtime check in src/plugin.ts stays
 * for JavaScript callers and config files).
 */
function ruleIdsModule(rules: readonly RuleSpec[]): string {
  const union = (ids: readonly string[]): string =>
    ids.length === 0
      ? 'never'
      : [...ids]
          .sort(compare)
          .map((id) => `\n  | ${JSON.stringify(id)}`)
          .join('')
  return [
    '// Generated by `npm run docs` (scripts/build-rules-doc.ts) from rules/index.ts and',
    '// rules/coverage.ts. Do not edit by hand; `npm run docs -- --check` fails when it is stale.',
    '',
    '/** The id of every bundled rule (`rules` of `referral-lint/rules`). */',
    `export type RuleId = ${union(rules.map((rule) => rule.id))}`,
    '',
    '/** The rule id of each missing-fact finding (`indicators: true`): `missing-` and a coverage element id. */',
    `export type MissingFactId = ${union(coverage.map((fact) => `missing-${fact.id}`))}`,
    '',
  ].join('\n')
}

/** The whole of docs/rules.md. */
function rulesDocument(rules: readonly RuleSpec[], sources: Readonly<Record<string, Source>>): string {
  const parts: string[] = [
    '# Rules',
    '<!-- Generated by `npm run docs` from the files in rules/. Do not edit by hand. -->',
    `referral-lint has ${rules.length} rules. Every finding's \`url\` links to its rule's section here ` +
      `(\`${docsUrl}#<id>\`). Each rule's examples are run as tests.`,
  ]
  for (const category of categories) {
    const inCategory = rules.filter((rule) => rule.category === category)
    if (inCategory.length === 0) continue
    parts.push(`## ${category}`)
    for (const rule of inCategory) parts.push(ruleSection(rule, sources))
  }
  parts.push(
    '## Missing facts',
    'The facts the NRM form asks for. A narrative that does not state one gets it listed under ' +
      '"missing facts" (or, with `--indicators`, an info finding `missing-<id>` whose `url` links here).',
  )
  for (const element of coverage) parts.push(factSection(element, sources))
  return `${parts.join('\n\n')}\n`
}

/** One missing fact's section, behind the anchor its findings' `url` points to. */
function factSection(element: CoverageElementSpec, sources: Readonly<Record<string, Source>>): string {
  const lines = [
    `<a id="missing-${element.id}"></a>`,
    '',
    `### Fact \`missing-${element.id}\`: ${escape(element.label)}`,
    '',
    escape(element.prompt),
  ]
  if (element.sources.length > 0) lines.push('', '- **Sources**:')
  for (const key of element.sources) {
    const source = sources[key]
    if (!source) {
      throw new Error(`fact "${element.id}": unknown source key "${key}"; add it to rules/sources.ts`)
    }
    lines.push(`  - [${escape(key)}](${source.url}): ${escape(source.title)}`)
  }
  return lines.join('\n')
}

/** One rule's section, behind an HTML anchor named after its id. */
function ruleSection(rule: RuleSpec, sources: Readonly<Record<string, Source>>): string {
  const first = rule.examples.incorrect[0]
  const correct = rule.examples.correct[0]
  const actual = first === undefined ? rule.id : spanOf(exampleText(first)).actual
  const lines: string[] = [
    `<a id="${rule.id}"></a>`,
    '',
    // The heading differs from the id so that its automatic anchor does not
    // duplicate the explicit one.
    `### Rule \`${rule.id}\``,
    '',
  ]
  if (rule.deprecated) {
    const by = rule.deprecated.replacedBy.map((id) => `[\`${id}\`](#${id})`).join(', ')
    lines.push(`**Deprecated**: replaced by ${by}.`, '')
  }
  lines.push(
    withCode(rule.message.replaceAll('{actual}', actual)),
    '',
    `- **Category**: \`${rule.category}\``,
    `- **Severity**: ${rule.severity}`,
    `- **Phrases**: ${rule.phrases.map(code).join(', ')}`,
    `- **Note**: ${escape(rule.note)}`,
    '- **Suggestions**:',
    ...rule.suggestions.map((suggestion) => `  - ${code(suggestion)}`),
  )
  if (first !== undefined) lines.push(`- **Incorrect**: ${exampleMarkdown(first)}`)
  if (correct !== undefined) lines.push(`- **Correct**: ${escape(correct)}`)
  lines.push('- **Sources**:')
  for (const key of rule.sources) {
    const source = sources[key]
    if (!source) throw new Error(`rule "${rule.id}": unknown source key "${key}"; add it to rules/sources.ts`)
    lines.push(`  - [${escape(key)}](${source.url}): ${escape(source.title)}`)
  }
  return lines.join('\n')
}

function exampleText(example: IncorrectExample): string {
  return typeof example === 'string' ? example : example.text
}

/** An incorrect example with its `[[span]]` in bold. */
function exampleMarkdown(example: IncorrectExample): string {
  const {before, actual, after} = spanOf(exampleText(example))
  return `${escape(before)}**${escape(actual)}**${escape(after)}`
}

function spanOf(text: string): {before: string; actual: string; after: string} {
  const open = text.indexOf('[[')
  const close = text.indexOf(']]', open)
  if (open === -1 || close === -1) return {before: text, actual: '', after: ''}
  return {before: text.slice(0, open), actual: text.slice(open + 2, close), after: text.slice(close + 2)}
}

/** Escape text for Markdown inline content. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&')
}

/** Escape text for Markdown but keep its `code` spans as they are. */
function withCode(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : escape(part)))
    .join('')
}

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`'
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

async function prettify(root: string, path: string, text: string): Promise<string> {
  const filepath = join(root, path)
  const config = (await resolveConfig(filepath)) ?? {}
  return format(text, {...config, filepath})
}

async function main(args: readonly string[]): Promise<number> {
  const check = args.includes('--check')
  const unknown = args.filter((arg) => arg !== '--check')
  if (unknown.length > 0) {
    process.stderr.write(`build-rules-doc: unknown argument ${unknown.join(' ')}; use --check or nothing\n`)
    return 2
  }
  if (check) {
    const stale = await staleDocs()
    if (stale.length === 0) return 0
    process.stderr.write(
      `build-rules-doc: ${stale.join(' and ')} ${stale.length === 1 ? 'is' : 'are'} out of date with rules/. ` +
        'Run `npm run docs` and commit the result.\n',
    )
    return 1
  }
  const changed = await writeDocs()
  process.stdout.write(
    changed.length === 0
      ? 'build-rules-doc: docs are up to date\n'
      : `build-rules-doc: wrote ${changed.join(', ')}\n`,
  )
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2))
}
