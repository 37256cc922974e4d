/**
 * The service configured as CI is (src/cli/serve.ts): `serve --config
 * FILE`, or the nearest `.referrallintrc*` from its working directory, with
 * packs and deny phrases, gives the CLI's findings for the same text; a
 * request's `options` take the config keys and an invalid one answers 400
 * with the CLI's message; `GET /v1/rules` is the CLI's `--list-rules
 * --format json`. The config is the README's full example.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {startServer, type RunningServer} from '../src/cli/serve.js'
import {cliPath, ensureBuilt, root} from './helpers/build.js'
import {readmeBlocks} from './helpers/readme.js'
import {post, send} from './hostile/http.js'

/** Synthetic; each line draws on the README config: a severity, a deny phrase, a pack rule, an allowed phrase. */
const text = [
  'Kyla (15) is streetwise and a troubled teen.',
  'After the placement breakdown she went missing from home; the young person went willingly.',
].join('\n')

const blocks = readmeBlocks().filter((block) => block.section === 'Configuration')
const config = blocks.find((block) => block.code.includes('\ndeny:\n'))?.code ?? ''
const pack = blocks.find((block) => block.code.startsWith('# referral-lint/team-pack.yaml'))?.code ?? ''

let folder = ''
let elsewhere = ''
const children: ChildProcess[] = []

beforeAll(async () => {
  expect(config, 'the README has a full example config').toContain('packs:')
  expect(pack, 'the README has the example pack').toContain('placement-breakdown')
  await ensureBuilt()
  folder = mkdtempSync(join(tmpdir(), 'referral-lint-serve-config-'))
  elsewhere = mkdtempSync(join(tmpdir(), 'referral-lint-serve-elsewhere-'))
  mkdirSync(join(folder, 'referral-lint'))
  writeFileSync(join(folder, '.referrallintrc.yaml'), config)
  writeFileSync(join(folder, 'referral-lint', 'team-pack.yaml'), pack)
}, 600_000)

afterAll(() => {
  for (const child of children) child.kill('SIGTERM')
  rmSync(folder, {recursive: true, force: true})
  rmSync(elsewhere, {recursive: true, force: true})
})

/** The built CLI, in `cwd`, on `text` from stdin. */
function cli(
  args: readonly string[],
  cwd: string,
  input = text,
): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** The report's file entry, without its name (`<stdin>` for the CLI, `<request>` for the service). */
function fileOf(json: string): unknown {
  const entry: Record<string, unknown> = {
    ...(JSON.parse(json) as {files: Record<string, unknown>[]}).files[0],
  }
  delete entry.file
  return entry
}

/**
 * `referral-lint serve --port 0 …` from the built CLI, in `cwd`; resolves to its URL. A generous time
 * limit: a worker's first lint loads the engine, and the machine may be shared.
 */
function serve(args: readonly string[], cwd: string): Promise<string> {
  const child = spawn(
    process.execPath,
    [cliPath, 'serve', '--port', '0', '--time-limit', '600000', ...args],
    {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  children.push(child)
  let stderr = ''
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      const match = /serving (http:\/\/\S+)/.exec(stderr)
      if (match?.[1]) resolve(match[1])
    })
    child.on('exit', (code) => {
      reject(new Error(`serve exited (${String(code)}): ${stderr}`))
    })
  })
}

async function lintAt(url: string, body: object): Promise<{status: number; body: string}> {
  const answer = await post(url, '/v1/lint', JSON.stringify(body))
  return {status: answer.status, body: answer.body}
}

