/**
 * Privacy guarantees as tests: the library and browser builds make no
 * network calls, and errors and logs never contain narrative text.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {cliPath, ensureBuilt, root} from './helpers/build.js'

const sentinel = 'Qzxvsentinel'
const scratch = join(root, 'test-artifacts', 'privacy')

const networkPatterns: readonly RegExp[] = [
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bEventSource\b/,
  /\bsendBeacon\b/,
  /\bhttps?\.(request|get)\s*\(/,
  /\bnet\.(connect|createConnection)\s*\(/,
  /\bdns\.\w+/,
  /\bfrom\s*["'](node:)?(http|https|http2|net|tls|dns|dgram)["']/,
  /\bimport\s*\(\s*["'](node:)?(http|https|http2|net|tls|dns|dgram)["']\s*\)/,
  /getBuiltinModule\s*\(\s*["'](node:)?(http|https|http2|net|tls|dns|dgram)["']/,
]

/** An entry file and every chunk it imports, statically or dynamically. */
function moduleGraph(entry: string): string[] {
  const seen = new Set<string>()
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file) || !existsSync(file)) continue
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    for (const match of code.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'](\.\.?\/[^"']+)["']/g)) {
      queue.push(join(dirname(file), match[1]!))
    }
  }
  return [...seen].sort()
}

function cli(args: readonly string[], input?: string | Buffer): {code: number | null; output: string} {
  const result = spawnSync(process.execPath, [cliPath, ...args], {cwd: scratch, input, encoding: 'utf8'})
  return {code: result.status, output: `${result.stdout}${result.stderr}`}
}

beforeAll(async () => {
  await ensureBuilt()
  rmSync(scratch, {recursive: true, force: true})
  mkdirSync(scratch, {recursive: true})
}, 240_000)

describe('no network calls in the builds', () => {
  const entries = ['index.js', 'rules.js', 'browser.js', 'browser.global.js']

  it('finds the library entries and their chunks', () => {
    const files = moduleGraph(join(root, 'dist', 'index.js'))
    expect(files.length).toBeGreaterThan(1)
    expect(moduleGraph(join(root, 'dist', 'rules.js')).length).toBeGreaterThan(0)
  })

  for (const entry of entries) {
    it(`dist/${entry} and its chunks contain no network call`, () => {
      const path = join(root, 'dist', entry)
      // The browser bundle is optional; the library entries are required.
      if (entry.startsWith('browser') && !existsSync(path)) return
      const files = moduleGraph(path)
      expect(files, `dist/${entry} is missing`).toContain(path)
      for (const file of files) {
        const code = readFileSync(file, 'utf8')
        for (const pattern of networkPatterns) {
          const hit = pattern.exec(code)
          expect(
            hit,
            `${file.slice(root.length)}: ${String(pattern)} near “${hit ? code.slice(Math.max(0, hit.index - 60), hit.index + 60) : ''}”`,
          ).toBeNull()
        }
      }
    })
  }

  it('the scan catches a network call', () => {
    const file = join(scratch, 'leaky.js')
    writeFileSync(
      file,
      'export const send = (text) => fetch("https://example.org", {method: "POST", body: text})\n',
    )
    const code = readFileSync(file, 'utf8')
    expect(networkPatterns.some((pattern) => pattern.test(code))).toBe(true)
  })
})

describe('errors and logs never contain narrative text', {timeout: 120_000}, () => {
  it('binary, NUL and invalid UTF-8 input', () => {
    writeFileSync(
      join(scratch, 'invalid.txt'),
      Buffer.concat([Buffer.from(`${sentinel} went `), Buffer.from([0xff, 0xfe]), Buffer.from(' willingly')]),
    )
    writeFileSync(join(scratch, 'binary.txt'), Buffer.from(`${sentinel}\u0000went willingly`))
    for (const args of [['invalid.txt'], ['binary.txt'], ['--format', 'json', 'binary.txt']]) {
      const {code, output} = cli(args)
      expect(code, args.join(' ')).toBe(2)
      expect(output, args.join(' ')).not.toContain(sentinel)
    }
    const stdin = cli([], Buffer.from(`${sentinel}\u0000 went willingly`))
    expect(stdin.code).toBe(2)
    expect(stdin.output).not.toContain(sentinel)
  })

  it('bad configuration files', () => {
    writeFileSync(join(scratch, 'narrative.txt'), 'She went willingly with the two men to Leeds.\n')
    const configs: Record<string, string> = {
      'broken.json': `{"rules": {"went-willingly": "error"}, "allow": ["${sentinel} phrase"`,
      'severity.json': `{"rules": {"went-willingly": "${sentinel}"}}`,
      'not-strings.json': `{"allow": [42, {"${sentinel}": 1}]}`,
      'broken.yaml': `allow:\n  - "${sentinel} phrase\n  - x: [\n`,
      'wrong-type.yaml': `preset: ${sentinel}\n`,
    }
    for (const [name, text] of Object.entries(configs)) {
      writeFileSync(join(scratch, name), text)
      const {code, output} = cli(['--config', name, 'narrative.txt'])
      expect(code, name).toBe(2)
      expect(output, name).toContain(name)
      expect(output, name).not.toContain(sentinel)
    }
  })

  it('reports show the flagged phrase and no other narrative text, in every format', () => {
    writeFileSync(
      join(scratch, 'report.txt'),
      `The ${sentinel} form was filed on Monday. She went willingly with them.\n`,
    )
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      const {code, output} = cli(['--format', format, 'report.txt'])
      expect(code, format).toBe(1)
      expect(output, format).toContain('went willingly')
      expect(output, format).not.toContain(sentinel)
      expect(output, format).not.toContain('filed on Monday')
    }
  })

  it('a batch audit with bad rows', () => {
    const rows = [
      JSON.stringify({id: 'a-1', narrative: `The ${sentinel} form was filed. She went willingly with them.`}),
      `{"id": "a-2", "narrative": "${sentinel} unterminated`,
      JSON.stringify({id: 'a-3', text: `${sentinel} in the wrong field`}),
      JSON.stringify({id: 'a-4', narrative: `${sentinel}\u0000binary`}),
    ]
    writeFileSync(join(scratch, 'export.jsonl'), `${rows.join('\n')}\n`)
    const {code, output} = cli([
      'audit',
      'export.jsonl',
      '--field',
      'narrative',
      '--id',
      'id',
      '--out',
      'audit-out',
    ])
    expect(code).toBe(0)
    expect(output).toContain('line 2 (invalid JSON)')
    expect(output).not.toContain(sentinel)
    for (const file of ['summary.json', 'report.html']) {
      const text = readFileSync(join(scratch, 'audit-out', file), 'utf8')
      expect(text, file).toContain('went willingly')
      expect(text, file).not.toContain(sentinel)
    }
  })
})
