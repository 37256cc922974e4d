/**
 * `referral-lint serve [--port N] [--host H] [--config FILE]`: a local HTTP
 * service for tools not written in JavaScript, and the playground page.
 *
 * - `POST /v1/lint` with JSON `{text, options}` → the CLI's `--format json`
 *   report for that text (docs/json-format.schema.json). The service reads
 *   its configuration as the CLI does (`--config`, or the nearest
 *   `.referrallintrc*` from its working directory, with its packs and deny
 *   phrases); `options` takes the config keys except `packs` and `ignore`,
 *   checked by the same code (src/config) with the same messages.
 * - `GET /v1/rules` → the CLI's `--list-rules --format json` under that
 *   configuration.
 * - `GET /healthz` → `{status: 'ok'}`.
 * - `GET /` → the playground; `GET /browser.global.js` → the bundle it uses.
 *
 * Binds 127.0.0.1 unless told otherwise. Only its own page can drive it:
 *
 * - the `Host` header must be a loopback name (`localhost`, `127.0.0.1`,
 *   `[::1]`), which defeats DNS rebinding; binding any other address needs
 *   `--token`, and every lint request must then carry it as a bearer token;
 * - a request with an `Origin` (or `Sec-Fetch-Site: cross-site`) from
 *   another site is refused unless `--allow-origin` lists it;
 * - the playground may not be framed (`frame-ancestors 'none'`).
 *
 * Bodies over the limit get 413, a type other than `application/json` 415,
 * bad JSON, invalid UTF-8, a bad shape or a bad option 400 (never 500), a
 * lint over the time limit 503. Logs carry the method, path, status, size
 * and time only, never request text. SIGTERM and SIGINT stop accepting
 * connections and exit once in-flight requests end.
 */
import {existsSync, readFileSync} from 'node:fs'
import {timingSafeEqual} from 'node:crypto'
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import {isIP, type AddressInfo} from 'node:net'
import {availableParallelism} from 'node:os'
import process from 'node:process'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {VFile} from 'vfile'
import {rules as bundledRules, vocabulary} from '../../rules/index.js'
import {loadSnapshot} from './snapshot.js'
import {ConfigError, toOptions, validateConfig, type Config} from '../config/index.js'
import type {Options, RuleSpec} from '../types.js'
import packageJson from '../../package.json' with {type: 'json'}
import {ConfigLoader} from './config.js'
import {listJson} from './explain.js'
import {render} from './formats.js'
import {dated} from './today.js'

/** Settings of `startServer` (every field optional). */
export interface ServeOptions {
  /** @default 8787 (0 picks a free port) */
  readonly port?: number
  /** @default '127.0.0.1' */
  readonly host?: string
  /** Largest request body in bytes. @default 1048576 (1 MiB) */
  readonly bodyLimit?: number
  /** Time limit of one request in milliseconds. @default 10000 */
  readonly timeLimit?: number
  /** Lint worker threads. @default the number of CPUs, at most 4 */
  readonly workers?: number
  /** Where log lines go (no request text is ever passed). @default stderr */
  readonly log?: (line: string) => void
  /**
   * Bearer token every `POST /v1/lint` must carry (optional; required when
   * `host` is not a loopback address).
   */
  readonly token?: string
  /** Origins (`https://tool.example`) whose pages may call the service (optional). */
  readonly allowOrigins?: readonly string[]
  /** Config file to use (`--config`) instead of the nearest one (optional). */
  readonly config?: string
  /** Use no config file (`--no-config`). @default false */
  readonly noConfig?: boolean
  /** Where the search for the nearest config starts. @default the working directory */
  readonly directory?: string
}

/** What every request starts from: the service's configuration, loaded once at start. */
export interface ServiceConfig {
  /** The validated configuration (`{}` without a config file). */
  readonly config: Config
  /** Its packs' rules, loaded and checked. */
  readonly packRules: readonly RuleSpec[]
  /** Its options; undefined without a config file. */
  readonly options: Options | undefined
}

const noServiceConfig: ServiceConfig = {config: {}, packRules: [], options: undefined}

/** A running service. */
export interface RunningServer {
  /** The bound URL, such as `http://127.0.0.1:8787`. */
  readonly url: string
  /** The Node server. */
  readonly server: Server
  /** Stop accepting connections; resolves once in-flight requests end. */
  close(): Promise<void>
}

