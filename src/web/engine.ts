/**
 * The engine as the browser bundle runs it: strings in, `VFile` out, with
 * compromise registered once it has loaded (`load-grammar.ts`). No
 * `TextDecoder` or other host API is touched, so the bundle also runs in a
 * bare JavaScript realm.
 */
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {useGrammar} from '../engine/grammar.js'
import retextReferralLint from '../plugin.js'
import {loadGrammar} from './load-grammar.js'
import type {Options} from '../types.js'

const processors = new WeakMap<Readonly<Options>, Processor>()
let defaultProcessor: Processor | undefined
let loading: Promise<void> | undefined

function processorFor(options: Readonly<Options> | null | undefined): Processor {
  if (!options) return (defaultProcessor ??= build(undefined))
  let processor = processors.get(options)
  if (!processor) {
    processor = build(options)
    processors.set(options, processor)
  }
  return processor
}

function build(options: Readonly<Options> | undefined): Processor {
  return unified().use(retextEnglish).use(retextReferralLint, options).freeze() as unknown as Processor
}

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
  const file = new VFile(String(value))
  const processor = processorFor(options)
  processor.runSync(processor.parse(file), file)
  return file
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
