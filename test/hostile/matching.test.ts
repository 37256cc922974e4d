/**
 * Hostile cases: matching took exponential time on consecutive optional
 * slots, in a config, a request, a pack's examples, and an ignore line
 * hung the directory walk. Each must now finish with a clear error or a
 * normal result.
 */
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startServer, type RunningServer} from '../../src/cli/serve.js'
import {matchAt, addPattern, createIndex, matchCounters, type Match} from '../../src/engine/phrase-index.js'
import {parsePattern} from '../../src/engine/pattern.js'
import {tokenize} from '../../src/engine/tokens.js'
import {lintSync} from '../../src/index.js'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {removeCli, runCli, scratch, spawnTimeout} from './helpers.js'
import {post} from './http.js'

afterAll(removeCli)

const optionalRun = (count: number, word: string): string => `${`${word}? `.repeat(count)}end`

describe('bounded matching', {timeout: spawnTimeout}, () => {
  it('optional-slots-in-a-config-deny-phrase', async () => {
    // The 316-byte config of the report: a deny phrase of many optional words.
    const config = JSON.stringify({
      deny: [{phrase: optionalRun(40, 'very'), suggestion: 'x', category: 'judgemental'}],
    })
    const folder = scratch('optional-config', {
      '.referrallintrc.json': config,
      'a.txt': `${'very '.repeat(45)}\n`,
    })
    const result = await runCli(['a.txt'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^referral-lint: \.referrallintrc\.json: `deny\[0\]\.phrase` has an invalid phrase "very\? very\?.*": it has more than 8 optional words \(`word\?`\); split it into simpler phrases/,
    )
  })

  it('optional-slots-in-a-pack-whose-examples-run-at-load', async () => {
    const folder = scratch('optional-pack', {
      '.referrallintrc.yaml': 'packs: [team.yaml]\n',
      'team.yaml': `- id: team-very
  category: judgemental
  severity: error
  target: term
  phrases: ['${optionalRun(40, '_')}']
  message: '\`{actual}\`'
  suggestions: ['x']
  note: x
  examples:
    incorrect: ['[[${'very '.repeat(44)}end]]']
    correct: ['fine']
`,
      'a.txt': 'fine\n',
    })
    const result = await runCli(['a.txt'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /team\.yaml: `rules\[0\]` rule "team-very": `phrases` has an invalid phrase/,
    )
  })

  it('optional-slots-in-a-service-request', async () => {
    const service: RunningServer = await startServer({port: 0, workers: 1, log: () => undefined})
    try {
      const body = JSON.stringify({
        text: 'very '.repeat(45),
        options: {allow: [optionalRun(40, '_').replace(/^_\?/, 'very')]},
      })
      const response = await post(service.url, '/v1/lint', body)
      expect(response.status).toBe(400)
      expect(response.body).toMatch(/options\.allow\[0\].*more than 8 optional words/)
    } finally {
      await service.close()
    }
  })

  it('optional-slots-match-in-linear-steps-even-past-the-cap', () => {
    // Straight to the index, past the complexity cap: memoised states keep it polynomial.
    const index = createIndex()
    addPattern(index, parsePattern(optionalRun(40, 'very')), 0)
    const steps = (words: number): number => {
      const tokens = tokenize(
        unified()
          .use(retextEnglish)
          .parse(`${'very '.repeat(words)}end`),
      ).tokens
      const found: Match[] = []
      matchCounters.steps = 0
      for (let i = 0; i < tokens.length; i++) matchAt(index, tokens, i, found)
      return matchCounters.steps
    }
    const small = steps(45)
    // At most (slots + 1) × span states per start token, not 2^40.
    expect(small).toBeLessThan(45 * 41 * 82)
    expect(steps(2880) / steps(360)).toBeLessThanOrEqual(10)
  })

  it('ignore-line-star-a-star-a-b', async () => {
    const name = `${'a'.repeat(200)}.txt`
    const folder = scratch('ignore-glob', {
      '.referrallintignore': '*a*a*a*a*a*a*a*a*a*b\n',
      [join('docs', name)]: 'She was found at a flat.\n',
    })
    const result = await runCli(['--no-config', 'docs'], folder)
    expect(result.code).toBe(0)
  })

  it('glob-star-a-star-a-b-on-the-command-line', async () => {
    const folder = scratch('cli-glob', {[join('docs', `${'a'.repeat(200)}.txt`)]: 'She was found.\n'})
    const result = await runCli(['--no-config', 'docs/*a*a*a*a*a*a*a*a*a*a*a*b'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'referral-lint: no files match "docs/*a*a*a*a*a*a*a*a*a*a*a*b": check the pattern (quote it, so the shell does not expand it), or pass --no-error-on-unmatched-pattern to allow it\n',
    )
  })

  it('library-rule-specs-past-the-cap-are-refused', () => {
    const rule = {
      id: 'x-very',
      category: 'judgemental',
      severity: 'error',
      target: 'term',
      phrases: [optionalRun(40, 'very')],
      message: 'x',
      suggestions: [],
      note: 'x',
      sources: [],
      examples: {incorrect: [], correct: []},
    } as const
    expect(() => lintSync('very very end', {ruleSpecs: [rule]})).toThrow(/more than 8 optional words/)
  })
})

beforeAll(() => undefined)