const usage = `Usage: referral-lint serve [--port N] [--host H] [--token T] [--allow-origin URL]...
                           [--body-limit BYTES] [--time-limit MS] [--config FILE | --no-config]

Serve POST /v1/lint, GET /v1/rules, GET /healthz and the playground at / on
http://127.0.0.1:8787. Reads the configuration as the CLI does: --config FILE,
or the nearest .referrallintrc (or package.json "referral-lint" key) from the
working directory upward, with its packs and deny phrases; --no-config uses none.
Binds the loopback interface and answers only requests addressed to a
loopback name (localhost, 127.0.0.1, [::1]) from its own page or from no
page at all. --host with another address also needs --token: lint requests
must then send "Authorization: Bearer <token>". --allow-origin lets the
pages of that origin call the service (repeat it for several).
`

/**
 * Run `referral-lint serve …` until SIGTERM or SIGINT.
 *
 * @param argv - Arguments after `serve`.
 * @returns Exit code: 0 after a graceful stop, 2 for a usage error.
 */
export async function serve(argv: readonly string[]): Promise<number> {
  // The bundled rules compiled at build time, if this is a build (src/cli/snapshot.ts).
  loadSnapshot(bundledRules, vocabulary)
  let parsed: ServeOptions
  try {
    parsed = parseServeArgs(argv)
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(usage)
      return 0
    }
    process.stderr.write(`referral-lint serve: ${(error as Error).message}\n${usage}`)
    return 2
  }
  let running: RunningServer
  try {
    running = await startServer(parsed)
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`referral-lint serve: ${error.message}\n`)
      return 2
    }
    const code = (error as {code?: string}).code ?? 'error'
    process.stderr.write(
      `referral-lint serve: cannot listen on ${parsed.host ?? '127.0.0.1'}:${String(parsed.port ?? 8787)} (${code})\n`,
    )
    return 2
  }
  process.stderr.write(
    `referral-lint: serving ${running.url} (POST /v1/lint, GET /v1/rules, GET /healthz, playground at /)\n`,
  )
  if (!isLoopback(parsed.host ?? '127.0.0.1')) {
    process.stderr.write(
      `referral-lint: warning: ${String(parsed.host)} is not a loopback address; other machines can reach this service, and lint requests need the token\n`,
    )
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop)
      process.off('SIGINT', stop)
      process.stderr.write('referral-lint: shutting down\n')
      void running.close().then(resolve)
    }
    process.on('SIGTERM', stop)
    process.on('SIGINT', stop)
  })
  return 0
}

class HelpRequested extends Error {}

/** Parse `serve` arguments; throws an `Error` naming the bad argument. */
export function parseServeArgs(argv: readonly string[]): ServeOptions {
  const result: {
    port?: number
    host?: string
    bodyLimit?: number
    timeLimit?: number
    token?: string
    allowOrigins?: string[]
    config?: string
    noConfig?: boolean
  } = {}
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] ?? ''
    const [flag, inline] =
      argument.startsWith('--') && argument.includes('=') ? argument.split(/=(.*)/s) : [argument]
    if (flag === '--help' || flag === '-h') throw new HelpRequested()
    const value = (): string => {
      const next = inline ?? argv[++i]
      if (next === undefined || next === '') throw new Error(`${String(flag)} needs a value`)
      return next
    }
    const integer = (min: number, max: number): number => {
      const text = value()
      const number = Number(text)
      if (!/^\d+$/.test(text) || number < min || number > max) {
        throw new Error(`${String(flag)} must be a whole number from ${String(min)} to ${String(max)}`)
      }
      return number
    }
    if (flag === '--port' || flag === '-p') result.port = integer(0, 65535)
    else if (flag === '--host') result.host = value()
    else if (flag === '--config' || flag === '-c') result.config = value()
    else if (flag === '--no-config' && inline === undefined) result.noConfig = true
    else if (flag === '--body-limit') result.bodyLimit = integer(1, 64 * 1024 * 1024)
    else if (flag === '--time-limit') result.timeLimit = integer(1, 600000)
    else if (flag === '--token') {
      const token = value()
      if (token.length < 16 || /\s/.test(token)) {
        throw new Error('--token needs at least 16 characters and no spaces (a random string)')
      }
      result.token = token
    } else if (flag === '--allow-origin') {
      const origin = value()
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
        throw new Error(
          `--allow-origin needs an origin such as https://tool.example (no path), not ${JSON.stringify(origin)}`,
        )
      }
      ;(result.allowOrigins ??= []).push(origin.toLowerCase())
    } else throw new Error(`unknown argument ${JSON.stringify(flag)}`)
  }
  if (result.config !== undefined && result.noConfig)
    throw new Error('give --config or --no-config, not both')
  if (result.host !== undefined && !isLoopback(result.host) && result.token === undefined) {
    throw new Error(
      `--host ${result.host} is not a loopback address: anyone who can reach it could use the service, so give --token too`,
    )
  }
  return result
}

