/**
 * docs/openapi.json describes the service (src/cli/serve.ts) as it answers:
 * real responses of every path validate against the document's schemas
 * (the lint report against docs/json-format.schema.json, which it names),
 * and the README's example config, without packs, is a valid `options`.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Ajv} from 'ajv'
import formats from 'ajv-formats'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {startServer, type RunningServer} from '../src/cli/serve.js'
import {root} from './helpers/build.js'
import {readmeBlocks} from './helpers/readme.js'
import {post, send} from './hostile/http.js'

interface OpenApi {
  paths: Record<string, Record<string, {responses: Record<string, unknown>}>>
  components: {schemas: Record<string, object>}
}

const document = JSON.parse(readFileSync(join(root, 'docs', 'openapi.json'), 'utf8')) as OpenApi
const report = JSON.parse(readFileSync(join(root, 'docs', 'json-format.schema.json'), 'utf8')) as object

const ajv = new Ajv({allErrors: true, strict: false})
;(formats as unknown as {default: (ajv: Ajv) => Ajv}).default(ajv)

/** A validator for `#/components/schemas/<name>`, with the document's other schemas in reach. */
function schema(name: string): (value: unknown) => void {
  const definitions = JSON.parse(
    JSON.stringify(document.components.schemas).replaceAll('#/components/schemas/', '#/definitions/'),
  ) as Record<string, object>
  const validate = ajv.compile({...definitions[name], definitions})
  return (value) => {
    expect(validate(value), JSON.stringify(validate.errors, null, 2)).toBe(true)
  }
}

let service: RunningServer

beforeAll(async () => {
  service = await startServer({port: 0, workers: 1, timeLimit: 120_000, noConfig: true, log: () => undefined})
}, 120_000)

afterAll(async () => {
  await service.close()
})

describe('docs/openapi.json', {timeout: 300_000}, () => {
  it('lists the paths the service answers', () => {
    expect(Object.keys(document.paths).sort()).toEqual(['/healthz', '/v1/lint', '/v1/rules'])
    const lint = document.paths['/v1/lint']?.post?.responses['200'] as {
      content: Record<string, {schema: {$ref: string}}>
    }
    expect(lint.content['application/json']?.schema.$ref).toBe('json-format.schema.json')
  })

  it('POST /v1/lint: a request of the documented shape gets a report of docs/json-format.schema.json', async () => {
    const config = readmeBlocks().find(
      (block) => block.section === 'Configuration' && block.code.includes('\ndeny:\n'),
    )
    const options = parse(config?.code ?? '') as Record<string, unknown>
    delete options.packs
    const body = {text: 'Kyla (15) is streetwise and a troubled teen.', options}
    schema('LintRequest')(body)
    const answer = await post(service.url, '/v1/lint', JSON.stringify(body))
    expect(answer.status, answer.body).toBe(200)
    const validate = ajv.compile(report)
    expect(validate(JSON.parse(answer.body)), JSON.stringify(validate.errors)).toBe(true)
  })

  it('POST /v1/lint: a refused request is a documented status with an Error body', async () => {
    const documented = Object.keys(document.paths['/v1/lint']?.post?.responses ?? {})
    for (const [body, status] of [
      ['{"text": ', 400],
      [JSON.stringify({text: 'x', options: {rules: {'went-wilingly': 'error'}}}), 400],
    ] as const) {
      const answer = await post(service.url, '/v1/lint', body)
      expect(answer.status).toBe(status)
      expect(documented).toContain(String(answer.status))
      schema('Error')(JSON.parse(answer.body))
    }
    const untyped = await post(service.url, '/v1/lint', '{"text": "x"}', 'text/plain')
    expect(documented).toContain(String(untyped.status))
    schema('Error')(JSON.parse(untyped.body))
  })

  it('GET /v1/rules and GET /healthz answer the documented shapes', async () => {
    const rules = await send(service.url, '/v1/rules')
    expect(rules.status).toBe(200)
    schema('RuleList')(JSON.parse(rules.body))
    const health = await send(service.url, '/healthz')
    expect(health.status).toBe(200)
    schema('Health')(JSON.parse(health.body))
  })
})
