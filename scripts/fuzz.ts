/**
 * Fuzz the library, the CLI and the service with hostile input (not part of
 * `npm test`; run `npm run fuzz`).
 *
 *   npm run fuzz -- [--library 50000] [--cli 30000] [--service 20000] [--seed N]
 *
 * - library: `lintSync` on random text (entities, long tokens, invisible
 *   characters, abbreviations, quotes, placeholders, any code point) with
 *   random valid and invalid options and values. It must return a file
 *   whose every finding lies inside the text with `actual` equal to the
 *   slice, or throw a `TypeError` or `LimitError` that quotes no text.
 * - CLI: the command (`run`, in process, on real files in a scratch folder)
 *   on random text, Markdown and HTML files with random formats, fixes and
 *   limits. Exit code 0, 1 or 2; every error one line, never "internal
 *   error", never the text; `--fix` changes only the bytes of the phrases;
 *   JSON and SARIF reports parse.
 * - service: random requests to a service on 127.0.0.1 (bodies, types,
 *   Host and Origin headers, bytes that are not UTF-8). Never a 500, never
 *   the text in an error, and a 200 only for a valid request from its own
 *   page.
 *
 * First each hostile shape is timed at 128 KB, 512 KB and 1 MB in this fresh
 * process (reported, not asserted; `--no-shapes` skips it).
 * Prints figures as it goes and exits 1 on the first failure, with the seed
 * and the case that failed.
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {request} from 'node:http'
import {join} from 'node:path'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import fc from 'fast-check'
import {run, type Io} from '../src/cli/run.js'
import {startServer} from '../src/cli/serve.js'
import {lintSync} from '../src/index.js'

const {values} = parseArgs({
  options: {
    library: {type: 'string', default: '50000'},
    cli: {type: 'string', default: '30000'},
    service: {type: 'string', default: '20000'},
    seed: {type: 'string'},
    'no-shapes': {type: 'boolean', default: false},
  },
})
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed)
const root = fileURLToPath(new URL('..', import.meta.url))
/** A marker put into every fuzzed text: it must never appear in an error or a log. */
const secret = 'Quillfeather-Zebedee'

const fragments = [
  'child pornography',
  'went willingly',
  'streetwise',
  'street-wise',
  'prostitute',
  'She is ',
  'aged 15',
  '(15)',
  'not a lifestyle choice',
  'e.g. ',
  'i.e. ',
  '12.03.2020 ',
  'a-b ',
  'Mr. ',
  '"',
  "'",
  '\u201C',
  '\u201D',
  '(',
  ')',
  '&amp;',
  '&nbsp;',
  '&#38;',
  '&#x1F600;',
  '&bogus;',
  '\\&',
  '> ',
  '- ',
  '* ',
  '`code`',
  '```\n',
  '<b>',
  '</b>',
  '<p>',
  '<!-- referral-lint-disable-next-line -->',
  'referral-lint-disable-line',
  '{{child_name}}',
  '[NAME]',
  '\u00AD',
  '\u200B',
  '\uFEFF',
  '\u2028',
  '\r\n',
  '\n\n',
  '\t',
  ' ',
  '.',
  '?',
  '\uD83D\uDE00',
  '\uD800',
  secret,
]

const hostileText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(fc.constantFrom(...fragments), {maxLength: 60}).map((parts) => parts.join('')),
  },
  {weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 200})},
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('a-', 'e.g. ', 'a', '.', 'x ', '((', '"'), fc.integer({min: 1, max: 4000}))
      .map(([unit, count]) => unit.repeat(count)),
  },
  {weight: 1, arbitrary: fc.constant(`${secret} went willingly.`)},
)

const validOptions: fc.Arbitrary<unknown> = fc.record(
  {
    preset: fc.constantFrom('child', 'adult'),
    indicators: fc.boolean(),
    allow: fc.array(fc.constantFrom('went willingly', 'streetwise', 'very? very? end', 'her own _')),
    rules: fc.constantFrom({label: 'off'}, {'went-willingly': 'warning'}, {consent: 'info'}),
  },
  {requiredKeys: []},
)

