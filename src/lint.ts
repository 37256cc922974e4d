/**
 * `lint` and `lintSync`: parse with retext-english and run the plugin.
 */
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import {VFile, type Compatible} from 'vfile'
import retextReferralLint from './plugin.js'
import type {Options} from './types.js'

const processors = new WeakMap<Readonly<Options>, Processor>()
let defaultProcessor: Processor | undefined

function processorFor(options: Readonly<Options> | null | undefined): Processor {
  if (!options) {
    defaultProcessor ??= build(undefined)
    return defaultProcessor
  }
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
 * Lint a referral narrative with the bundled rules.
 *
 * @param value - Text of the narrative, or a `VFile`.
 * @param options - Rule severities, or the rules to run (optional).
 * @returns File whose `messages` hold one `VFileMessage` per finding.
 */
export function lint(value: Compatible, options?: Readonly<Options> | null): Promise<VFile> {
  try {
    return Promise.resolve(lintSync(value, options))
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
}

/**
 * Synchronous `lint`: the pipeline has no asynchronous step.
 *
 * @param value - Text of the narrative, or a `VFile`.
 * @param options - Rule severities, or the rules to run (optional).
 * @returns File whose `messages` hold one `VFileMessage` per finding.
 */
export function lintSync(value: Compatible, options?: Readonly<Options> | null): VFile {
  const file = value instanceof VFile ? value : new VFile(value)
  // Created per call, not at load: some embedding contexts have no TextDecoder until used.
  if (typeof file.value !== 'string') file.value = new TextDecoder().decode(file.value ?? new Uint8Array())
  const processor = processorFor(options)
  const tree = processor.parse(file)
  processor.runSync(tree, file)
  return file
}