/** Whether a host name or address is on the loopback interface. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase()
  if (bare === 'localhost' || bare.endsWith('.localhost') || bare === '::1') return true
  return isIP(bare) === 4 && bare.startsWith('127.')
}

/** The host name of a `Host` header, without the port. */
function hostName(header: string): string {
  if (header.startsWith('[')) return header.slice(0, header.indexOf(']') + 1)
  return header.replace(/:\d*$/, '')
}

/**
 * Load the service's configuration as the CLI loads it (`ConfigLoader`).
 *
 * @throws {ConfigError} For a config or pack that is not valid, with the CLI's message.
 */
export async function loadServiceConfig(options: ServeOptions = {}): Promise<ServiceConfig> {
  const loader = new ConfigLoader({}, options.config, options.noConfig === true)
  // From the directory, as the CLI searches for a text read from stdin.
  const loaded = await loader.forFile(
    options.directory === undefined ? undefined : join(options.directory, '<request>'),
  )
  if (loaded.config === undefined) return noServiceConfig
  return {config: loaded.config, packRules: loaded.packRules ?? [], options: loaded.options}
}

/**
 * Start the service.
 *
 * @returns The running server, once it listens.
 * @throws {ConfigError} For a config or pack that is not valid.
 */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const service = await loadServiceConfig(options)
  const host = options.host ?? '127.0.0.1'
  const bodyLimit = options.bodyLimit ?? 1024 * 1024
  const timeLimit = options.timeLimit ?? 10_000
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const linter = new LinterPool(options.workers ?? Math.min(4, availableParallelism()), timeLimit, bodyLimit)
  if (!isLoopback(host) && options.token === undefined) {
    throw new Error(`host ${host} is not a loopback address; give a token`)
  }
  const access: Access = {host, token: options.token, allowOrigins: options.allowOrigins ?? []}

  const server = createServer((request, response) => {
    const started = Date.now()
    response.on('finish', () => {
      // Method, path, status, size, time: never the body or the query.
      const path = (request.url ?? '/').split('?')[0] ?? '/'
      const size = request.headers['content-length'] ?? '-'
      log(
        `${request.method ?? '-'} ${path} ${String(response.statusCode)} ${size}B ${String(Date.now() - started)}ms`,
      )
    })
    void handle(request, response, bodyLimit, linter, access, service).catch(() => {
      if (!response.headersSent) send(response, 500, {error: 'internal error'})
      else response.destroy()
    })
  })
  server.requestTimeout = timeLimit + 5000
  server.headersTimeout = Math.min(server.requestTimeout, 60_000)
  server.keepAliveTimeout = 5000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8787, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  let closing: Promise<void> | undefined
  return {
    url: `http://${shownHost}:${String(address.port)}`,
    server,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          void linter.close().then(resolve)
        })
        server.closeIdleConnections()
      })
      return closing
    },
  }
}

/** Who may call the service. */
interface Access {
  readonly host: string
  readonly token: string | undefined
  readonly allowOrigins: readonly string[]
}

/**
 * Refuse requests that are not from this service's own page (or from no
 * page): a `Host` that is not ours (DNS rebinding), a cross-site `Origin`.
 * Sets the CORS headers for an allowed origin. Returns whether it answered.
 */
