/**
 * `npm run bench`: one run that times, on the same synthetic narrative at
 * 1×, 10× and 100× of 2,000 words, retext-english parsing alone (the floor),
 * the full `lint()`, and alex (a dev dependency, for comparison only); then a
 * cold CLI start of each on one file (and of a bare `node -e 0`); then the
 * same measures at 2,000 words on a clean factual narrative and on one
 * assembled from the second held-out set. Prints medians, ratios, the work
 * of one lint of each text (compromise sentences, matcher steps) and peak
 * memory; last, the size of the packed tarball and of a fresh `npm install`
 * of it (bench/install.ts).
 *
 * Usage: tsx bench/run.ts [--quick]
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {resourceUsage} from 'node:process'
import alex from 'alex'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {lintSync} from '../src/index.js'
import {matchCounters} from '../src/engine/phrase-index.js'
import {tagCounters} from '../src/engine/subject.js'
import {installFootprint} from './install.js'
import {narrative} from './narrative.js'

const quick = process.argv.includes('--quick')
const root = join(import.meta.dirname, '..')

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1] ?? 0
}

function time(fn: () => unknown, runs: number): number {
  fn() // warm up
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

/** `text` repeated or cut, at paragraph ends, to about `words` words. */
function toWords(text: string, words: number): string {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '')
  const out: string[] = []
  let count = 0
  for (let i = 0; count < words && paragraphs.length > 0; i++) {
    const paragraph = paragraphs[i % paragraphs.length] ?? ''
    out.push(paragraph)
    count += paragraph.split(/\s+/).length
  }
  return out.join('\n\n')
}

const parser = unified().use(retextEnglish)
const unlimited = {maxLength: Infinity, timeLimit: Infinity}
const base = narrative(2000)
const sizes = quick ? [1, 10] : [1, 10, 100]
const runs: Record<number, number> = {1: quick ? 9 : 21, 10: quick ? 3 : 7, 100: 3}

console.log(`referral-lint benchmark · Node ${process.version} · ${base.split(/\s+/).length} words at 1×`)
console.log(
  `findings on the 1× text: ${lintSync(base).messages.length}; alex: ${alex(base).messages.length}\n`,
)
console.log('size     words    floor ms    lint ms    alex ms   lint/floor  alex/lint')

const results: Record<number, {floor: number; lint: number; alex: number}> = {}
for (const size of sizes) {
  const text = Array.from({length: size}, () => base).join('\n')
  const n = runs[size] ?? 3
  const floor = time(() => parser.runSync(parser.parse(text)), n)
  // 100× is over the default 1 MiB limit: the bench lifts the limits, as a caller may.
  const lint = time(() => lintSync(text, unlimited), n)
  const alexTime = time(() => alex(text), n)
  results[size] = {floor, lint, alex: alexTime}
  console.log(
    `${(size + '×').padEnd(6)} ${String(text.split(/\s+/).length).padStart(7)} ${floor.toFixed(1).padStart(10)} ${lint
      .toFixed(1)
      .padStart(10)} ${alexTime.toFixed(1).padStart(10)} ${(lint / floor).toFixed(2).padStart(12)} ${(
      alexTime / lint
    )
      .toFixed(2)
      .padStart(10)}`,
  )
}

