/**
 * `load-grammar.ts` for the single-file IIFE build: compromise bundled in.
 */
import nlp from 'compromise/two'
import type {Nlp} from '../engine/grammar.js'

/** compromise's tagger build. */
export function loadGrammar(): Promise<Nlp> {
  return Promise.resolve(nlp)
}
