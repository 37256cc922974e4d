/**
 * Messages between the extension's parts. Only the content script's lint
 * requests carry text, over a `runtime` port to the extension's own
 * background context; nothing is stored or logged.
 */
import type {Finding} from '../../src/web/findings.js'
import type {Coverage} from '../../src/types-coverage.js'
import type {Effective} from './settings.js'

/** Name of the port the content script lints through. */
export const lintPort = 'referral-lint'

/** One-off requests to the background. */
export type Request =
  | {readonly type: 'status'}
  | {readonly type: 'settings'}
  | {readonly type: 'enable'; readonly origin: string; readonly tabId?: number}
  | {readonly type: 'disable'; readonly origin: string}
  | {readonly type: 'save'; readonly settings: unknown}

/** Answer to `status`: whether the sender's site is checked. */
export interface Status {
  readonly enabled: boolean
}

/** Answer to `settings`. */
export type SettingsAnswer = Effective

/** One field as the panel lists it (the flagged phrases only, never the field's text). */
export interface FieldReport {
  /** The field's accessible name, label, or a position such as "Text box 2". */
  readonly label: string
  /** `textarea` or `editor` (contenteditable, rich-text editors). */
  readonly kind: 'textarea' | 'editor'
  /** When the field last had focus (ms since the page loaded, 0 if never). */
  readonly focusedAt: number
  readonly findings: readonly Pick<
    Finding,
    'ruleId' | 'category' | 'severity' | 'actual' | 'message' | 'suggestions'
  >[]
  readonly coverage: Coverage | undefined
}

/** What one frame's content script reports to the panel. */
export interface FrameReport {
  readonly url: string
  readonly fields: readonly FieldReport[]
}
