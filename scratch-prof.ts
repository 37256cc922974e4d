import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {parseBounded, parseCounters} from './src/engine/bounded-parse.js'
import {lintSync} from './src/index.js'
const p = unified().use(retextEnglish)
const shapes: Record<string, (n: number) => string> = {
  ab: (n) => 'a-b '.repeat(n / 4), eg: (n) => 'e.g. '.repeat(n / 5), date: (n) => '12.03.2020 '.repeat(n / 11),
  tok: (n) => 'a-'.repeat(n / 2), words: (n) => 'The child went to the shop with him. '.repeat(n / 37),
}
for (const [name, f] of Object.entries(shapes)) for (const n of [125_000, 1_000_000]) {
  const t = f(n)
  let s = performance.now()
  parseBounded((piece) => p.parse(piece) as never, {text: t}, t)
  const parse = performance.now() - s
  s = performance.now()
  lintSync(t, {maxLength: Infinity, timeLimit: Infinity})
  console.log(name, n, 'parse', parse.toFixed(0), 'lint', (performance.now() - s).toFixed(0))
}
