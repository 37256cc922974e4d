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

/**
 * Load compromise and register it with the engine. `lint` waits for this;
 * call it before `lintSync`, which otherwise decides context by tokens only.
 */
export function ready(): Promise<void> {
  loading ??= loadGrammar().then((nlp) => {
    useGrammar(nlp)
  })
  return loading
}

/**
 * Lint a narrative synchronously (after `ready()` has resolved).
 *
 * @param value - Text of the narrative.
 * @param options - Rule severities, preset, allowed phrases (optional).
 * @returns File whose `messages` hold one `VFileMessage` per finding.
 */
export function lintSync(value: string, options?: Readonly<Options> | null): VFile {
  return lintCore(String(value), options)
}

/**
 * Lint a narrative.
 *
 * @param value - Text of the narrative.
 * @param options - Rule severities, preset, allowed phrases (optional).
 * @returns File whose `messages` hold one `VFileMessage` per finding.
 */
export async function lint(value: string, options?: Readonly<Options> | null): Promise<VFile> {
  await ready()
  return lintSync(value, options)
}
