/**
 * Hostile cases: any web page could drive the service (DNS rebinding,
 * cross-origin posts), the playground could be framed, `--host 0.0.0.0`
 * bound every interface without a word, a bad `allow` phrase was a 500,
 * invalid UTF-8 was patched with U+FFFD and any `application/*json*` type
 * was accepted.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseServeArgs, startServer, type RunningServer} from '../../src/cli/serve.js'
import {ensureBrowserBuilt} from '../e2e/setup.js'
import {post, send} from './http.js'

let service: RunningServer
let open: RunningServer
const token = 'a-long-random-service-token-0123'
const body = JSON.stringify({text: 'She is streetwise.'})

beforeAll(async () => {
  await ensureBrowserBuilt()
  service = await startServer({port: 0, workers: 1, log: () => undefined})
  open = await startServer({
    port: 0,
    workers: 1,
    log: () => undefined,
    token,
    allowOrigins: ['https://tool.example'],
  })
}, 300_000)

afterAll(async () => {
  await Promise.all([service.close(), open.close()])
})

describe('a service only its own page can drive', {timeout: 60_000}, () => {
  it('dns-rebinding-host-header', async () => {
    const answer = await send(service.url, '/v1/lint', {
      method: 'POST',
      body,
      headers: {'content-type': 'application/json', host: 'attacker.example:8787'},
    })
    expect(answer.status).toBe(421)
    const page = await send(service.url, '/', {headers: {host: 'attacker.example'}})
    expect(page.status).toBe(421)
  })

  it('loopback-host-names-are-accepted', async () => {
    const port = new URL(service.url).port
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      const answer = await send(service.url, '/v1/lint', {
        method: 'POST',
        body,
        headers: {'content-type': 'application/json', host},
      })
      expect(answer.status, host).toBe(200)
    }
  })

  it('cross-origin-post-from-another-page', async () => {
    const answer = await send(service.url, '/v1/lint', {
      method: 'POST',
      body,
      headers: {'content-type': 'application/json', origin: 'http://attacker.example'},
    })
    expect(answer.status).toBe(403)
    const fetchMetadata = await send(service.url, '/v1/lint', {
      method: 'POST',
      body,
      headers: {'content-type': 'application/json', 'sec-fetch-site': 'cross-site'},
    })
    expect(fetchMetadata.status).toBe(403)
  })

  it('same-origin-page-is-accepted', async () => {
    const origin = service.url
    const answer = await send(service.url, '/v1/lint', {
      method: 'POST',
      body,
      headers: {'content-type': 'application/json', origin},
    })
    expect(answer.status).toBe(200)
  })

  it('allow-origin-lists-a-page-that-may-call', async () => {
    const answer = await send(open.url, '/v1/lint', {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        origin: 'https://tool.example',
        authorization: `Bearer ${token}`,
      },
    })
    expect(answer.status).toBe(200)
    expect(answer.headers['access-control-allow-origin']).toBe('https://tool.example')
    const preflight = await send(open.url, '/v1/lint', {
      method: 'OPTIONS',
      headers: {origin: 'https://tool.example'},
    })
    expect(preflight.status).toBe(204)
  })

  it('token-is-required-when-given', async () => {
    const missing = await post(open.url, '/v1/lint', body)
    expect(missing.status).toBe(401)
    const wrong = await send(open.url, '/v1/lint', {
      method: 'POST',
      body,
      headers: {'content-type': 'application/json', authorization: 'Bearer not-the-token-at-all-0000'},
    })
    expect(wrong.status).toBe(401)
  })

  it('playground-frame-ancestors', async () => {
    const page = await send(service.url, '/')
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(page.headers['x-frame-options']).toBe('DENY')
  })

  it('host-0.0.0.0-without-a-token', () => {
    expect(() => parseServeArgs(['--host', '0.0.0.0'])).toThrow(
      '--host 0.0.0.0 is not a loopback address: anyone who can reach it could use the service, so give --token too',
    )
    expect(parseServeArgs(['--host', '0.0.0.0', '--token', token])).toEqual({host: '0.0.0.0', token})
    expect(() => parseServeArgs(['--token', 'short'])).toThrow(/at least 16 characters/)
  })

  it('bad-allow-phrase-is-400-not-500', async () => {
    for (const allow of [['(unclosed'], ['_ starts with a wildcard'], [`x ${'y? '.repeat(12)}`]]) {
      const answer = await post(service.url, '/v1/lint', JSON.stringify({text: 'x', options: {allow}}))
      expect(answer.status, allow[0]).toBe(400)
    }
  })

  it('invalid-utf-8-body', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"text": "She is '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}'),
    ])
    const answer = await post(service.url, '/v1/lint', bytes)
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body)).toEqual({error: 'the body is not valid UTF-8'})
  })

  it('json-like-content-types', async () => {
    for (const type of [
      'application/x-json-stream',
      'application/jsonx',
      'application/json-patch+json',
      'text/json',
      'application/json; charset=latin1',
    ]) {
      const answer = await post(service.url, '/v1/lint', body, type)
      expect(answer.status, type).toBe(415)
    }
    expect((await post(service.url, '/v1/lint', body, 'application/json; charset=utf-8')).status).toBe(200)
  })

  it('text-over-the-body-limit', async () => {
    const answer = await post(service.url, '/v1/lint', JSON.stringify({text: 'x '.repeat(600_000)}))
    expect(answer.status).toBe(413)
  })
})