// The same measures on text the synthetic generator did not write: a clean
// factual narrative (the model referral, which draws nothing, repeated to
// about 2,000 words) and a narrative assembled from the second held-out
// evaluation set (its items joined in file order; the bench prints timings
// only, never the text).
const fixtures = join(root, 'fixtures')
const clean = toWords(readFileSync(join(fixtures, 'narratives', 'model-referral', 'input.txt'), 'utf8'), 2000)
const heldOut = toWords(
  readFileSync(join(fixtures, 'eval', 'holdout2.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as {text: string}).text)
    .join('\n\n'),
  2000,
)
console.log('\ntext           words    floor ms    lint ms    alex ms   lint/floor  alex/lint  findings')
const unseen: Record<string, {floor: number; lint: number; alex: number}> = {}
for (const [name, text] of [
  ['clean', clean],
  ['held-out', heldOut],
] as const) {
  const n = quick ? 9 : 21
  const floor = time(() => parser.runSync(parser.parse(text)), n)
  const lint = time(() => lintSync(text), n)
  const alexTime = time(() => alex(text), n)
  unseen[name] = {floor, lint, alex: alexTime}
  console.log(
    `${name.padEnd(10)} ${String(text.split(/\s+/).length).padStart(9)} ${floor.toFixed(1).padStart(10)} ${lint
      .toFixed(1)
      .padStart(10)} ${alexTime.toFixed(1).padStart(10)} ${(lint / floor).toFixed(2).padStart(12)} ${(
      alexTime / lint
    )
      .toFixed(2)
      .padStart(10)} ${String(lintSync(text).messages.length).padStart(9)}`,
  )
}

// Work, not time: the same on a busy machine as on an idle one, so runs on
// a shared machine can still be compared (one lint of each text).
console.log('\ntext         compromise sentences (words)   matcher steps')
for (const [name, text] of [
  ['synthetic', base],
  ['clean', clean],
  ['held-out', heldOut],
] as const) {
  tagCounters.sentences = 0
  tagCounters.words = 0
  matchCounters.steps = 0
  lintSync(text)
  console.log(
    `${name.padEnd(10)} ${String(tagCounters.sentences).padStart(12)} ${`(${String(tagCounters.words)})`.padStart(11)} ${String(matchCounters.steps).padStart(17)}`,
  )
}

const growth10 = results[10]!.lint / results[1]!.lint
console.log(`\ngrowth: 10× text costs ${growth10.toFixed(2)}× the time`)
if (results[100]) {
  console.log(`growth: 100× text costs ${(results[100].lint / results[10]!.lint).toFixed(2)}× the 10× time`)
}

// Cold CLI start on one 2,000-word file.
const dir = mkdtempSync(join(tmpdir(), 'referral-lint-bench-'))
const file = join(dir, 'narrative.txt')
writeFileSync(file, base)
const cli = join(root, 'dist', 'cli.js')
if (!existsSync(cli)) execFileSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'ignore'})
const alexCli = join(root, 'node_modules', 'alex', 'cli.js')
// Paired: each round starts the three once, in turn, so a busy moment of the
// machine falls on all three rather than on one; medians of the rounds.
const start = (args: string[]): number => {
  const began = performance.now()
  spawnSync(process.execPath, args, {stdio: 'ignore', cwd: dir})
  return performance.now() - began
}
const rounds: [number, number, number][] = []
for (let round = 0; round <= (quick ? 5 : 11); round++) {
  const times: [number, number, number] = [start([cli, file]), start([alexCli, file]), start(['-e', '0'])]
  if (round > 0) rounds.push(times) // the first round warms the disk cache
}
const ours = median(rounds.map((times) => times[0]))
const theirs = median(rounds.map((times) => times[1]))
const bare = median(rounds.map((times) => times[2]))
console.log(
  `\ncold CLI on one file: referral-lint ${ours.toFixed(0)} ms, alex ${theirs.toFixed(0)} ms (ratio ${(ours / theirs).toFixed(2)}), node -e 0 ${bare.toFixed(0)} ms (referral-lint ${(ours / bare).toFixed(1)}× bare node)`,
)
console.log(`peak memory (this process): ${(resourceUsage().maxRSS / 1024).toFixed(0)} MB`)

// What a user downloads: the packed tarball and a fresh install of it.
const footprint = installFootprint(root)
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`
console.log(
  `\npackage: ${footprint.tarball.name} ${mb(footprint.tarball.bytes)} packed, ${mb(footprint.tarball.unpacked)} unpacked, ${String(footprint.tarball.files)} files`,
)
console.log(
  'error' in footprint.install
    ? `fresh install of the tarball: not measured (${footprint.install.error})`
    : `fresh install of the tarball: ${mb(footprint.install.bytes)} in node_modules, ${String(footprint.install.packages)} packages`,
)

const targets = [
  ['lint ≤ 5× the parse floor (2,000 words)', results[1]!.lint / results[1]!.floor <= 5],
  ['alex ≥ 5× slower than lint (2,000 words)', results[1]!.alex / results[1]!.lint >= 5],
  ['10× text ≤ 12× time', growth10 <= 12],
  ['cold CLI ≤ half of alex', ours / theirs <= 0.5],
  ['clean narrative: lint ≤ 2.5× the parse floor', unseen.clean!.lint / unseen.clean!.floor <= 2.5],
  [
    'held-out narrative: lint ≤ 4× the parse floor',
    unseen['held-out']!.lint / unseen['held-out']!.floor <= 4,
  ],
  [
    'held-out narrative: alex ≥ 8× slower than lint',
    unseen['held-out']!.alex / unseen['held-out']!.lint >= 8,
  ],
  ['cold CLI ≤ 0.45 of alex and ≤ 4.5× bare node', ours / theirs <= 0.45 && ours / bare <= 4.5],
] as const
console.log('\ntargets:')
for (const [name, met] of targets) console.log(`  ${met ? 'met ' : 'MISS'}  ${name}`)