function refuse(request: IncomingMessage, response: ServerResponse, access: Access): boolean {
  const host = request.headers.host ?? ''
  const name = hostName(host).toLowerCase()
  const wildcard = access.host === '0.0.0.0' || access.host === '::' || access.host === '[::]'
  const hostOk =
    name !== '' &&
    (isLoopback(name) ||
      (access.token !== undefined && (wildcard || name === hostName(access.host).toLowerCase())))
  if (!hostOk) {
    send(response, 421, {
      error: 'this service answers only requests addressed to localhost; use http://127.0.0.1',
    })
    return true
  }
  const origin = request.headers.origin
  if (origin !== undefined) {
    const own = origin.toLowerCase() === `http://${host.toLowerCase()}`
    const allowed = access.allowOrigins.includes(origin.toLowerCase())
    if (!own && !allowed) {
      send(response, 403, {
        error: 'requests from other sites are refused; start the service with --allow-origin to allow one',
      })
      return true
    }
    if (allowed) {
      response.setHeader('access-control-allow-origin', origin)
      response.setHeader('vary', 'Origin')
    }
  } else if (request.headers['sec-fetch-site'] === 'cross-site') {
    send(response, 403, {error: 'requests from other sites are refused'})
    return true
  }
  return false
}

/** Whether the request carries the token (constant-time comparison). */
function authorised(request: IncomingMessage, token: string | undefined): boolean {
  if (token === undefined) return true
  const header = request.headers.authorization ?? ''
  const given = Buffer.from(header.replace(/^Bearer\s+/i, ''))
  const expected = Buffer.from(token)
  return /^Bearer\s+/i.test(header) && given.length === expected.length && timingSafeEqual(given, expected)
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  bodyLimit: number,
  linter: LinterPool,
  access: Access,
  service: ServiceConfig,
): Promise<void> {
  if (refuse(request, response, access)) {
    request.resume()
    return
  }
  const path = (request.url ?? '/').split('?')[0]
  if (request.method === 'OPTIONS' && path === '/v1/lint') {
    // A preflight from an allowed origin (refuse() has checked it).
    response.setHeader('access-control-allow-methods', 'POST')
    response.setHeader('access-control-allow-headers', 'content-type, authorization')
    response.setHeader('access-control-max-age', '600')
    response.writeHead(204)
    response.end()
    return
  }
  if (path === '/healthz') {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(response, 'GET')
    return send(response, 200, {status: 'ok'})
  }
  if (path === '/v1/rules') {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(response, 'GET')
    const options = service.options ?? {}
    const bundled = new Set(bundledRules.map((rule) => rule.id))
    return send(response, 200, listJson(options.ruleSpecs ?? bundledRules, bundled, options))
  }
  if (path === '/v1/lint') {
    if (request.method !== 'POST') return methodNotAllowed(response, 'POST')
    if (!authorised(request, access.token)) {
      request.resume()
      response.setHeader('www-authenticate', 'Bearer')
      return send(response, 401, {error: 'send the service token as "Authorization: Bearer <token>"'})
    }
    const type = request.headers['content-type'] ?? ''
    if (!/^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test(type)) {
      request.resume()
      return send(response, 415, {
        error: 'send the body as application/json (UTF-8): {"text": "…", "options": {…}}',
      })
    }
    const declared = Number(request.headers['content-length'])
    if (declared > bodyLimit) {
      response.setHeader('connection', 'close')
      send(response, 413, {error: `the body is over the limit of ${String(bodyLimit)} bytes`})
      request.resume()
      return
    }
    const body = await readBody(request, bodyLimit)
    if (body === undefined) {
      response.setHeader('connection', 'close')
      return send(response, 413, {error: `the body is over the limit of ${String(bodyLimit)} bytes`})
    }
    if (body === invalidUtf8) return send(response, 400, {error: 'the body is not valid UTF-8'})
    const parsed = parseLintRequest(body, service)
    if (typeof parsed === 'string') return send(response, 400, {error: parsed})
    // The service is an edge: without a date in the request, ages are read at today's date.
    const result = await linter.lint(parsed.text, dated(parsed.options))
    if (result === undefined) {
      return send(response, 503, {error: 'linting took longer than the time limit; send a shorter text'})
    }
    if (typeof result === 'object') return send(response, result.status, {error: result.error})
    return sendRaw(response, 200, result)
  }
  if (path === '/' || path === '/index.html' || path === '/browser.global.js' || path === '/playground.js') {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(response, 'GET')
    const file = staticFile(path === '/' || path === '/index.html' ? '/playground.html' : path)
    if (!file) return send(response, 404, {error: 'the playground is not built; run `npm run build`'})
    response.writeHead(200, {
      'content-type': path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      // The page may run only its own scripts and blob: workers, and fetch only this service.
      'content-security-policy':
        "default-src 'none'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
    })
    response.end(request.method === 'HEAD' ? undefined : file)
    return
  }
  send(response, 404, {error: 'not found; try POST /v1/lint, GET /v1/rules, GET /healthz or GET /'})
}

