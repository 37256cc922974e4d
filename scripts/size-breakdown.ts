/**
 * Which sources the gzip bytes of a built bundle come from, read from its
 * source map: `npx tsx scripts/size-breakdown.ts dist/browser.global.js`
 * (after `npm run build`). Each mapped stretch of the output is charged to
 * its source; rule data (the rule files, or the browser build's rule
 * columns) is charged by property (phrases, unless, message, note, …), the
 * rest by group (engine,
 * vocabulary, compromise, parser, unified, vfile, …). Each group's stretches
 * are gzipped together and the results scaled to the whole file's gzip
 * size, so the figures are shares, not exact byte counts. With `--deep`,
 * compromise is split by folder. `@jridgewell/trace-mapping` comes with the
 * dev dependencies (vitest's coverage), not as one of its own.
 */
import {readFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {TraceMap, decodedMappings} from '@jridgewell/trace-mapping'
import ts from 'typescript'

const [file, ...flags] = process.argv.slice(2)
if (!file) throw new Error('usage: tsx scripts/size-breakdown.ts <bundle.js> [--deep]')
const deep = flags.includes('--deep')
const code = readFileSync(file, 'utf8')
const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'))

/** Per rule file: each top-level property's name and range (`adult.*` split out). */
const propertyCache = new Map<number, {starts: readonly number[]; ranges: [string, number, number][]}>()
function propertiesOf(source: number): {starts: readonly number[]; ranges: [string, number, number][]} {
  const cached = propertyCache.get(source)
  if (cached) return cached
  const text = map.sourcesContent?.[source] ?? ''
  const parsed = ts.createSourceFile('rule.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const ranges: [string, number, number][] = []
  for (const statement of parsed.statements) {
    // The browser build's rule columns (scripts/browser-build.ts): `const columns = {phrases: […], …}`.
    const columns = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations[0]?.initializer
      : undefined
    if (columns && ts.isObjectLiteralExpression(columns)) {
      for (const property of columns.properties) {
        ranges.push([property.name?.getText(parsed) ?? '?', property.getStart(parsed), property.getEnd()])
      }
    }
    if (!ts.isExportAssignment(statement)) continue
    let expression: ts.Expression = statement.expression
    while (ts.isSatisfiesExpression(expression) || ts.isAsExpression(expression)) {
      expression = expression.expression
    }
    if (!ts.isObjectLiteralExpression(expression)) continue
    for (const property of expression.properties) {
      const name = property.name?.getText(parsed) ?? '?'
      if (
        name === 'adult' &&
        ts.isPropertyAssignment(property) &&
        ts.isObjectLiteralExpression(property.initializer)
      ) {
        for (const inner of property.initializer.properties) {
          ranges.push([`adult.${inner.name?.getText(parsed) ?? '?'}`, inner.getStart(parsed), inner.getEnd()])
        }
      } else ranges.push([name, property.getStart(parsed), property.getEnd()])
    }
  }
  const result = {starts: parsed.getLineStarts(), ranges}
  propertyCache.set(source, result)
  return result
}

/** What a stretch mapped to `source` at `line`/`column` is charged to. */
function chargeOf(source: number, line: number, column: number): string {
  const path = (map.sources[source] ?? '').replace(/^(\.\.\/)+/, '')
  const ruleFile = /^rules\/[a-z-]+\/[a-z0-9-]+\.ts$/.test(path) && !path.endsWith('/index.ts')
  if (ruleFile || path.endsWith('rule-columns')) {
    const {starts, ranges} = propertiesOf(source)
    const at = (starts[line] ?? 0) + column
    for (const [name, start, end] of ranges) if (at >= start && at < end) return `rule data: ${name}`
    return 'rule data: (object)'
  }
  if (path.startsWith('rules/vocabulary') || path === 'rules/classes.ts') return `vocabulary: ${path}`
  if (path.startsWith('rules/')) return `rules, other: ${path}`
  if (path.startsWith('src/engine/')) return 'engine: src/engine'
  if (path.startsWith('src/web/')) return 'web: src/web'
  if (path.startsWith('src/')) return `api: ${path}`
  if (path.startsWith('scripts/')) return `compromise: ${path}`
  const match = /node_modules\/(@[^/]+\/[^/]+|[^/]+)\/(.*)/.exec(path)
  if (match) {
    const name = match[1] ?? ''
    if (name === 'compromise') {
      return `compromise: ${deep ? (match[2] ?? '').split('/').slice(1, 4).join('/') : 'all'}`
    }
    if (/^(parse-english|parse-latin|retext-english|nlcst-|unist-|array-iterate)/.test(name)) {
      return `parser: ${name}`
    }
    if (/^(unified|bail|extend|is-plain-obj|trough|devlop)$/.test(name)) return `unified: ${name}`
    if (name.startsWith('vfile')) return `vfile: ${name}`
    return `package: ${name}`
  }
  return `other: ${path}`
}

const parts = new Map<string, string[]>()
const add = (key: string, text: string): void => {
  const list = parts.get(key) ?? []
  list.push(text)
  parts.set(key, list)
}
const lines = code.split('\n')
decodedMappings(map).forEach((segments, index) => {
  const text = lines[index] ?? ''
  let end = 0
  segments.forEach((segment, i) => {
    const start = segment[0]
    if (start > end) add('unmapped', text.slice(end, start))
    end = segments[i + 1]?.[0] ?? text.length
    const [, source, line, column] = segment as number[]
    const key = source === undefined ? 'unmapped' : chargeOf(source, line ?? 0, column ?? 0)
    add(key, text.slice(start, end))
  })
  add('unmapped', `${text.slice(end)}\n`)
})

const gzip = (text: string): number => gzipSync(text, {level: 9}).length
const total = gzip(code)
const rows = [...parts].map(([key, list]) => {
  const text = list.join('')
  return {key, raw: Buffer.byteLength(text), packed: gzip(text)}
})
const sum = rows.reduce((all, row) => all + row.packed, 0)
const scale = total / sum
const groups = new Map<string, {raw: number; packed: number}>()
for (const row of rows) {
  const group = row.key.split(':')[0] ?? row.key
  const entry = groups.get(group) ?? {raw: 0, packed: 0}
  groups.set(group, {raw: entry.raw + row.raw, packed: entry.packed + row.packed})
}
const line = (name: string, raw: number, packed: number): string =>
  `${name.padEnd(52)} ${String(raw).padStart(9)} ${String(Math.round(packed * scale)).padStart(9)} ${((100 * packed) / sum).toFixed(1).padStart(6)}%`
console.log(`${file}: ${Buffer.byteLength(code)} bytes, ${total} gzip -9`)
console.log(`${'group'.padEnd(52)} ${'minified'.padStart(9)} ${'gzip'.padStart(9)} ${'share'.padStart(7)}`)
for (const [name, {raw, packed}] of [...groups].sort((a, b) => b[1].packed - a[1].packed)) {
  console.log(line(name, raw, packed))
}
console.log('')
for (const row of rows.sort((a, b) => b.packed - a.packed).slice(0, 40))
  console.log(line(row.key, row.raw, row.packed))
