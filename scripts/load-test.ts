/**
 * Bounded load test of `referral-lint serve` on loopback only.
 *
 *   npx tsx scripts/load-test.ts [--requests 2000] [--concurrency 50]
 *
 * Starts the service in a child process on 127.0.0.1 (a free port), sends
 * synthetic narratives (no real case text) and reports throughput, latency
 * percentiles, errors and the service's resident memory (from /proc) as the
 * run goes. Exits 1 on any error or non-200 answer.
 */
import {spawn} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {request} from 'node:http'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {requests: {type: 'string', default: '2000'}, concurrency: {type: 'string', default: '50'}},
})
const total = Number(values.requests)
const concurrency = Number(values.concurrency)
const root = fileURLToPath(new URL('..', import.meta.url))

const sentences = [
  'Kayla (15) was found at an address in Leeds at 02:00 on 3 March.',
  'She is a prostitute who went willingly with older men.',
  'Two adults drove her there and took her phone; she owed them money for a debt they said she had.',
  'Staff describe her as streetwise and say she is putting herself at risk.',
  'She said the men threatened to hurt her brother if she did not go back.',
  'He has been recruited into county lines and is known to police for dealing.',
  'Her boyfriend (24) buys her cannabis and new trainers.',
  'We believe she is being sexually exploited by the adults who collect her from school.',
]

/** A synthetic narrative of about `words` words. */
function narrative(seed: number, words: number): string {
  const parts: string[] = []
  let count = 0
  for (let i = seed; count < words; i++) {
    const sentence = sentences[i % sentences.length] ?? ''
    parts.push(sentence)
    count += sentence.split(' ').length
  }
  return parts.join(' ')
}

const bodies = [50, 200, 600, 1500].map((words, index) => JSON.stringify({text: narrative(index, words)}))

// The built CLI (`npm run build` first) when there is one, else the source.
const built = existsSync(`${root}dist/cli.js`)
const child = spawn(
  process.execPath,
  built
    ? ['dist/cli.js', 'serve', '--port', '0']
    : [
        '--import',
        'tsx',
        '-e',
        "import('./src/cli/serve.ts').then(async (m) => { process.exitCode = await m.serve(['--port', '0']) })",
      ],
  {cwd: root, stdio: ['ignore', 'ignore', 'pipe']},
)
let log = ''
const base = await new Promise<string>((resolve, reject) => {
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString()
    const match = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(log)
    if (match?.[1]) resolve(match[1])
  })
  child.on('exit', () => {
    reject(new Error('the service exited before it listened'))
  })
})

function rss(): number {
  const status = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

function post(body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${base}/v1/lint`,
      {
        method: 'POST',
        headers: {'content-type': 'application/json', 'content-length': Buffer.byteLength(body)},
      },
      (response) => {
        response.resume()
        response.on('end', () => {
          resolve(response.statusCode ?? 0)
        })
      },
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

// Warm up every worker (start, compromise load) before measuring.
for (let round = 0; round < 3; round++) await Promise.all([...bodies, ...bodies].map((body) => post(body)))

const latencies: number[] = []
const memory: number[] = [rss()]
let errors = 0
let next = 0
const started = performance.now()
await Promise.all(
  Array.from({length: concurrency}, async () => {
    while (next < total) {
      const index = next++
      const begin = performance.now()
      try {
        const status = await post(bodies[index % bodies.length] ?? '')
        if (status !== 200) errors++
      } catch {
        errors++
      }
      latencies.push(performance.now() - begin)
      if (index % Math.ceil(total / 8) === 0) memory.push(rss())
    }
  }),
)
const seconds = (performance.now() - started) / 1000
memory.push(rss())
child.kill('SIGTERM')
const code = await new Promise<number | null>((resolve) => child.on('exit', (exit) => resolve(exit)))

latencies.sort((a, b) => a - b)
const at = (q: number): string =>
  (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1)
console.log(
  `service:     ${built ? 'dist/cli.js serve' : 'src/cli/serve.ts (tsx)'}, ${String(availableParallelism())} CPUs`,
)
console.log(
  `requests:    ${String(total)} at ${String(concurrency)} concurrent (texts of 50, 200, 600, 1500 words)`,
)
console.log(`errors:      ${String(errors)}`)
console.log(`throughput:  ${(total / seconds).toFixed(0)} requests/s (${seconds.toFixed(2)} s)`)
console.log(`latency ms:  p50 ${at(0.5)}  p90 ${at(0.9)}  p99 ${at(0.99)}  max ${at(1)}`)
console.log(`service RSS: ${memory.map((mb) => mb.toFixed(0)).join(' → ')} MB`)
console.log(`shutdown:    exit code ${String(code)} after SIGTERM`)
process.exitCode = errors === 0 && code === 0 ? 0 : 1
