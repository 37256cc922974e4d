/**
 * The local service (`referral-lint serve`, src/cli/serve.ts): the lint
 * endpoint's JSON (the CLI's `--format json` report), errors for bad or oversized requests, no narrative text
 * in its logs, loopback by default, a small bounded load, and a graceful stop
 * on SIGTERM.
 */
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {request} from 'node:http'
import {join} from 'node:path'
import {Ajv, type ValidateFunction} from 'ajv'
import formats from 'ajv-formats'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseLintRequest, parseServeArgs, startServer, type RunningServer} from '../src/cli/serve.js'
import {today} from '../src/cli/today.js'
import {ensureBrowserBuilt} from './e2e/setup.js'
import {root} from './helpers/build.js'

const secret = 'Zebedee-Quillfeather'
const narrative = `${secret} is a prostitute who went willingly.`

let service: RunningServer
const logs: string[] = []

beforeAll(async () => {
  await ensureBrowserBuilt()
  service = await startServer({
    port: 0,
    bodyLimit: 64 * 1024,
    // Generous: a worker's first lint loads the engine, and a shared machine can take 20 s for it.
    timeLimit: 120_000,
    log: (line) => logs.push(line),
  })
}, 300_000)

afterAll(async () => {
  await service.close()
})

describe('POST /v1/lint', {timeout: 120_000}, () => {
  it("returns the CLI's JSON report: rule ids, categories, offsets, suggestions, missing facts", async () => {
    const response = await post('/v1/lint', JSON.stringify({text: narrative}))
    expect(response.status).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    const report = JSON.parse(response.body) as unknown
    const validate = jsonSchema()
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true)
    const [file] = messagesOf(report)
    const found = file?.messages.map((message) => [message.ruleId, message.category, message.severity])
    expect(found).toEqual([
      ['prostitute', 'label', 'error'],
      ['went-willingly', 'consent', 'error'],
    ])
    const first = file?.messages[0]
    expect(first && narrative.slice(first.offset, first.endOffset)).toBe('prostitute')
    expect(first?.suggestions.length).toBeGreaterThan(0)
    expect(file?.errorCount).toBe(2)
    expect(file?.missingFacts.length).toBeGreaterThan(0)
  })

  it('passes options to the engine (rules off, indicators on)', async () => {
    const off = await post('/v1/lint', JSON.stringify({text: narrative, options: {rules: {label: 'off'}}}))
    const ids = messagesOf(JSON.parse(off.body))[0]?.messages.map((m) => m.ruleId)
    expect(ids).toEqual(['went-willingly'])
    const indicators = await post('/v1/lint', JSON.stringify({text: narrative, options: {indicators: true}}))
    const categories = messagesOf(JSON.parse(indicators.body))[0]?.messages.map((m) => m.category)
    expect(categories).toContain('indicator')
  })

  it("reads ages at options.referenceDate, else at today's date (the service is an edge)", async () => {
    const text = 'Jade (DOB 2012) is sexually active.'
    const ids = async (options?: object): Promise<string[]> => {
      const response = await post('/v1/lint', JSON.stringify({text, ...(options ? {options} : {})}))
      expect(response.status).toBe(200)
      return (messagesOf(JSON.parse(response.body) as unknown)[0]?.messages ?? []).map(
        (message) => message.ruleId,
      )
    }
    expect(await ids({referenceDate: '2026-12-07'})).toEqual(['sexually-active'])
    expect(await ids({referenceDate: '2033-06-01'})).toEqual([])
    expect(await ids()).toEqual(await ids({referenceDate: today()}))
    const bad = await post('/v1/lint', JSON.stringify({text, options: {referenceDate: '7 December'}}))
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body)).toEqual({
      error: '`options.referenceDate` must be a date such as "2026-03-14" (or "2026-03", or "2026")',
    })
  })

  it.each([
    ['bad JSON', '{"text": ', 'not valid JSON'],
    ['a JSON array', '[]', 'JSON object'],
    ['no text', '{"options": {}}', '`text` must be a string'],
    [
      'an unknown option',
      '{"text": "x", "options": {"ruleSpecs": []}}',
      '`options.ruleSpecs` is not a known key',
    ],
    ['a bad preset', '{"text": "x", "options": {"preset": "teen"}}', '`options.preset`'],
    ['a bad severity', '{"text": "x", "options": {"rules": {"label": "loud"}}}', '`options.rules.label`'],
  ])('answers 400 for %s', async (_name, body, error) => {
    const response = await post('/v1/lint', body)
    expect(response.status).toBe(400)
    expect((JSON.parse(response.body) as {error: string}).error).toContain(error)
  })

  it('answers 413 for a body over the limit, declared or streamed, and stays up', async () => {
    const big = JSON.stringify({text: `${secret} `.repeat(10_000)})
    const declared = await post('/v1/lint', big)
    expect(declared.status).toBe(413)
    const streamed = await post('/v1/lint', big, {chunked: true})
    expect(streamed.status).toBe(413)
    expect((await get('/healthz')).status).toBe(200)
  })

  it('answers 415 without a JSON content type and 405 for GET', async () => {
    expect((await post('/v1/lint', JSON.stringify({text: 'x'}), {type: 'text/plain'})).status).toBe(415)
    expect((await get('/v1/lint')).status).toBe(405)
  })
})

