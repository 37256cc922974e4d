/**
 * The built browser bundle (`dist/browser.js` + its compromise chunk, and
 * the single-file `dist/browser.global.js`): size budget, no Node and no
 * network, runs in a bare JavaScript realm, and finds what the Node build
 * finds.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import vm from 'node:vm'
import {gzipSync} from 'node:zlib'
import {beforeAll, describe, expect, it, vi} from 'vitest'
import {rules} from '../rules/index.js'
import {codeUnitClass, singleUnitExpressions} from '../scripts/browser-build.js'
import {lintSync as nodeLintSync} from '../src/index.js'
import {browserOutputs, ensureBrowserBuilt} from './e2e/setup.js'
import {root} from './helpers/build.js'

/**
 * Budget for the engine with every rule pack: the ESM entry and the chunks it
 * imports statically (gzip). compromise is a chunk of its own, loaded on the
 * first lint, and measured separately. Raised from 200 KiB when seven
 * branches of wider frames (responsibility, criminalising, disbelief,
 * consent, judgement, indirect shapes) and the numbered-word matcher took it
 * to 203 KiB; the 200 KB target is missed again. Lowered to 205 KiB
 * when the rule files were bundled as columns (scripts/browser-build.ts,
 * `ruleColumns`), which took it to 198.7 KiB with the same rule data, and
 * raised to 210 KiB when the next round of frames (from the dev5/dev6 sets'
 * misses, four categories' branches) took it to 207.2 KiB.
 */
const esmBudget = 210 * 1024
/**
 * Ceiling for the single-file IIFE, which must also hold compromise (about
 * 110 KiB gzip by itself): a regression guard, not the 200 KiB budget.
 * Raised from 240 KiB when the lexicon's word classes and frames grew the
 * rule data (engine and packs about 166 KiB, so engine and compromise
 * together cannot fit 200 KiB without dropping rule data the findings carry),
 * from 280 KiB when five new rules and the widened choice, crime and
 * disbelief frames took the file from 275.9 to 286.5 KiB, and from 290 KiB
 * when ten more rules, the field and aside breaks, the wider fragment and
 * judgement frames and the faster compromise sweep (src/engine/sweep.ts)
 * took it to 300.7 KiB, and from 310 KiB when the same growth as the ESM
 * budget's took it to 313.5 KiB. Lowered to 315 KiB when bundling the rule
 * files as columns took it to 309.3 KiB, and raised to 320 KiB when the same
 * round of frames as the ESM budget's took it to 317.2 KiB. The rule phrases alone are about
 * 52 KiB of it gzipped, compromise about 107 KiB (measured from the source
 * map in issue 14's footprint work).
 */
const iifeBudget = 320 * 1024

const sentence = 'She is a prostitute who went willingly.'

interface BrowserApi {
  lint(text: string, options?: unknown): Promise<{messages: Array<{ruleId?: string; category?: string}>}>
  lintSync(text: string, options?: unknown): {messages: Array<{ruleId?: string}>}
  ready(): Promise<void>
  toResult(file: unknown): {findings: Array<{ruleId: string; offset: number; endOffset: number}>}
}

let chunks: string[] = []
let iife = ''

beforeAll(async () => {
  await ensureBrowserBuilt()
  iife = readFileSync(browserOutputs.iife, 'utf8')
  chunks = esmGraph(browserOutputs.esm).map((file) => readFileSync(file, 'utf8'))
}, 300_000)

describe('browser bundle size', () => {
  it(`the engine with every rule pack (ESM entry and static chunks) fits in ${String(esmBudget / 1024)} KiB gzip`, () => {
    const eager = esmGraph(browserOutputs.esm, false).map((file) => gzipSize(readFileSync(file, 'utf8')))
    const engine = eager.reduce((sum, size) => sum + size, 0)
    const total = chunks.map(gzipSize).reduce((sum, size) => sum + size, 0)
    console.log(
      `browser ESM: ${kb(engine)} engine and packs, ${kb(total - engine)} compromise chunk, ${kb(total)} in all`,
    )
    expect(chunks.length).toBeGreaterThan(eager.length)
    expect(engine).toBeLessThanOrEqual(esmBudget)
  })

  it(`the single-file IIFE, compromise included, stays under ${String(iifeBudget / 1024)} KiB gzip`, () => {
    const size = gzipSize(iife)
    console.log(`browser IIFE: ${kb(size)} gzip, ${kb(Buffer.byteLength(iife))} minified`)
    expect(size).toBeLessThanOrEqual(iifeBudget)
  })

  it('carries every rule and no rule examples', () => {
    for (const rule of rules) expect(iife, rule.id).toContain(`"${rule.id}"`)
    const example = rules[0]?.examples.correct[0]
    expect(example).toBeTypeOf('string')
    expect(iife).not.toContain(String(example))
  })
})

