/**
 * Types for the indicator coverage check (what a referral narrative should
 * state, after the NRM form's prompts). Types only.
 */

/** Built-in detectors the coverage check can use besides phrases. */
export type CoverageDetector = 'age' | 'date' | 'place' | 'speech'

/** One element a good narrative states, as authored in `rules/coverage.ts`. */
export interface CoverageElementSpec {
  /** Stable kebab-case id; the finding's rule id is `missing-<id>`. */
  readonly id: string
  /** Short name for reports ("How they were controlled"). */
  readonly label: string
  /** One short prompt, in the words of the NRM form's guidance. */
  readonly prompt: string
  /** Phrases (syntax of `RuleSpec.phrases`) whose presence shows the element is stated. */
  readonly phrases: readonly string[]
  /** Built-in detectors that also show it (optional). */
  readonly detectors?: readonly CoverageDetector[]
  /** Keys into `rules/sources.ts`. */
  readonly sources: readonly string[]
}

/** One element's result. */
export interface CoverageElement {
  readonly id: string
  readonly label: string
  readonly present: boolean
  readonly prompt: string
}

/** The coverage summary on `file.data.coverage`. */
export interface Coverage {
  /** Every element, in order. */
  readonly elements: readonly CoverageElement[]
  /** Ids of the elements not stated. */
  readonly missing: readonly string[]
  /** Whether every element is stated. */
  readonly complete: boolean
}
