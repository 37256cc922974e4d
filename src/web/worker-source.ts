/// <reference lib="dom" />
/**
 * Start the lint worker. The single-file IIFE build wraps itself in a
 * function (see tsup.config.ts) whose source text becomes a `blob:` worker,
 * so one file works offline from `file://` with nothing fetched; the ESM
 * build starts `browser.global.js` beside it as a classic worker.
 */

/** The IIFE's own source function, defined by the build's banner. */
declare const __REFERRAL_LINT_SOURCE__: (() => void) | undefined
/** `true` in the ESM build, `false` in the IIFE build. */
declare const __REFERRAL_LINT_ESM__: boolean

/** A worker running this bundle, or `undefined` where none can start. */
export function createWorker(url?: string | URL): Worker | undefined {
  if (typeof Worker !== 'function') return undefined
  try {
    if (url !== undefined) return new Worker(url)
    if (typeof __REFERRAL_LINT_SOURCE__ === 'function') {
      const source = `var __REFERRAL_LINT_SOURCE__=${String(__REFERRAL_LINT_SOURCE__)};__REFERRAL_LINT_SOURCE__();`
      return new Worker(URL.createObjectURL(new Blob([source], {type: 'text/javascript'})))
    }
    if (typeof __REFERRAL_LINT_ESM__ === 'boolean' && __REFERRAL_LINT_ESM__) {
      return new Worker(new URL('./browser.global.js', import.meta.url))
    }
  } catch {
    // CSP or a missing file: the caller lints on the main thread instead.
  }
  return undefined
}