describe('browser bundle contents', () => {
  it('imports no Node built-in', () => {
    for (const text of [iife, ...chunks]) {
      expect(text).not.toMatch(/\b(?:import|from|require)\s*\(?\s*["']node:/)
      expect(text).not.toMatch(/\brequire\s*\(\s*["'](?:fs|path|url|module|process|child_process)["']/)
    }
  })

  it('has no network call', () => {
    for (const text of [iife, ...chunks]) {
      // Rule phrases are data and may name an errand verb ('fetch'): leave out
      // string literals that are phrase patterns (words joined by spaces or |).
      const code = text.replace(/"[\w @$?{}'’|-]*[ |][\w @$?{}'’|-]*"/g, '""')
      expect(code).not.toMatch(/\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\b/)
      // Dynamic imports are its own chunks only.
      for (const match of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
        expect(match[1]).toMatch(/^\.\/[\w.-]+\.js$/)
      }
      // The only URLs are documentation links (message data), never loaded.
      for (const match of text.matchAll(/(?:https?|wss?):\/\/[^\s"'`)]+/g)) {
        expect(match[0]).toMatch(/^https:\/\/github\.com\/referral-lint\/|^http:\/\/www\.w3\.org\//)
      }
    }
  })
})

describe('IIFE in a bare JavaScript realm (node:vm, empty context)', () => {
  it('defines ReferralLint and lints one sentence', async () => {
    const context = vm.createContext({})
    vm.runInContext(iife, context, {filename: 'browser.global.js'})
    expect(vm.runInContext('typeof process + typeof require + typeof Buffer', context)).toBe(
      'undefinedundefinedundefined',
    )
    const api = vm.runInContext('ReferralLint', context) as BrowserApi
    const file = await api.lint(sentence)
    const found = file.messages.map((message) => [message.ruleId, message.category])
    expect(found).toEqual(
      expect.arrayContaining([
        ['prostitute', 'label'],
        ['went-willingly', 'consent'],
      ]),
    )
    const {findings} = api.toResult(file)
    const prostitute = findings.find((finding) => finding.ruleId === 'prostitute')
    expect(prostitute && sentence.slice(prostitute.offset, prostitute.endOffset)).toBe('prostitute')
  })
})

describe('ESM build waits for its grammar', () => {
  it('refuses lintSync before ready() and lints after it', async () => {
    const url = `${pathToFileURL(browserOutputs.esm).href}?fresh=${Date.now()}`
    const api = (await import(url)) as BrowserApi
    expect(() => api.lintSync(sentence)).toThrow(/await ready\(\)/)
    await api.ready()
    expect(api.lintSync(sentence).messages.map((message) => message.ruleId)).toContain('prostitute')
  }, 60_000)
})

describe('ESM build finds what the Node build finds', () => {
  it('gives the same rule ids and offsets on every narrative fixture', async () => {
    const api = (await import(pathToFileURL(browserOutputs.esm).href)) as BrowserApi
    await api.ready()
    const fixtures = join(root, 'fixtures', 'narratives')
    const names = readdirSync(fixtures)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) {
      const text = readFileSync(join(fixtures, name, 'input.txt'), 'utf8')
      const browser = api.toResult(api.lintSync(text, {indicators: true})).findings
      const node = nodeLintSync(text, {indicators: true})
        .messages.map((message) => ({
          ruleId: message.ruleId,
          start:
            message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset,
        }))
        .sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)))
      const shown = browser
        .map((finding) => ({ruleId: finding.ruleId, start: finding.offset}))
        .sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId))
      expect(shown, name).toEqual(node)
    }
  }, 120_000)

  it('tags every rule example as compromise/two does (the trimmed compromise loses nothing)', async () => {
    const lite = esmGraph(browserOutputs.esm).find((file) => /compromise-lite-[\w-]+\.js$/.test(file))
    expect(lite).toBeDefined()
    const trimmed = ((await import(pathToFileURL(String(lite)).href)) as {default: Tagger}).default
    const full = createRequire(import.meta.url)('compromise/two') as Tagger
    const texts = rules.flatMap((rule) =>
      Object.values(rule.examples).flatMap((list: readonly (string | {text: string})[]) =>
        list.map((entry) => (typeof entry === 'string' ? entry : entry.text)),
      ),
    )
    expect(texts.length).toBeGreaterThan(500)
    const warn = vi.spyOn(console, 'warn')
    const differing = texts.filter((text) => signature(trimmed, text) !== signature(full, text))
    expect(differing).toEqual([])
    expect(warn).not.toHaveBeenCalled()
    warn.mockRestore()
  }, 120_000)
})

describe('parse-latin expressions as bundled', () => {
  it('`word` and `punctuation` match exactly the same 65,536 code units as the originals', async () => {
    const expressions = join(root, 'node_modules', 'parse-latin', 'lib', 'expressions.js')
    const original = (await import(pathToFileURL(expressions).href)) as Record<string, RegExp>
    for (const name of singleUnitExpressions) {
      const before = original[name]
      expect(before, name).toBeInstanceOf(RegExp)
      const after = codeUnitClass((unit) => Boolean(before?.test(unit)))
      const differing: number[] = []
      for (let unit = 0; unit < 0x10000; unit++) {
        const text = String.fromCharCode(unit)
        if (before?.test(text) !== after.test(text)) differing.push(unit)
      }
      expect(differing, name).toEqual([])
      expect(after.source.length, name).toBeLessThan(before?.source.length ?? 0)
    }
  })
})

type Tagger = (text: string) => {compute(name: string): void; docs: unknown}

function signature(nlp: Tagger, text: string): string {
  const doc = nlp(text)
  doc.compute('offset')
  const terms = (
    doc.docs as Array<Array<{text: string; tags: Set<string>; offset: unknown; id?: string}>>
  ).flat()
  return JSON.stringify(terms.map((term) => [term.text, [...term.tags].sort(), term.offset, typeof term.id]))
}

/** The ESM entry and every chunk reachable through its imports (static ones only without `dynamic`). */
function esmGraph(entry: string, dynamic = true): string[] {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    const imports = dynamic
      ? /(?:from\s*|import\(\s*)["'](\.\/[\w.-]+\.js)["']/g
      : /from\s*["'](\.\/[\w.-]+\.js)["']/g
    for (const match of text.matchAll(imports)) {
      visit(join(file, '..', String(match[1])))
    }
  }
  visit(entry)
  return [...seen]
}

function gzipSize(text: string): number {
  return gzipSync(text, {level: 9}).length
}

function kb(bytes: number): string {
  return `${String(bytes)} B (${(bytes / 1024).toFixed(1)} KiB)`
}