/**
 * Validate a `POST /v1/lint` body and build its options: the service's
 * configuration, with the request's `options` (config keys) over it. A
 * string is the 400 error message; an invalid option gets the CLI's
 * message for the same key in a config file, with the field named
 * `options.<field>`.
 */
export function parseLintRequest(
  body: string,
  service: ServiceConfig = noServiceConfig,
): {text: string; options: Options | undefined} | string {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return 'the body is not valid JSON'
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'the body must be a JSON object: {"text": "…", "options": {…}}'
  }
  const {text, options} = value as {text?: unknown; options?: unknown}
  if (typeof text !== 'string') return '`text` must be a string'
  if (options === undefined || options === null) return {text, options: service.options}
  if (typeof options !== 'object' || Array.isArray(options)) return '`options` must be an object'
  for (const key of ['packs', 'ignore']) {
    if (key in options) {
      return `\`options.${key}\` is read from the service's config file only (serve --config); remove it`
    }
  }
  try {
    const request = validateConfig(options, requestName)
    return {text, options: toOptions(mergeConfig(service.config, request), service.packRules, requestName)}
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    // The CLI's "<file>: `rules.x` <problem>" as "`options.rules.x` <problem>".
    const problem = error.message.slice(`${requestName}: ${error.field ? `\`${error.field}\` ` : ''}`.length)
    return `\`${error.field ? `${requestName}.${error.field}` : requestName}\` ${problem}`
  }
}

/** The name request options go by in the config code's messages. */
const requestName = 'options'

/**
 * A request's config over the service's: `preset`, `indicators` and
 * `referenceDate` replace it, `rules` are merged by key, `allow` and `deny`
 * add to it.
 */
function mergeConfig(service: Config, request: Config): Config {
  const rules = service.rules || request.rules ? {rules: {...service.rules, ...request.rules}} : {}
  const allow =
    service.allow || request.allow ? {allow: [...(service.allow ?? []), ...(request.allow ?? [])]} : {}
  const deny = service.deny || request.deny ? {deny: [...(service.deny ?? []), ...(request.deny ?? [])]} : {}
  return {...service, ...request, ...rules, ...allow, ...deny}
}

/** JSON of the result; a status and error for a refused request; undefined past the time limit. */
type LintAnswer = string | {readonly status: number; readonly error: string} | undefined

/** Worker threads; each request goes to the one with the fewest waiting. */
class LinterPool {
  readonly #linters: TimedLinter[]

  constructor(size: number, timeLimit: number, maxLength: number) {
    this.#linters = Array.from({length: Math.max(1, size)}, () => new TimedLinter(timeLimit, maxLength))
  }

  lint(text: string, options: Options | undefined): Promise<LintAnswer> {
    let best = this.#linters[0] as TimedLinter
    for (const linter of this.#linters) if (linter.pending < best.pending) best = linter
    return best.lint(text, options)
  }

  async close(): Promise<void> {
    await Promise.all(this.#linters.map((linter) => linter.close()))
  }
}

/**
 * Lint in a worker thread so that a pathological text can be cut off at the
 * time limit without stopping the service. Requests queue per worker; a
 * worker that overruns is terminated and replaced.
 */
class TimedLinter {
  /** Requests queued or running. */
  pending = 0
  readonly #timeLimit: number
  readonly #maxLength: number
  #worker: Worker | undefined
  #queue: Promise<unknown> = Promise.resolve()
  #next = 0

  constructor(timeLimit: number, maxLength: number) {
    this.#timeLimit = timeLimit
    this.#maxLength = maxLength
  }

  /** JSON of the result, or undefined past the time limit. */
  lint(text: string, options: Options | undefined): Promise<LintAnswer> {
    this.pending++
    const run = this.#queue
      .then(() => this.#run(text, options))
      .finally(() => {
        this.pending--
      })
    this.#queue = run.catch(() => undefined)
    return run
  }

  #run(text: string, options: Options | undefined): Promise<LintAnswer> {
    const worker = (this.#worker ??= startWorker())
    const id = ++this.#next
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup()
        this.#worker = undefined
        void worker.terminate()
        resolve(undefined)
      }, this.#timeLimit)
      const onMessage = (message: {id: number; json?: string; error?: string}): void => {
        if (message.id !== id) return
        cleanup()
        if (message.json === undefined) {
          const known = refusals[message.error ?? '']
          if (known) resolve(known)
          else reject(new Error(message.error ?? 'lint failed'))
        } else resolve(serializeResult(JSON.parse(message.json) as Pick<VFile, 'messages' | 'data'>))
      }
      const onError = (): void => {
        cleanup()
        this.#worker = undefined
        reject(new Error('lint worker failed'))
      }
      const cleanup = (): void => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
      }
      worker.on('message', onMessage)
      worker.on('error', onError)
      // The worker's own limits stop a long run before the hard time limit.
      worker.postMessage({
        id,
        text,
        options: {...options, maxLength: this.#maxLength, timeLimit: Math.max(1, this.#timeLimit - 250)},
      })
    })
  }