const anyOptions: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 6, arbitrary: fc.constant(undefined)},
  {weight: 4, arbitrary: validOptions},
  {weight: 1, arbitrary: fc.constant(null)},
  {weight: 1, arbitrary: fc.constantFrom(42, [])},
  {
    weight: 2,
    arbitrary: fc.record(
      {
        preset: fc.constantFrom('child', 'adult', 'teen', 42),
        indicators: fc.oneof(fc.boolean(), fc.constant('yes')),
        allow: fc.oneof(
          fc.array(
            fc.constantFrom(
              'went willingly',
              '(unclosed',
              '_ x',
              `x ${'y? '.repeat(12)}`,
              '',
              'very? very? end',
            ),
          ),
          fc.constant('went'),
        ),
        rules: fc.oneof(
          fc.constant({label: 'off'}),
          fc.constant({'went-willingly': 'loud'}),
          fc.constant('off'),
        ),
        maxLength: fc.oneof(fc.integer({min: 0, max: 5000}), fc.constant(-1), fc.constant(Infinity)),
        timeLimit: fc.oneof(fc.integer({min: 1, max: 60_000}), fc.constant(0)),
        bogus: fc.constant(1),
      },
      {requiredKeys: []},
    ),
  },
)

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 20, arbitrary: hostileText},
  {weight: 1, arbitrary: fc.constantFrom(42, null, undefined, ['text'], {text: 'x'}, new String('x'), true)},
  {weight: 1, arbitrary: hostileText.map((text) => new TextEncoder().encode(text))},
)

function fail(part: string, detail: string, input: unknown): never {
  process.stderr.write(
    `fuzz: ${part} failed (seed ${String(seed)}): ${detail}\ninput: ${JSON.stringify(input)?.slice(0, 2000)}\n`,
  )
  process.exit(1)
}

function fuzzLibrary(count: number): void {
  let findings = 0
  let thrown = 0
  fc.assert(
    fc.property(anyValue, anyOptions, (value, options) => {
      let file
      try {
        file = lintSync(value as string, options as never)
      } catch (error) {
        thrown++
        if (!(error instanceof Error) || !['TypeError', 'LimitError', 'RuleSpecError'].includes(error.name)) {
          fail('library', `threw ${error instanceof Error ? error.name : typeof error}`, {value, options})
        }
        if (error.message.includes(secret)) fail('library', 'an error quotes the text', {value, options})
        return
      }
      const text = String(file.value)
      for (const message of file.messages) {
        const place = message.place
        if (!place || !('start' in place)) continue
        const start = place.start.offset ?? -1
        const end = place.end.offset ?? -1
        if (!(start >= 0 && start <= end && end <= text.length))
          fail('library', 'offset outside the text', {value})
        if (
          message.actual !== undefined &&
          message.actual !== '' &&
          text.slice(start, end) !== message.actual
        ) {
          fail('library', 'actual is not the slice at its offsets', {value})
        }
        findings++
      }
    }),
    {numRuns: count, seed},
  )
  console.log(
    `library: ${String(count)} cases, ${String(findings)} findings checked, ${String(thrown)} refused with a clear error`,
  )
}

const argSets: readonly (readonly string[])[] = [
  [],
  ['--format', 'json'],
  ['--format', 'sarif'],
  ['--format', 'github'],
  ['--fix'],
  ['--fix-dry-run'],
  ['--quiet', '--max-warnings', '0'],
  ['--max-size', '200'],
  ['--time-limit', '1'],
  ['--indicators'],
  ['--report-unused-disable-directives'],
  ['--ext', 'md'],
  ['--bogus'],
]

