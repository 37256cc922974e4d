/**
 * Compiled rules as plain data. Compiling the bundled rules takes about a
 * second (their word classes stand for hundreds of thousands of word
 * sequences), which a command-line run would pay on every start. The build
 * compiles them once and writes this snapshot next to the CLI
 * (scripts/build-snapshot.ts); the CLI loads it (src/cli/snapshot.ts), and
 * `reviveRules` puts it in the compile cache so that `compileRules` finds
 * it. Pure: no I/O here. The caller decides whether a snapshot belongs to
 * the rules it has (by a fingerprint of the rule data).
 */
import type {RuleSpec, Vocabulary} from '../types.js'
import {compileCues, cueNames, useCues, type CueName, type PhraseSet} from './context.js'
import {
  compileRules,
  guardsOf,
  rememberCompiled,
  type CompiledCondition,
  type CompiledRule,
  type CompiledRules,
} from './compile.js'
import {exportIndexes, importIndexes, type IndexTables, type PhraseIndex} from './phrase-index.js'

/** The version of the snapshot format; a snapshot of another version is not read. */
export const snapshotFormat = 2

export interface RulesSnapshot {
  readonly format: number
  /** Whatever identifies the rule data it was made from (the caller's choice). */
  readonly fingerprint: string
  /** Rule ids in order (checked against the rules it is revived for). */
  readonly ids: readonly string[]
  /** Per rule, its `unless` conditions: `[before index or -1, after index or -1, within]`. */
  readonly unless: readonly (readonly (readonly number[])[])[]
  /** The guards' shared cue lists (src/engine/context.ts): index of each. */
  readonly cues: Readonly<Record<string, number>>
  /** The indexes; the first is the rules' phrase index. */
  readonly tables: IndexTables
}

/** Compile `specs` and write the result as data. */
export function snapshotRules(
  specs: readonly RuleSpec[],
  vocabulary: Vocabulary,
  fingerprint: string,
): RulesSnapshot {
  const compiled = compileRules(specs, undefined, vocabulary)
  const indexes: PhraseIndex[] = [compiled.index]
  const add = (set: PhraseSet | undefined): number => {
    if (!set) return -1
    indexes.push(set.index)
    return indexes.length - 1
  }
  const unless = compiled.rules.map((rule) =>
    rule.unless.map((condition) => [add(condition.before), add(condition.after), condition.within]),
  )
  const cues = Object.fromEntries(Object.entries(compileCues()).map(([name, cue]) => [name, add(cue)]))
  return {
    format: snapshotFormat,
    fingerprint,
    ids: compiled.rules.map((rule) => rule.spec.id),
    unless,
    cues,
    tables: exportIndexes(indexes),
  }
}

/**
 * Make `snapshot` the compiled form of `specs` with `vocabulary`, as if
 * `compileRules` had compiled them. Returns false (and changes nothing)
 * when it does not fit: another format, or other rule ids.
 */
export function reviveRules(
  specs: readonly RuleSpec[],
  vocabulary: Vocabulary,
  snapshot: RulesSnapshot,
): boolean {
  if (snapshot.format !== snapshotFormat) return false
  if (snapshot.ids.length !== specs.length || specs.some((spec, i) => spec.id !== snapshot.ids[i])) {
    return false
  }
  const [index, ...sets] = importIndexes(snapshot.tables)
  if (!index) return false
  const set = (id: number | undefined): PhraseSet | undefined => {
    if (id === undefined || id < 1) return undefined
    const found = sets[id - 1]
    return found ? {index: found, depth: found.longest} : undefined
  }
  const rules: CompiledRule[] = specs.map((spec, i) => ({
    spec,
    guards: guardsOf(spec),
    unless: (snapshot.unless[i] ?? []).map(([before, after, within = 1]): CompiledCondition => {
      const b = set(before)
      const a = set(after)
      return {...(b ? {before: b} : {}), ...(a ? {after: a} : {}), within}
    }),
  }))
  const cues: Partial<Record<CueName, PhraseSet>> = {}
  for (const name of cueNames) {
    const cue = set(snapshot.cues?.[name])
    if (!cue) return false
    cues[name] = cue
  }
  const compiled: CompiledRules = {
    rules,
    index,
    byId: new Map(rules.map((rule) => [rule.spec.id, rule])),
    allow: undefined,
  }
  rememberCompiled(specs, vocabulary, compiled)
  useCues(cues as Record<CueName, PhraseSet>)
  return true
}
