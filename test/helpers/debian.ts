/**
 * Debian packages for the integration tests (Neovim, pre-commit, rsync for
 * gitlab-ci-local), installed by scripts/ensure-debian.sh when missing, as
 * .ci/run does before the tests. A test skips, saying so loudly, only when
 * the package cannot be installed (not root, or apt-get fails).
 */
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {root} from './build.js'

/** Whether the commands are available, and why not. */
export interface Availability {
  readonly ok: boolean
  readonly reason: string
}

/** Make sure each `command:package` is installed. */
export function ensureDebian(...pairs: readonly string[]): Availability {
  const result = spawnSync('bash', [join(root, 'scripts', 'ensure-debian.sh'), ...pairs], {encoding: 'utf8'})
  if (result.status === 0) return {ok: true, reason: ''}
  const reason = `cannot install ${pairs.map((pair) => pair.split(':')[1]).join(', ')}: ${(result.stderr || String(result.error)).trim().split('\n').pop() ?? ''}`
  console.warn(`\n*** SKIPPING: ${reason} ***\n`)
  return {ok: false, reason}
}
