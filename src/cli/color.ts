/** What decides whether the report is coloured. */
export interface ColorContext {
  /** `--no-color` was given. */
  readonly noColor: boolean
  /** The environment (`NO_COLOR`, `FORCE_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>
  /** Whether stdout is a terminal. */
  readonly isTTY: boolean
}

/**
 * Decide whether to colour the report.
 *
 * `--no-color` always wins; then `FORCE_COLOR` (`0` or `false` turns colour
 * off, any other value on), then a non-empty `NO_COLOR` (no-color.org), and
 * otherwise colour only when stdout is a terminal.
 */
export function useColor({noColor, env, isTTY}: ColorContext): boolean {
  if (noColor) return false
  const force = env['FORCE_COLOR']
  if (force !== undefined) return force !== '0' && force !== 'false'
  if (env['NO_COLOR']) return false
  return isTTY
}
