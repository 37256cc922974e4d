/** A tiny HTTP client for the hostile service cases (loopback only). */
import {request} from 'node:http'

/** Status, headers and body of an answer. */
export interface Answer {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly body: string
}

/** Send a request to the service at `base`. */
export function send(
  base: string,
  path: string,
  options: {
    readonly method?: string
    readonly body?: string | Uint8Array
    readonly headers?: Readonly<Record<string, string>>
  } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {...options.headers}
    if (options.body !== undefined) headers['content-length'] = Buffer.byteLength(options.body)
    const outgoing = request(
      new URL(path, base),
      {method: options.method ?? 'GET', headers, agent: false},
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          })
        })
      },
    )
    outgoing.on('error', reject)
    outgoing.end(options.body)
  })
}

/** POST a JSON body. */
export function post(
  base: string,
  path: string,
  body: string | Uint8Array,
  type = 'application/json',
): Promise<Answer> {
  return send(base, path, {method: 'POST', body, headers: {'content-type': type}})
}
