/**
 * The CLI loads the bundled rules compiled at build time
 * (dist/compiled-rules.bin) only when it was made from the same rule data;
 * otherwise it compiles them, so the snapshot cannot change a finding.
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules, vocabulary} from '../rules/index.js'
import {
  loadSnapshot,
  readSnapshot,
  rulesFingerprint,
  snapshotFile,
  writeSnapshot,
} from '../src/cli/snapshot.js'
import {snapshotRules} from '../src/engine/snapshot.js'

const built = join(import.meta.dirname, '..', 'dist', snapshotFile)
const scratch = mkdtempSync(join(tmpdir(), 'referral-lint-snapshot-'))

describe('compiled-rules snapshot in the CLI', () => {
  it('is written by the build for the rules in this checkout', () => {
    const snapshot = readSnapshot(built)
    expect(snapshot.fingerprint).toBe(rulesFingerprint(rules, vocabulary))
    expect(snapshot.ids).toEqual(rules.map((rule) => rule.id))
    expect(loadSnapshot(rules.slice(), vocabulary, built)).toBe(true)
  })

  it('is not used for rules whose data differs', () => {
    const changed = rules.map((rule, index) =>
      index === 0 ? {...rule, phrases: [...rule.phrases, 'an extra phrase']} : rule,
    )
    expect(rulesFingerprint(changed, vocabulary)).not.toBe(rulesFingerprint(rules, vocabulary))
    expect(loadSnapshot(changed, vocabulary, built)).toBe(false)
  })

  it('reads back what it writes, number tables included', () => {
    const snapshot = snapshotRules(rules, vocabulary, 'round trip')
    const file = join(scratch, 'round-trip.bin')
    writeSnapshot(snapshot, file)
    const read = readSnapshot(file)
    expect(read.fingerprint).toBe('round trip')
    const rows = ({tables}: typeof snapshot) =>
      [tables.nodes, tables.slots, tables.entries].map(({at, cells}) => [Array.from(at), Array.from(cells)])
    expect(rows(read)).toEqual(rows(snapshot))
    expect(read.tables.words).toEqual(snapshot.tables.words)
    expect(
      read.tables.indexes.map((index) => [...Array.from(index.first), ...Array.from(index.pair)]),
    ).toEqual(snapshot.tables.indexes.map((index) => [...Array.from(index.first), ...Array.from(index.pair)]))
  })

  it('falls back to compiling when the file is missing or broken', () => {
    expect(loadSnapshot(rules.slice(), vocabulary, join(scratch, 'missing.json'))).toBe(false)
    const broken = join(scratch, 'broken.json')
    writeFileSync(broken, '{"format": 1, "fingerprint": ')
    expect(loadSnapshot(rules.slice(), vocabulary, broken)).toBe(false)
    // Cut short: the header promises more than the file holds.
    const cut = join(scratch, 'cut.bin')
    writeFileSync(cut, readFileSync(built).subarray(0, 1000))
    expect(loadSnapshot(rules.slice(), vocabulary, cut)).toBe(false)
  })
})
