/**
 * `npm run bench`: one run that times, on the same synthetic narrative at
 * 1×, 10× and 100× of 2,000 words, retext-english parsing alone (the floor),
 * the full `lint()`, and alex (a dev dependency, for comparison only); then a
 * cold CLI start of each on one file. Prints medians, ratios and peak memory.
 *
 * Usage: tsx bench/run.ts [--quick]
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {resourceUsage} from 'node:process'
import alex from 'alex'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {lintSync} from '../src/index.js'
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

const parser = unified().use(retextEnglish)
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
  const lint = time(() => lintSync(text), n)
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
const cold = (args: string[]): number =>
  time(() => spawnSync(process.execPath, args, {stdio: 'ignore', cwd: dir}), quick ? 3 : 7)
const ours = cold([cli, file])
const theirs = cold([alexCli, file])
console.log(
  `\ncold CLI on one file: referral-lint ${ours.toFixed(0)} ms, alex ${theirs.toFixed(0)} ms (ratio ${(ours / theirs).toFixed(2)})`,
)
console.log(`peak memory (this process): ${(resourceUsage().maxRSS / 1024).toFixed(0)} MB`)

const targets = [
  ['lint ≤ 5× the parse floor (2,000 words)', results[1]!.lint / results[1]!.floor <= 5],
  ['alex ≥ 5× slower than lint (2,000 words)', results[1]!.alex / results[1]!.lint >= 5],
  ['10× text ≤ 12× time', growth10 <= 12],
  ['cold CLI ≤ half of alex', ours / theirs <= 0.5],
] as const
console.log('\ntargets:')
for (const [name, met] of targets) console.log(`  ${met ? 'met ' : 'MISS'}  ${name}`)