describe('other routes', {timeout: 120_000}, () => {
  it('GET /healthz answers ok', async () => {
    const response = await get('/healthz')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toEqual({status: 'ok'})
  })

  it('GET / serves the playground and /browser.global.js its bundle, under a strict CSP', async () => {
    const page = await get('/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<referral-lint-editor')
    expect(page.body).toContain('src="./browser.global.js"')
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'")
    const bundle = await get('/browser.global.js')
    expect(bundle.status).toBe(200)
    expect(bundle.headers['content-type']).toMatch(/^text\/javascript/)
    expect(bundle.body).toContain('ReferralLint')
  })

  it('answers 404 elsewhere', async () => {
    expect((await get('/etc/passwd')).status).toBe(404)
  })
})

describe('service behaviour', {timeout: 120_000}, () => {
  it('binds the loopback interface by default', async () => {
    const other = await startServer({port: 0, log: () => undefined})
    try {
      expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    } finally {
      await other.close()
    }
  })

  it('never logs request text', async () => {
    await post('/v1/lint', JSON.stringify({text: narrative}))
    await post('/v1/lint', `{"text": "${secret}`)
    expect(logs.length).toBeGreaterThan(0)
    expect(logs.join('\n')).not.toContain(secret)
    expect(logs.join('\n')).toMatch(/^POST \/v1\/lint 200 /m)
  })

  it('answers 503 past the time limit and keeps serving', async () => {
    const slow = await startServer({port: 0, timeLimit: 1, log: () => undefined})
    try {
      const text = 'She is a prostitute who went willingly. '.repeat(2000)
      const response = await post('/v1/lint', JSON.stringify({text}), {base: slow.url})
      expect(response.status).toBe(503)
      expect(response.body).not.toContain('prostitute')
      expect((await get('/healthz', slow.url)).status).toBe(200)
    } finally {
      await slow.close()
    }
  })

  it('serves a bounded load (300 requests, 30 at a time) without an error', async () => {
    const total = 300
    let next = 0
    const statuses: number[] = []
    const texts = [
      narrative,
      'Jay (14) was driven to Leeds by two adults.',
      'She is streetwise and mature for her age.',
    ]
    await Promise.all(
      Array.from({length: 30}, async () => {
        while (next < total) {
          const text = texts[next++ % texts.length] ?? ''
          statuses.push((await post('/v1/lint', JSON.stringify({text}))).status)
        }
      }),
    )
    expect(statuses).toHaveLength(total)
    expect(statuses.filter((status) => status !== 200)).toEqual([])
  }, 120_000)
})

describe('serve arguments', {timeout: 120_000}, () => {
  it('reads --port, --host, --body-limit and --time-limit', () => {
    expect(parseServeArgs(['--port', '0', '--host=::1', '--body-limit', '100', '--time-limit=50'])).toEqual({
      port: 0,
      host: '::1',
      bodyLimit: 100,
      timeLimit: 50,
    })
  })

  it.each([[['--port', 'x']], [['--port', '70000']], [['--port']], [['--verbose']]])('rejects %j', (argv) => {
    expect(() => parseServeArgs(argv)).toThrow(/--port|--verbose/)
  })

  it('parseLintRequest accepts a text with no options', () => {
    expect(parseLintRequest('{"text": "x"}')).toEqual({text: 'x', options: undefined})
  })

  it('`serve` stops gracefully on SIGTERM with exit code 0', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        "import('./src/cli/serve.ts').then(async (m) => { process.exitCode = await m.serve(['--port', '0']) })",
      ],
      {cwd: root, stdio: ['ignore', 'pipe', 'pipe']},
    )
    let stderr = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        const match = /serving (http:\/\/\S+)/.exec(stderr)
        if (match?.[1]) resolve(match[1])
      })
      child.on('exit', () => {
        reject(new Error(`serve exited early: ${stderr}`))
      })
    })
    expect((await get('/healthz', url)).status).toBe(200)
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exit).toBe(0)
    expect(stderr).toContain('shutting down')
  }, 60_000)
})

interface ReportFile {
  errorCount: number
  missingFacts: unknown[]
  messages: Array<{
    ruleId: string
    category: string
    severity: string
    offset: number
    endOffset: number
    suggestions: string[]
  }>
}

function messagesOf(report: unknown): ReportFile[] {
  return (report as {files: ReportFile[]}).files
}

/** docs/json-format.schema.json, the CLI's JSON format. */
function jsonSchema(): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(root, 'docs', 'json-format.schema.json'), 'utf8')) as object
  const ajv = new Ajv({allErrors: true, strict: false})
  // ajv-formats is CommonJS: its default export is the module object under NodeNext.
  ;(formats as unknown as {default: (ajv: Ajv) => Ajv}).default(ajv)
  return ajv.compile(schema)
}

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function get(path: string, base = service.url): Promise<Reply> {
  return send('GET', path, undefined, {base})
}

function post(
  path: string,
  body: string,
  options: {type?: string; chunked?: boolean; base?: string} = {},
): Promise<Reply> {
  return send('POST', path, body, options)
}

function send(
  method: string,
  path: string,
  body: string | undefined,
  options: {type?: string; chunked?: boolean; base?: string},
): Promise<Reply> {
  const url = new URL(path, options.base ?? service.url)
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {'content-type': options.type ?? 'application/json'}
    if (body !== undefined && !options.chunked) headers['content-length'] = Buffer.byteLength(body)
    const outgoing = request(url, {method, headers, agent: false}, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString(),
        })
      })
      response.on('error', reject)
    })
    // The server may answer 413 and close before the whole body is sent.
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error)
    })
    if (body !== undefined && options.chunked) {
      for (let i = 0; i < body.length; i += 16 * 1024) outgoing.write(body.slice(i, i + 16 * 1024))
    } else if (body !== undefined) outgoing.write(body)
    outgoing.end()
  })
}