describe('the service reads its configuration as the CLI does', {timeout: 300_000}, () => {
  it("finds the nearest config from its working directory (packs, deny, allow, severities): the CLI's findings", async () => {
    const expected = cli(['--format', 'json'], folder)
    expect(expected.status, expected.stderr).toBe(1)
    const ids = (
      JSON.parse(expected.stdout) as {files: {messages: {ruleId: string}[]}[]}
    ).files[0]?.messages.map((message) => message.ruleId)
    // The config is in force: the pack rule and the deny phrase report, the allowed phrase does not.
    expect(ids).toEqual(expect.arrayContaining(['streetwise', 'troubled-teen', 'placement-breakdown']))
    expect(ids).not.toContain('young-person')
    const url = await serve([], folder)
    const answer = await lintAt(url, {text})
    expect(answer.status, answer.body).toBe(200)
    expect(JSON.stringify(fileOf(answer.body))).toBe(JSON.stringify(fileOf(expected.stdout)))
  })

  it('serve --config FILE uses that file from any working directory', async () => {
    const expected = cli(['--format', 'json'], folder)
    const url = await serve(['--config', join(folder, '.referrallintrc.yaml')], elsewhere)
    const answer = await lintAt(url, {text})
    expect(answer.status, answer.body).toBe(200)
    expect(JSON.stringify(fileOf(answer.body))).toBe(JSON.stringify(fileOf(expected.stdout)))
    // Without it, from a folder with no config: the bundled rules only.
    const plain = await serve(['--no-config'], folder)
    const bundled = await lintAt(plain, {text})
    const ids = (
      JSON.parse(bundled.body) as {files: {messages: {ruleId: string}[]}[]}
    ).files[0]?.messages.map((message) => message.ruleId)
    expect(ids).not.toContain('troubled-teen')
    expect(ids).not.toContain('placement-breakdown')
  })

  it("GET /v1/rules is the CLI's --list-rules --format json under the same config", async () => {
    const expected = cli(['--list-rules', '--format', 'json'], folder)
    expect(expected.status, expected.stderr).toBe(0)
    const url = await serve([], folder)
    const answer = await send(url, '/v1/rules')
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toMatch(/^application\/json/)
    expect(answer.body).toBe(JSON.stringify(JSON.parse(expected.stdout)))
    const rules = (
      JSON.parse(answer.body) as {
        rules: {id: string; category: string; severity: string; url: string | null}[]
      }
    ).rules
    const byId = new Map(rules.map((rule) => [rule.id, rule]))
    expect(byId.get('streetwise')).toMatchObject({category: 'adultification', severity: 'error'})
    expect(byId.get('young-woman')?.severity).toBe('off')
    // Pack and deny rules have no docs/rules.md section, so no link.
    expect(byId.get('placement-breakdown')).toMatchObject({category: 'responsibility', url: null})
    expect(byId.get('troubled-teen')).toMatchObject({category: 'judgemental', url: null})
    expect(byId.get('streetwise')?.url).toMatch(/docs\/rules\.md#streetwise$/)
  })

  it("stops with the CLI's message and exit code 2 for an invalid config", () => {
    const bad = join(elsewhere, 'bad.json')
    writeFileSync(bad, JSON.stringify({rules: {'went-wilingly': 'error'}}))
    const cliAnswer = cli(['--config', bad], elsewhere)
    const serveAnswer = spawnSync(process.execPath, [cliPath, 'serve', '--port', '0', '--config', bad], {
      cwd: elsewhere,
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect([cliAnswer.status, serveAnswer.status]).toEqual([2, 2])
    const problem = /bad\.json: .*$/m.exec(cliAnswer.stderr)?.[0]
    expect(problem).toContain('use "went-willingly"')
    expect(serveAnswer.stderr).toContain(problem)
  })
})

describe("a request's options are config keys, checked by the config code", {timeout: 300_000}, () => {
  let service: RunningServer

  beforeAll(async () => {
    service = await startServer({
      port: 0,
      workers: 1,
      timeLimit: 120_000,
      noConfig: true,
      log: () => undefined,
    })
  }, 120_000)

  afterAll(async () => {
    await service.close()
  })

  it("the README's example config, posted as options (without packs), gives the CLI's findings with that config", async () => {
    const options = parse(config) as Record<string, unknown>
    delete options.packs
    const file = join(elsewhere, 'no-packs.json')
    writeFileSync(file, JSON.stringify(options))
    const expected = cli(['--format', 'json', '--config', file], elsewhere)
    expect(expected.status, expected.stderr).toBe(1)
    const answer = await lintAt(service.url, {text, options})
    expect(answer.status, answer.body).toBe(200)
    expect(JSON.stringify(fileOf(answer.body))).toBe(JSON.stringify(fileOf(expected.stdout)))
    const ids = (JSON.parse(answer.body) as {files: {messages: {ruleId: string; url: string | null}[]}[]})
      .files[0]?.messages
    expect(ids?.find((message) => message.ruleId === 'troubled-teen')?.url).toBeNull()
  })

  it("the README's example of a 400 answer is what the service says", async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('\n## Local service\n'), readme.indexOf('\n## Batch audit\n'))
    // The list item's block, indented under it.
    const shown = /^ *```json\n([\s\S]*?)^ *```$/m.exec(section)?.[1]
    expect(shown, 'the Local service section shows a 400 answer').toContain('"error"')
    const answer = await lintAt(service.url, {text, options: {rules: {'went-wilingly': 'error'}}})
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toEqual(JSON.parse(shown ?? ''))
  })

  it("packs are read only from the service's own config", async () => {
    const answer = await lintAt(service.url, {text, options: {packs: ['/etc/passwd']}})
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toEqual({
      error: "`options.packs` is read from the service's config file only (serve --config); remove it",
    })
  })

  it.each([
    ['a misspelt rule id', {rules: {'went-wilingly': 'error'}}],
    ['a bad severity', {rules: {label: 'loud'}}],
    ['an unknown key', {rule: {label: 'off'}}],
    ['a regex key', {regex: ['x+']}],
    ['a deny phrase without a category', {deny: [{phrase: 'troubled teen', suggestion: 'child'}]}],
    ['a bad preset', {preset: 'teen'}],
    ['a bad date', {referenceDate: '14/03/2026'}],
    ['an allow phrase that is not the phrase syntax', {allow: ['(unclosed']}],
  ])("answers 400 for %s with the CLI's message for the same config", async (_name, options) => {
    const file = join(elsewhere, '.referrallintrc.json')
    writeFileSync(file, JSON.stringify(options))
    const expected = cli(['--config', file], elsewhere)
    expect(expected.status).toBe(2)
    // "referral-lint: .referrallintrc.json: `rules.x` <problem>" → "`options.rules.x` <problem>"
    const line = expected.stderr.trim().replace(/^referral-lint: /, '')
    const message = line.replace(/^\.referrallintrc\.json: `([^`]*)`/, '`options.$1`')
    expect(message).not.toBe(line)
    const answer = await lintAt(service.url, {text, options})
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toEqual({error: message})
  })
})
