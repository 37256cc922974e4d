/**
 * The engine: one pass of the phrase index over the tokens, then the
 * guards, only for the candidates found, then one report per finding.
 */
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {Coverage, Options, RuleSetting, Severity} from '../types.js'
import type {CompiledRule, CompiledRules} from './compile.js'
import {Context} from './context.js'
import {formatDate, type DateParts} from './dates.js'
import {runGuards} from './guards/index.js'
import {assessCoverage, type CompiledCoverage} from './coverage.js'
import {report, reportCoverage} from './report.js'
import {fillSlots, matchTense, repeatDropper, slotValues, tenseOf} from './slots.js'
import {tokenize, type Token} from './tokens.js'
import {matchAt, type Match} from './phrase-index.js'

interface Finding {
  readonly rule: CompiledRule
  readonly match: Match
  readonly severity: Severity
  readonly attributed: boolean
}

/** Lint one tree; messages are added to `file`. */
export function check(
  tree: Node,
  file: VFile,
  compiled: CompiledRules,
  coverage: CompiledCoverage,
  options: Readonly<Options>,
  reference?: DateParts,
  urls?: ReadonlyMap<string, string | undefined>,
): void {
  const {tokens, quotes, trailing} = tokenize(tree)
  const context = new Context(
    tokens,
    quotes,
    trailing,
    reference,
    typeof file.value === 'string' ? file.value : undefined,
  )
  const used = context.referenceDate()
  if (used) file.data.referenceDate = {date: formatDate(used.date), source: used.source}
  const matches: Match[] = []
  for (let i = 0; i < tokens.length; i++) matchAt(compiled.index, tokens, i, matches)

  const adult = options.preset === 'adult'
  const allowedReach = reachOf(allowedSpans(compiled, tokens), tokens.length)
  const findings: Finding[] = []
  for (const match of matches) {
    if ((allowedReach?.[match.first] ?? -1) >= match.last) continue
    const rule = compiled.rules[match.payload]
    if (!rule) continue
    const setting = settingFor(rule, options)
    if (setting === 'off') continue
    const verdict = runGuards({context, match, rule, target: rule.spec.target, adultPreset: adult})
    if (verdict === 'skip') continue
    const attributed = verdict === 'info'
    findings.push({rule, match, severity: attributed ? 'info' : setting, attributed})
  }

  const kept = mostSpecific(findings)
  const cast = kept.length > 0 ? context.cast() : undefined
  for (const finding of kept) {
    // A span covers whole written words: "not vulnerable" found in "isn't vulnerable" reports "isn't vulnerable".
    const firstIndex = finding.match.first - (tokens[finding.match.first]?.part === 'tail' ? 1 : 0)
    const lastIndex = finding.match.last + (tokens[finding.match.last]?.part === 'head' ? 1 : 0)
    const first = tokens[firstIndex]
    const last = closeAside(tokens, firstIndex, lastIndex, context.trailing)
    if (!first || !last || !cast) continue
    const values = slotValues(context, cast, firstIndex)
    const {spec} = finding.rule
    const templates = (adult ? spec.adult?.suggestions : undefined) ?? spec.suggestions
    const tense = tenseOf(firstWords(tokens, firstIndex, lastIndex))
    const following: string[] = []
    for (let i = lastIndex + 1; i <= lastIndex + 8 && context.sameSentence(lastIndex, i); i++) {
      following.push(tokens[i]?.norm ?? '')
    }
    const drop = repeatDropper(following, Object.values(values))
    const suggestions: string[] = []
    for (const suggestion of templates)
      suggestions.push(drop(matchTense(fillSlots(suggestion, values), tense)))
    const url = urls?.get(spec.id)
    report(file, finding.rule, first, last, finding.severity, finding.attributed, suggestions, adult, url)
  }

  if (options.indicators === true && options.rules?.indicator !== 'off') {
    const summary = assessCoverage(context, coverage)
    file.data.coverage = summary
    reportCoverage(file, summary, tokens[0])
    return
  }
  // Computed on first read: an editor linting on every pause rarely needs it.
  let summary: Coverage | undefined
  Object.defineProperty(file.data, 'coverage', {
    configurable: true,
    enumerable: true,
    get: () => (summary ??= assessCoverage(context, coverage)),
    set: (value: Coverage) => {
      summary = value
    },
  })
}

/**
 * The last token of a finding, or for a span that opened a bracket it did
 * not close ("Male (15" matched by an aside break) the same token with its
 * end moved past the ")", so the span reads "Male (15)".
 */