async function fuzzCli(count: number): Promise<void> {
  const scratch = mkdtempSync(join(root, 'test-artifacts', 'fuzz-cli-'))
  const codes = [0, 0, 0]
  let index = 0
  const cases = fc.sample(
    fc.tuple(
      hostileText,
      fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.markdown'),
      fc.constantFrom(...argSets),
    ),
    {numRuns: count, seed},
  )
  const previous = process.cwd()
  process.chdir(scratch)
  try {
    for (const [text, name, args] of cases) {
      index++
      if (index % 5000 === 0) console.log(`cli: ${String(index)} cases…`)
      const folder = join(scratch, String(index % 64))
      mkdirSync(folder, {recursive: true})
      const path = join(folder, name)
      writeFileSync(path, text)
      let stdout = ''
      let stderr = ''
      const io: Io = {
        stdinIsTTY: true,
        readStdin: () => Promise.resolve(new Uint8Array()),
        stdoutIsTTY: false,
        stderrIsTTY: false,
        stdout: (chunk) => {
          stdout += chunk
        },
        stderr: (chunk) => {
          stderr += chunk
        },
        env: {NO_COLOR: '1'},
      }
      let code: number
      try {
        code = await run(['--no-config', '--no-ignore', ...args, path], io, '0.0.0')
      } catch (error) {
        fail('cli', `threw ${error instanceof Error ? error.name : typeof error}`, {text, name, args})
      }
      if (code !== 0 && code !== 1 && code !== 2) fail('cli', `exit code ${String(code)}`, {text, name, args})
      codes[code] = (codes[code] ?? 0) + 1
      if (stderr.includes('internal error')) fail('cli', `internal error: ${stderr}`, {text, name, args})
      if (stderr.includes(secret)) fail('cli', 'stderr quotes the text', {text, name, args})
      for (const line of stderr.split('\n').slice(0, -1)) {
        if (!line.startsWith('referral-lint: ') && !line.startsWith('---') && !line.startsWith('+++')) {
          fail('cli', `stderr line is not one referral-lint line: ${line}`, {text, name, args})
        }
      }
      if (code !== 2 && (args[1] === 'json' || args[1] === 'sarif')) {
        try {
          JSON.parse(stdout)
        } catch {
          fail('cli', 'the report is not JSON', {text, name, args})
        }
      }
      if (args[0] === '--fix' && code !== 2) {
        const after = readFileSync(path, 'utf8')
        // A second run finds nothing left to fix, and a fix never grows a file by more than its phrases.
        const again = await run(
          ['--no-config', '--no-ignore', '--fix-dry-run', path],
          {...io, stdout: () => undefined},
          '0.0.0',
        )
        if (again === 2) fail('cli', 'the fixed file cannot be read again', {text, name})
        if (after.length > text.length * 4 + 64) fail('cli', 'the fixed file grew unexpectedly', {text, name})
      }
    }
  } finally {
    process.chdir(previous)
    rmSync(scratch, {recursive: true, force: true})
  }
  console.log(
    `cli: ${String(count)} cases (exit 0: ${String(codes[0])}, 1: ${String(codes[1])}, 2: ${String(codes[2])})`,
  )
}

interface Answer {
  readonly status: number
  readonly body: string
}

function send(
  url: string,
  headers: Record<string, string>,
  body: Uint8Array,
  method: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {method, headers: {...headers, 'content-length': String(body.length)}, agent: false},
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          resolve({status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8')})
        })
      },
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

