/**
 * The bundled rules' `examples` and `sources`, which the built CLI keeps
 * out of its rule code (scripts/browser-build.ts, `lazyRuleExtrasPlugin`):
 * the build writes them to `dist/rule-extras.json` (scripts/build-snapshot.ts)
 * and each rule's getters read them here on first use. A lint never reads
 * them; `--explain` and the language server's hover do. Running from
 * source never calls this, as the rule files there hold their own.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import type {RuleSpec} from '../types.js'

/** The file's name, next to the built CLI. */
export const ruleExtrasFile = 'rule-extras.json'

type Extras = Pick<RuleSpec, 'examples' | 'sources'>

let extras: Readonly<Record<string, Extras>> | undefined

/** The examples and sources of bundled rule `id`. */
export function ruleExtras(id: string): Extras {
  extras ??= JSON.parse(readFileSync(new URL(`./${ruleExtrasFile}`, import.meta.url), 'utf8')) as Record<
    string,
    Extras
  >
  const found = extras[id]
  if (!found) throw new Error(`no examples for rule "${id}" in ${ruleExtrasFile}; rebuild`)
  return found
}

/** Write the examples and sources of `rules` to `file`. */
export function writeRuleExtras(rules: readonly RuleSpec[], file: string): void {
  const out: Record<string, Extras> = {}
  for (const {id, examples, sources} of rules) out[id] = {examples, sources}
  writeFileSync(file, JSON.stringify(out))
}
