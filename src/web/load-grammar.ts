/**
 * Load compromise for the browser bundle. The ESM build keeps this dynamic
 * import, so compromise is a chunk of its own fetched on the first lint; the
 * single-file IIFE build swaps in `load-grammar-inline.ts` (see
 * scripts/browser-build.ts), since an inlined dynamic import costs size.
 */
import type {Nlp} from '../engine/grammar.js'

/** compromise's tagger build. */
export async function loadGrammar(): Promise<Nlp> {
  const module = await import('compromise/two')
  return module.default
}
