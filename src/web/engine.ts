/**
 * The engine as the browser bundle runs it: strings in, `VFile` out, with
 * compromise registered once it has loaded (`load-grammar.ts`). The core
 * `lintSync` touches no host API for strings, so the bundle also runs in a
 * bare JavaScript realm.
 */
import type {VFile} from 'vfile'
import {useGrammar} from '../engine/grammar.js'
import {lintSync as lintCore} from '../lint.js'
import {loadGrammar} from './load-grammar.js'
import type {Options} from '../types.js'

let loading: Promise<void> | undefined
let loaded = false

/**
 * Load compromise and register it with the engine. `lint` waits for this;
 * `lintSync` throws until it has resolved, so a result never depends on
 * whether the grammar had loaded.
 */
export function ready(): Promise<void> {
  loading ??= loadGrammar().then((nlp) => {
    useGrammar(nlp)
    loaded = true
  })
  return loading
}

/**
 * Lint a narrative synchronously, once `ready()` has resolved.
 *
 * @throws {Error} Before `ready()` has resolved.
 * @param value - Text of the narrative.
 * @typeParam ExtraRuleId - Ids of your own rules that `rules` may set (as for `Options`).
 * @param options - Rule severities, preset, allowed phrases (optional).
 * @returns File whose `messages` hold one `VFileMessage` per finding.
 */
export function lintSync<ExtraRuleId extends string = never>(
  value: string,
  options?: Readonly<Options<NoInfer<ExtraRuleId>>> | null,
): VFile {
  if (!loaded) {
    throw new Error(
      'referral-lint: `lintSync` ran before the grammar loaded; `await ready()` first, or use `lint()`, so that results do not depend on load order',
    )
  }
  return lintCore<ExtraRuleId>(String(value), options)
}

/**
 * Lint a narrative.
 *
 * @param value - Text of the narrative.
 * @typeParam ExtraRuleId - Ids of your own rules that `rules` may set (as for `Options`).
 * @param options - Rule severities, preset, allowed phrases (optional).
 * @returns File whose `messages` hold one `VFileMessage` per finding.
 */
export async function lint<ExtraRuleId extends string = never>(
  value: string,
  options?: Readonly<Options<NoInfer<ExtraRuleId>>> | null,
): Promise<VFile> {
  await ready()
  return lintSync<ExtraRuleId>(value, options)
}