async function fuzzService(count: number): Promise<void> {
  const log: string[] = []
  const service = await startServer({port: 0, workers: 2, timeLimit: 10_000, log: (line) => log.push(line)})
  const port = new URL(service.url).port
  const statuses = new Map<number, number>()
  const body = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(hostileText, anyOptions)
        .map(([text, options]) => new TextEncoder().encode(JSON.stringify({text, options}))),
    },
    {weight: 1, arbitrary: fc.uint8Array({maxLength: 300})},
    {weight: 1, arbitrary: hostileText.map((text) => new TextEncoder().encode(text))},
    {
      weight: 1,
      arbitrary: hostileText.map((text) =>
        Buffer.concat([
          Buffer.from('{"text": "'),
          Buffer.from([0xc3, 0x28]),
          Buffer.from(text.slice(0, 20)),
          Buffer.from('"}'),
        ]),
      ),
    },
  )
  const cases = fc.sample(
    fc.record({
      body,
      type: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'application/x-json',
        'text/plain',
        '',
      ),
      host: fc.oneof(
        {weight: 8, arbitrary: fc.constant('')},
        {weight: 1, arbitrary: fc.constantFrom(`localhost:${port}`, 'evil.example', `[::1]:${port}`)},
      ),
      origin: fc.oneof(
        {weight: 8, arbitrary: fc.constant(undefined)},
        {weight: 1, arbitrary: fc.constantFrom(`http://127.0.0.1:${port}`, 'http://evil.example', 'null')},
      ),
      method: fc.constantFrom('POST', 'POST', 'POST', 'POST', 'POST', 'GET', 'PUT'),
      path: fc.constantFrom('/v1/lint', '/v1/lint', '/v1/lint', '/v1/lint', '/v1/lint', '/healthz', '/nope'),
    }),
    {numRuns: count, seed},
  )
  let index = 0
  const worker = async (): Promise<void> => {
    while (index < cases.length) {
      const item = cases[index++]!
      const headers: Record<string, string> = {}
      if (item.type) headers['content-type'] = item.type
      if (item.host) headers.host = item.host
      if (item.origin) headers.origin = item.origin
      const answer = await send(`${service.url}${item.path}`, headers, item.body, item.method)
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
      if (answer.status >= 500 && answer.status !== 503)
        fail('service', `status ${String(answer.status)}`, item)
      if (answer.status !== 200 && answer.body.includes(secret))
        fail('service', 'an error quotes the text', item)
      // No host header given: Node sends the service's own (127.0.0.1:port).
      const foreign =
        item.host === 'evil.example' || item.origin === 'http://evil.example' || item.origin === 'null'
      if (answer.status === 200 && foreign) fail('service', 'a foreign page was answered', item)
      if (answer.status === 200 && item.path === '/v1/lint') {
        try {
          JSON.parse(answer.body)
        } catch {
          fail('service', 'a 200 answer is not JSON', item)
        }
      }
    }
  }
  await Promise.all(Array.from({length: 8}, worker))
  await service.close()
  if (log.some((line) => line.includes(secret))) fail('service', 'a log line quotes the text', {})
  const shown = [...statuses.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([status, n]) => `${String(status)}: ${String(n)}`)
    .join(', ')
  console.log(`service: ${String(count)} requests (${shown})`)
}

/** Time each hostile shape up to 1 MB (reported, not asserted). */
function timeShapes(): void {
  const shapes: Readonly<Record<string, string>> = {
    "'a-b ' repeated": 'a-b ',
    "'e.g. ' repeated": 'e.g. ',
    'dates repeated': '12.03.2020 ',
    'one hyphenated token': 'a-',
    'one token': 'a',
    "'very ' repeated": 'very ',
    'flagged phrases': 'She went willingly and is streetwise. ',
    'quotes and brackets': '"(\'a\')" ',
    'entities, quotes and escapes': '> Tom &amp; Jo "said" \\& (e.g.) ',
  }
  lintSync('Warm up: she went willingly.')
  for (const [name, unit] of Object.entries(shapes)) {
    const figures = [128, 512, 1024].map((kib) => {
      const text = unit.repeat(Math.floor((kib * 1024) / unit.length))
      const started = performance.now()
      lintSync(text, {maxLength: Infinity, timeLimit: Infinity})
      return `${String(kib)} KiB ${(performance.now() - started).toFixed(0)} ms`
    })
    console.log(`shape ${name}: ${figures.join(', ')}`)
  }
}

if (!values['no-shapes']) timeShapes()
console.log(`fuzz: seed ${String(seed)}`)
const started = performance.now()
fuzzLibrary(Number(values.library))
await fuzzCli(Number(values.cli))
await fuzzService(Number(values.service))
const total = Number(values.library) + Number(values.cli) + Number(values.service)
console.log(
  `fuzz: ${String(total)} cases, no failure, ${((performance.now() - started) / 1000).toFixed(0)} s`,
)
