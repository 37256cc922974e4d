/**
 * Load the compiled bundled rules that the build wrote next to the CLI
 * (`dist/compiled-rules.json`, made by scripts/build-snapshot.ts), so a run
 * does not spend a second compiling them (src/engine/snapshot.ts).
 *
 * The snapshot is used only when its fingerprint equals that of the rules
 * this process has; anything else (no file, another version, edited rules,
 * a broken file) means the rules are compiled as usual, so a snapshot can
 * make a run faster but never change a finding. Running from source finds
 * no snapshot, as there is none next to src/cli/.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {reviveRules, snapshotFormat, type RulesSnapshot} from '../engine/snapshot.js'
import type {RuleSpec, Vocabulary} from '../types.js'

/** The snapshot's file name, next to the built CLI. */
export const snapshotFile = 'compiled-rules.json'

/**
 * A fingerprint of what compiling depends on: each rule's id, target,
 * phrases, guards and conditions, the shared vocabulary, and the format.
 */
export function rulesFingerprint(rules: readonly RuleSpec[], vocabulary: Vocabulary): string {
  const compiled = rules.map(({id, target, phrases, guards, unless}) => [id, target, phrases, guards, unless])
  return createHash('sha256')
    .update(JSON.stringify([snapshotFormat, compiled, vocabulary]))
    .digest('hex')
}

const loaded = new WeakSet<readonly RuleSpec[]>()

/**
 * Load the snapshot for the bundled `rules` (once per process: a later call
 * for the same rules returns true at once). Returns whether it is in use.
 */
export function loadSnapshot(
  rules: readonly RuleSpec[],
  vocabulary: Vocabulary,
  file: string = fileURLToPath(new URL(`./${snapshotFile}`, import.meta.url)),
): boolean {
  if (loaded.has(rules)) return true
  let snapshot: RulesSnapshot
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as RulesSnapshot
  } catch {
    return false
  }
  if (snapshot.fingerprint !== rulesFingerprint(rules, vocabulary)) return false
  if (!reviveRules(rules, vocabulary, snapshot)) return false
  loaded.add(rules)
  return true
}
