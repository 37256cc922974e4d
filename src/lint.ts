/**
 * `lint` and `lintSync`: parse with retext-english (in bounded pieces, see
 * `engine/bounded-parse.ts`) and run the plugin.
 *
 * Every input is checked before any work: the value must be text (a
 * string, bytes or a `VFile`), the options an object of known fields, and
 * the text within the size limit; the run stops with a `LimitError` past
 * the time limit.
 */
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import type {Parent} from 'unist'
import {VFile, type Compatible} from 'vfile'
import {LimitError, parseBounded, setDeadline, stripInvisible, type Prose} from './engine/bounded-parse.js'
import {blankDirectives} from './config/directives.js'
import retextReferralLint from './plugin.js'
import type {Options} from './types.js'

export {LimitError} from './engine/bounded-parse.js'

/** Limits of one document (every field optional). */
export interface Limits {
  /**
   * Longest text, in characters (UTF-16 code units); a longer one throws a
   * `LimitError`.
   *
   * @default 1048576
   */
  readonly maxLength?: number
  /**
   * Time limit of one document in milliseconds; a run past it throws a
   * `LimitError`. `Infinity` turns it off.
   *
   * @default 10000
   */
  readonly timeLimit?: number
}

/**
 * Options of `lint` and `lintSync`: the plugin's options and the limits.
 * `ExtraRuleId` as for `Options`.
 */
export type LintOptions<ExtraRuleId extends string = never> = Options<ExtraRuleId> & Limits

/** Default limits, as documented in the README ("Security and limits"). */
export const defaultLimits = Object.freeze({maxLength: 1024 * 1024, timeLimit: 10_000})

const processors = new WeakMap<Readonly<Options<string>>, Processor>()
let defaultProcessor: Processor | undefined

