/**
 * compromise, loaded only when a guard first needs grammar.
 *
 * Importing compromise costs hundreds of milliseconds (it unpacks its
 * lexicon), which would dominate a cold CLI run although most texts never
 * need it. So the engine asks for it on demand: on Node it is loaded
 * synchronously the first time, through `process.getBuiltinModule`
 * (Node >= 20.16; no `node:` import, so this module stays browser-safe);
 * a browser build registers it up front with `useGrammar`. Where neither is
 * available the guards decide by tokens alone. Either way its pattern sweep
 * is replaced by one with the same results that costs less per sentence
 * (`sweep.ts`).
 */
import type nlpType from 'compromise/two'
import {installSweep} from './sweep.js'

/** The compromise function (the `two` build: tokeniser and tagger). */
export type Nlp = typeof nlpType

let nlp: Nlp | undefined
let tried = false

/**
 * Register compromise (for builds that bundle it), or `null` to decide by
 * tokens alone (how tests prove the two paths agree).
 */
export function useGrammar(value: Nlp | null): void {
  nlp = value ?? undefined
  tried = value === null
  if (nlp) installSweep(nlp)
}

/** compromise, loading it on first use where that can be done synchronously. */
export function grammar(): Nlp | undefined {
  if (nlp || tried) return nlp
  tried = true
  nlp = loadSync()
  if (nlp) installSweep(nlp)
  return nlp
}

interface ModuleBuiltin {
  createRequire(url: string): (id: string) => unknown
}

function loadSync(): Nlp | undefined {
  const host = (globalThis as {process?: {getBuiltinModule?: (id: string) => unknown}}).process
  if (typeof host?.getBuiltinModule !== 'function') return undefined
  const builtin = host.getBuiltinModule('module') as ModuleBuiltin | undefined
  if (!builtin) return undefined
  const loaded = builtin.createRequire(import.meta.url)('compromise/two') as Nlp | {default: Nlp}
  return typeof loaded === 'function' ? loaded : loaded.default
}
