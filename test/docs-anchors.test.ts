/**
 * Every `url` a finding or a missing fact carries (a message's `url`, a
 * SARIF rule's `helpUri`) points at a file in docs/ and at an anchor that
 * file has: an `<a id="…">` or a heading's slug.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {render, type Result} from '../src/cli/formats.js'
import {lintSync} from '../src/index.js'
import {root} from './helpers/build.js'

const repository = 'https://github.com/referral-lint/referral-lint/blob/main/'

/** The anchors of a Markdown file: explicit `<a id>` and GitHub heading slugs. */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>()
  for (const match of text.matchAll(/<a id="([^"]+)"><\/a>/g)) anchors.add(match[1] ?? '')
  for (const match of text.matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = (match[1] ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
    anchors.add(slug)
  }
  return anchors
}

/** Each url that does not resolve to an anchor in docs/*.md, with why. */
function unresolved(urls: Iterable<string>): string[] {
  const problems: string[] = []
  const cache = new Map<string, Set<string>>()
  for (const url of urls) {
    const [address = '', anchor] = url.split('#')
    const path = address.startsWith(repository) ? address.slice(repository.length) : ''
    if (!/^docs\/[^/]+\.md$/.test(path)) {
      problems.push(`${url}: not a file in docs/ of ${repository}`)
      continue
    }
    if (!existsSync(join(root, path))) {
      problems.push(`${url}: ${path} does not exist`)
      continue
    }
    let anchors = cache.get(path)
    if (!anchors) {
      anchors = anchorsOf(readFileSync(join(root, path), 'utf8'))
      cache.set(path, anchors)
    }
    if (!anchor || !anchors.has(anchor)) problems.push(`${url}: no anchor "${anchor ?? ''}" in ${path}`)
  }
  return problems
}

describe('documentation links', {timeout: 120_000}, () => {
  // One finding per rule (its first incorrect example) and every missing fact (a text that states none).
  const files = [
    ...rules.flatMap((rule) => {
      const first = rule.examples.incorrect[0]
      if (first === undefined) return []
      const text = (typeof first === 'string' ? first : first.text).replace(/\[\[|\]\]/g, '')
      return [lintSync(text, {indicators: true, referenceDate: '2026-03-14'})]
    }),
    lintSync('Hello.', {indicators: true, referenceDate: '2026-03-14'}),
  ]

  it('every url a finding or a missing fact carries resolves to an anchor in docs/*.md', () => {
    const urls = new Set(files.flatMap((file) => file.messages.flatMap((message) => message.url ?? [])))
    const ruleIds = new Set(files.flatMap((file) => file.messages.flatMap((message) => message.ruleId ?? [])))
    // The check ran on findings of (nearly) every rule and on every missing fact.
    expect(ruleIds.size).toBeGreaterThan(rules.length * 0.9)
    expect([...urls].filter((url) => url.includes('#missing-')).length).toBeGreaterThan(5)
    expect(unresolved(urls)).toEqual([])
  })

  it("every SARIF rule's helpUri (findings and missing facts) resolves to an anchor in docs/*.md", () => {
    const results: Result[] = files.map((file, index) => ({
      file,
      name: `n${String(index)}.txt`,
      kind: 'text',
      coverage: true,
    }))
    const withoutIndicators = lintSync('Hello.', {referenceDate: '2026-03-14'})
    results.push({file: withoutIndicators, name: 'facts.txt', kind: 'text', coverage: true})
    const log = JSON.parse(
      render('sarif', {
        results,
        rules: new Map(rules.map((rule) => [rule.id, rule])),
        version: '0.0.0',
        color: false,
        quiet: false,
      }),
    ) as {runs: {tool: {driver: {rules: {id: string; helpUri?: string}[]}}}[]}
    const descriptors = log.runs[0]?.tool.driver.rules ?? []
    expect(descriptors.some(({id}) => id.startsWith('missing-'))).toBe(true)
    expect(unresolved(descriptors.flatMap(({helpUri}) => helpUri ?? []))).toEqual([])
  })

  it('reports a url whose anchor is missing', () => {
    expect(unresolved([`${repository}docs/rules.md#no-such-rule`])).toEqual([
      `${repository}docs/rules.md#no-such-rule: no anchor "no-such-rule" in docs/rules.md`,
    ])
  })
})
