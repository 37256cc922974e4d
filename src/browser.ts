/**
 * `referral-lint/browser`: the engine with every rule pack and compromise
 * bundled, plus the `<referral-lint-editor>` web component and `attach`.
 * No `node:*` import and no network call; everything runs on the device.
 *
 * Loaded in a page it defines the element; loaded as a worker script (how
 * the component starts its worker) it answers lint requests instead.
 */
import {defineElement} from './web/element.js'
import {inWorker, serveWorker} from './web/worker.js'

export {RuleSpecError} from './engine/compile.js'
export {default as retextReferralLint} from './plugin.js'
export {categories, docsUrl} from './vocabulary.js'
export {lint, lintSync, ready} from './web/engine.js'
export {toFinding, toResult, type Finding, type FindingFix, type LintResult} from './finding.js'
export {
  attach,
  findingsEvent,
  suggestionsOf,
  type AttachOptions,
  type Controller,
  type FindingsDetail,
} from './web/editor.js'
export {defineElement, tagName} from './web/element.js'
export type {Category, MissingFactId, Options, RuleId, RuleKey, RuleSetting, Severity} from './types.js'
export type {Coverage, CoverageElement} from './types-coverage.js'

if (inWorker()) serveWorker()
else defineElement()
