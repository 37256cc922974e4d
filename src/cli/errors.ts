/**
 * A usage problem (bad option, unreadable input): reported as one line on
 * stderr with exit code 2, never with a stack trace.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}
