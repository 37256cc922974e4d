/**
 * Write dist/compiled-rules.bin: the bundled rules compiled once, for the
 * CLI to load instead of compiling them on every start (see
 * src/engine/snapshot.ts and src/cli/snapshot.ts); and
 * dist/rule-extras.json, the rules' examples and sources, which the built
 * CLI reads only when asked for them (src/cli/rule-extras.ts). Run by
 * `npm run build` after tsup.
 */
import {join} from 'node:path'
import {rules, vocabulary} from '../rules/index.js'
import {ruleExtrasFile, writeRuleExtras} from '../src/cli/rule-extras.js'
import {rulesFingerprint, snapshotFile, writeSnapshot} from '../src/cli/snapshot.js'
import {rowCount} from '../src/engine/phrase-index.js'
import {snapshotRules} from '../src/engine/snapshot.js'

const out = join(import.meta.dirname, '..', 'dist', snapshotFile)
const snapshot = snapshotRules(rules, vocabulary, rulesFingerprint(rules, vocabulary))
writeSnapshot(snapshot, out)
console.log(
  `snapshot: ${snapshot.ids.length} rules, ${rowCount(snapshot.tables.nodes)} trie nodes → dist/${snapshotFile}`,
)
writeRuleExtras(rules, join(import.meta.dirname, '..', 'dist', ruleExtrasFile))