function closeAside(
  tokens: readonly Token[],
  firstIndex: number,
  lastIndex: number,
  trailing: string,
): Token | undefined {
  const last = tokens[lastIndex]
  if (!last) return undefined
  let opened = 0
  for (let i = firstIndex + 1; i <= lastIndex; i++) {
    const chars = tokens[i]?.gapChars ?? ''
    for (let k = 0; k < chars.length; k++) {
      const code = chars.charCodeAt(k)
      if (code === 40) opened++
      else if (code === 41) opened--
    }
  }
  const after = lastIndex + 1 < tokens.length ? (tokens[lastIndex + 1]?.gapChars ?? '') : trailing
  if (opened <= 0 || !after.startsWith(')') || last.end.offset === undefined) return last
  const end = {line: last.end.line, column: last.end.column + 1, offset: last.end.offset + 1}
  return {...last, end}
}

/**
 * The text `tenseOf` reads the tense from: the written words of tokens
 * `firstIndex`…`lastIndex` joined by spaces, or only the first where that
 * is one word (its first word is then the same, and no string is built).
 */
function firstWords(tokens: readonly Token[], firstIndex: number, lastIndex: number): string {
  const value = tokens[firstIndex]?.value ?? ''
  if (value !== '' && !/\s/.test(value)) return value
  return tokens
    .slice(firstIndex, lastIndex + 1)
    .map((token) => token.value)
    .join(' ')
}

/** Spans of the text matched by the options' allowed phrases. */
function allowedSpans(compiled: CompiledRules, tokens: readonly Token[]): Match[] {
  const spans: Match[] = []
  if (!compiled.allow) return spans
  for (let i = 0; i < tokens.length; i++) matchAt(compiled.allow, tokens, i, spans)
  return spans
}

/**
 * For each token index, the furthest last token of an allowed span that
 * starts at or before it: a match is allowed when a span covering it starts
 * no later and ends no earlier. One pass, so an allow phrase repeated
 * through a text stays linear (test/hostile/growth.test.ts).
 */
function reachOf(spans: readonly Match[], length: number): Int32Array | undefined {
  if (spans.length === 0) return undefined
  const reach = new Int32Array(length).fill(-1)
  for (const span of spans) reach[span.first] = Math.max(reach[span.first] ?? -1, span.last)
  for (let i = 1; i < length; i++) reach[i] = Math.max(reach[i] ?? -1, reach[i - 1] ?? -1)
  return reach
}

/** Severity for a rule: by id, then by category, then the rule's default. */
function settingFor(rule: CompiledRule, options: Readonly<Options<string>>): RuleSetting {
  const rules = options.rules
  return rules?.[rule.spec.id] ?? rules?.[rule.spec.category] ?? rule.spec.severity
}

/**
 * Keep the most specific finding where matches overlap: a span inside a
 * longer span of another rule of the same category is dropped ("prostitute"
 * inside "child prostitute"); one of another category stays, as it says
 * something else ("promiscuous" inside "is a promiscuous young woman"). One
 * rule reports overlapping spans once (the earliest, longest). Sorted by
 * position.
 */
function mostSpecific(findings: readonly Finding[]): Finding[] {
  const merged = mergePerRule(findings)
  const sorted = merged.sort(
    (a, b) => a.match.first - b.match.first || b.match.last - a.match.last || rank(a) - rank(b),
  )
  const kept: Finding[] = []
  // Kept findings that may still contain a later one: sorted by start, so
  // only those ending at or after the current start matter (linear overall).
  let open: Finding[] = []
  for (const finding of sorted) {
    const {first, last} = finding.match
    open = open.filter((other) => other.match.last >= first)
    const hidden = open.some((other) => {
      if (other.match.first > first || other.match.last < last) return false
      // The same span from two rules: keep the first, most severe; a span
      // inside another rule's longer span: keep the longer.
      return (
        (other.match.first === first && other.match.last === last) ||
        (other.match.last - other.match.first > last - first &&
          other.rule.spec.category === finding.rule.spec.category)
      )
    })
    if (!hidden) {
      kept.push(finding)
      open.push(finding)
    }
  }
  return kept
}

/**
 * One finding per rule for overlapping matches: each phrase match passed
 * its guards on its own; the report covers all of them once ("a juvenile"
 * and "juvenile delinquent" → "a juvenile delinquent"), at the most severe
 * setting among them.
 */
function mergePerRule(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort(
    (a, b) => a.match.payload - b.match.payload || a.match.first - b.match.first,
  )
  const merged: Finding[] = []
  for (const finding of sorted) {
    const previous = merged.at(-1)
    if (previous && previous.rule === finding.rule && previous.match.last >= finding.match.first) {
      const moreSevere = rank(finding) < rank(previous)
      merged[merged.length - 1] = {
        ...(moreSevere ? finding : previous),
        match: {...previous.match, last: Math.max(previous.match.last, finding.match.last)},
      }
      continue
    }
    merged.push(finding)
  }
  return merged
}

/** Severity order for ties: errors first. */
function rank(finding: Finding): number {
  return finding.severity === 'error' ? 0 : finding.severity === 'warning' ? 1 : 2
}