  async close(): Promise<void> {
    await this.#queue
    await this.#worker?.terminate()
    this.#worker = undefined
  }
}

/** Errors the worker reports by name that are the request's fault (never a 500). */
const refusals: Readonly<Record<string, {readonly status: number; readonly error: string}>> = {
  LimitError: {status: 503, error: 'linting took longer than the time limit; send a shorter text'},
  TypeError: {status: 400, error: 'an option has the wrong type; see the README for options'},
  RuleSpecError: {status: 400, error: 'an option holds an invalid phrase; use the rule phrase syntax'},
  PatternError: {status: 400, error: 'an option holds an invalid phrase; use the rule phrase syntax'},
}

/**
 * The lint worker: a small script that imports the library build beside the
 * CLI (`dist/index.js`), or the source under tsx (tests). It posts the
 * messages as JSON; errors as their name only (a message could quote text).
 */
const workerScript = `
const {parentPort, workerData} = require('node:worker_threads')
const hooks = workerData.tsx ? import('tsx/esm/api').then((api) => api.register()) : Promise.resolve()
hooks.then(() => import(workerData.engine)).then(({lintSync}) => {
  parentPort.on('message', ({id, text, options}) => {
    try {
      const file = lintSync(text, options)
      parentPort.postMessage({id, json: JSON.stringify({messages: file.messages, data: {coverage: file.data.coverage}})})
    } catch (error) {
      parentPort.postMessage({id, error: error instanceof Error ? error.name : 'Error'})
    }
  })
})
`

function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts')
  const engine = new URL(fromSource ? '../index.ts' : './index.js', import.meta.url).href
  return new Worker(workerScript, {eval: true, workerData: {engine, tsx: fromSource}})
}

/**
 * The JSON body of a `POST /v1/lint` answer: the CLI's `--format json`
 * report (docs/json-format.schema.json) for one text named `<request>`.
 */
export function serializeResult(file: Pick<VFile, 'messages' | 'data'>): string {
  return render('json', {
    results: [{file: file as VFile, name: '<request>', kind: 'text'}],
    rules: new Map(),
    version: packageJson.version,
    color: false,
    quiet: false,
  })
}

const invalidUtf8 = Symbol('invalid UTF-8')

/** Read a body up to `limit` bytes; undefined when it is larger. */
function readBody(request: IncomingMessage, limit: number): Promise<string | typeof invalidUtf8 | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let over = false
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) over = true
      else chunks.push(chunk)
    })
    request.on('end', () => {
      if (over) return resolve(undefined)
      try {
        // Strict: a body that is not UTF-8 is refused, not patched with U+FFFD.
        resolve(new TextDecoder('utf-8', {fatal: true}).decode(Buffer.concat(chunks)))
      } catch {
        resolve(invalidUtf8)
      }
    })
    request.on('error', reject)
  })
}

function staticFile(path: string): Buffer | undefined {
  const here = fileURLToPath(new URL('.', import.meta.url))
  // Built CLI: dist/cli.js next to dist/playground.html; from source: ../../dist/.
  for (const base of [here, `${here}../../dist/`]) {
    const candidate = `${base}${path.slice(1)}`
    if (existsSync(candidate)) return readFileSync(candidate)
  }
  return undefined
}

function methodNotAllowed(response: ServerResponse, allow: string): void {
  response.setHeader('allow', allow)
  send(response, 405, {error: `use ${allow}`})
}

function send(response: ServerResponse, status: number, body: unknown): void {
  sendRaw(response, status, JSON.stringify(body))
}

function sendRaw(response: ServerResponse, status: number, json: string): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  response.end(json)
}
