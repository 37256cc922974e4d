import type {Category, Severity, Target} from './types.js'

/** Every category, in the order reports list them. */
export const categories: readonly Category[] = Object.freeze([
  'label',
  'consent',
  'responsibility',
  'criminalising',
  'sexualising',
  'adultification',
  'disbelief',
  'minimising',
  'judgemental',
  'indicator',
])

/** Every severity, strongest first. */
export const severities: readonly Severity[] = Object.freeze(['error', 'warning', 'info'])

/** Every rule target. */
export const targets: readonly Target[] = Object.freeze(['label', 'action', 'relationship', 'term'])

/** Where rule documentation lives; a rule's `url` is this plus `#<id>`. */
export const docsUrl = 'https://github.com/referral-lint/referral-lint/blob/main/docs/rules.md'
