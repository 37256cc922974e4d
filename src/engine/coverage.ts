/**
 * Indicator coverage: which of the facts the NRM form asks for a narrative
 * states (rules/coverage.ts). One pass of a phrase index over the tokens,
 * plus four named detectors (age, date, place, speech).
 */
import type {CoverageDetector, CoverageElementSpec, Coverage} from '../types-coverage.js'
import {statedAge} from './age.js'
import {sharedCues, type Context} from './context.js'
import * as lexicon from './lexicon.js'
import {parsePattern} from './pattern.js'
import {addPattern, createIndex, matchAt, type Match, type PhraseIndex} from './phrase-index.js'
import {Gap} from './tokens.js'

export interface CompiledCoverage {
  readonly specs: readonly CoverageElementSpec[]
  readonly index: PhraseIndex
}

const cache = new WeakMap<readonly CoverageElementSpec[], CompiledCoverage>()

/**
 * Compile coverage elements once per array. The index is built when first
 * read: coverage is assessed only when asked for (src/engine/check.ts), and
 * building it cost a command-line run about a tenth of its start.
 */
export function compileCoverage(specs: readonly CoverageElementSpec[]): CompiledCoverage {
  const cached = cache.get(specs)
  if (cached) return cached
  let index: PhraseIndex | undefined
  const compiled = {
    specs,
    get index(): PhraseIndex {
      if (index) return index
      const built = createIndex()
      specs.forEach((spec, payload) => {
        for (const phrase of spec.phrases) addPattern(built, parsePattern(phrase), payload)
      })
      return (index = built)
    },
  }
  cache.set(specs, compiled)
  return compiled
}

/** Which elements the text states. */
export function assessCoverage(context: Context, compiled: CompiledCoverage): Coverage {
  const {tokens} = context
  const present = new Set<number>()
  const found: Match[] = []
  for (let i = 0; i < tokens.length; i++) matchAt(compiled.index, tokens, i, found)
  for (const match of found) present.add(match.payload)

  const detected = new Set<CoverageDetector>()
  if (context.primaryAge() !== undefined) detected.add('age')
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]
    if (!token) continue
    if (!detected.has('age') && statedAge(tokens, i) !== undefined) detected.add('age')
    if (lexicon.dateWords.has(token.norm) || /^(19|20)\d\d$/.test(token.norm)) detected.add('date')
    // 14/03, 21:00
    if (
      /^\d{1,2}$/.test(token.norm) &&
      /^[/:.]$/.test(tokens[i + 1]?.gapChars ?? '') &&
      /^\d{2}/.test(tokens[i + 1]?.norm ?? '')
    ) {
      detected.add('date')
    }
    if (
      /^\p{Lu}/u.test(token.value) &&
      token.gap <= Gap.space &&
      lexicon.placePrepositions.has(tokens[i - 1]?.norm ?? '')
    ) {
      detected.add('place')
    }
  }
  if (
    context.quotes.some(
      (span) =>
        context.endsBefore(sharedCues().reporting, span.first, 40) ||
        context.startsAfter(sharedCues().reporting, span.last, 3),
    )
  ) {
    detected.add('speech')
  }

  const elements = compiled.specs.map((spec, index) => ({
    id: spec.id,
    label: spec.label,
    prompt: spec.prompt,
    present: present.has(index) || (spec.detectors ?? []).some((detector) => detected.has(detector)),
  }))
  const missing = elements.filter((element) => !element.present).map((element) => element.id)
  return {elements, missing, complete: missing.length === 0}
}