function processorFor(options: Readonly<Options<string>> | null | undefined): Processor {
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

function build(options: Readonly<Options<string>> | undefined): Processor {
  return unified().use(retextEnglish).use(retextReferralLint, options).freeze() as unknown as Processor
}

/**
 * Lint a referral narrative with the bundled rules.
 *
 * @param value - Text of the narrative (a string, UTF-8 bytes or a `VFile`).
 * @typeParam ExtraRuleId - Ids of your own rules in `ruleSpecs` that `rules` may set (optional).
 * @param options - Rule severities, the rules to run, limits (optional).
 * @returns File whose `messages` hold one `VFileMessage` per finding.
 */
export function lint<ExtraRuleId extends string = never>(
  value: Compatible,
  options?: Readonly<LintOptions<NoInfer<ExtraRuleId>>> | null,
): Promise<VFile> {
  try {
    return Promise.resolve(lintSync<ExtraRuleId>(value, options))
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
}

/**
 * Synchronous `lint`: the pipeline has no asynchronous step.
 *
 * @param value - Text of the narrative (a string, UTF-8 bytes or a `VFile`).
 * @typeParam ExtraRuleId - Ids of your own rules in `ruleSpecs` that `rules` may set (optional).
 * @param options - Rule severities, the rules to run, limits (optional).
 * @returns File whose `messages` hold one `VFileMessage` per finding.
 * @throws {TypeError} When the value is not text or an option is malformed.
 * @throws {LimitError} When the text is over `maxLength` or the run over `timeLimit`.
 */
export function lintSync<ExtraRuleId extends string = never>(
  value: Compatible,
  options?: Readonly<LintOptions<NoInfer<ExtraRuleId>>> | null,
): VFile {
  checkOptions(options)
  const file = value instanceof VFile ? value : new VFile(checkValue(value))
  if (value instanceof VFile) checkValue(file.value)
  // Created per call, not at load: some embedding contexts have no TextDecoder until used.
  if (typeof file.value !== 'string') file.value = new TextDecoder().decode(file.value ?? new Uint8Array())
  return lintProse(file, {text: file.value}, options)
}

/**
 * Lint `file` (whose value is the source) by parsing `prose`, text drawn
 * from the source with a map back to it: how the CLI lints Markdown and
 * HTML so that every position is a source position.
 *
 * @param file - File whose `value` is the source text.
 * @param prose - Text to parse, with its map to the source.
 * @param options - As for `lintSync`, already checked.
 */
export function lintProse(file: VFile, prose: Prose, options?: Readonly<LintOptions<string>> | null): VFile {
  const source = String(file.value)
  checkLength(source.length, options?.maxLength)
  const processor = processorFor(options)
  const timeLimit = options?.timeLimit ?? defaultLimits.timeLimit
  setDeadline(timeLimit === Infinity ? undefined : timeLimit)
  try {
    const tree = parseBounded(
      (piece) => processor.parse(piece) as unknown as Parent,
      stripInvisible({...prose, text: blankDirectives(prose.text)}),
      source,
    )
    processor.runSync(tree, file)
  } finally {
    setDeadline(undefined)
  }
  return file
}

/**
 * Check a text's length against the size limit.
 *
 * @throws {LimitError} When it is over the limit.
 */
export function checkLength(length: number, maxLength: number = defaultLimits.maxLength): void {
  if (length > maxLength) {
    throw new LimitError(
      `the text is ${String(length)} characters, over the limit of ${String(maxLength)}; split it or raise the size limit`,
    )
  }
}

/** The value must be text: a string, bytes or a VFile's value. */
function checkValue(value: unknown): Compatible {
  if (typeof value === 'string' || value instanceof Uint8Array) return value
  if (value === undefined || value === null) return ''
  const what = Array.isArray(value)
    ? 'an array'
    : value instanceof String
      ? 'a String object (use a primitive string)'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`
  throw new TypeError(`referral-lint: lint() needs the text as a string, UTF-8 bytes or a VFile, not ${what}`)
}

const optionTypes: Readonly<Record<string, (value: unknown) => boolean>> = {
  rules: (value) =>
    isRecord(value) &&
    Object.values(value).every((setting) => ['off', 'info', 'warning', 'error'].includes(setting as string)),
  ruleSpecs: (value) => Array.isArray(value) && value.every(isRecord),
  preset: (value) => value === 'child' || value === 'adult',
  allow: (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'),
  indicators: (value) => typeof value === 'boolean',
  maxLength: (value) =>
    typeof value === 'number' && value >= 0 && (Number.isInteger(value) || value === Infinity),
  timeLimit: (value) => typeof value === 'number' && value > 0 && !Number.isNaN(value),
  // The plugin parses it and names what is wrong with a malformed date.
  referenceDate: (value) => typeof value === 'string' || value instanceof Date,
}

const optionHelp: Readonly<Record<string, string>> = {
  rules: 'an object of rule id or category to "off", "info", "warning" or "error"',
  ruleSpecs: 'an array of rule objects',
  preset: '"child" or "adult"',
  allow: 'an array of phrases (strings)',
  indicators: 'true or false',
  maxLength: 'a whole number of characters, or Infinity',
  timeLimit: 'a number of milliseconds above 0, or Infinity',
  referenceDate: 'a date such as "2026-03-14" (year, year-month or year-month-day), or a Date',
}

/** Options must be an object of known fields with values of the right type. */
function checkOptions(options: unknown): void {
  if (options === undefined || options === null) return
  if (!isRecord(options)) {
    throw new TypeError(`referral-lint: options must be an object, not ${describe(options)}`)
  }
  for (const [key, value] of Object.entries(options)) {
    const test = optionTypes[key]
    if (!test) {
      throw new TypeError(
        `referral-lint: unknown option \`${key}\`; use ${Object.keys(optionTypes).join(', ')}`,
      )
    }
    if (value !== undefined && !test(value)) {
      throw new TypeError(`referral-lint: option \`${key}\` must be ${optionHelp[key] ?? 'valid'}`)
    }
  }
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
