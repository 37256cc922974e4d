/**
 * Pins the public API: the export names of every entry point and the
 * package's `exports` and `bin`. A change here is a change to the contract.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import * as rulesEntry from '../rules/index.js'
import * as browserEntry from '../src/browser.js'
import * as mainEntry from '../src/index.js'

interface PackageJson {
  readonly exports: Readonly<Record<string, unknown>>
  readonly bin: Readonly<Record<string, string>>
}

const packageJson = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as PackageJson

describe('public API', () => {
  it('`.` (src/index.ts) exports exactly these names', () => {
    expect(Object.keys(mainEntry).sort()).toEqual([
      'LimitError',
      'RuleSpecError',
      'categories',
      'default',
      'docsUrl',
      'lint',
      'lintSync',
      'retextReferralLint',
      'toFinding',
      'toResult',
    ])
  })

  it('`./rules` (rules/index.ts) exports exactly these names', () => {
    expect(Object.keys(rulesEntry).sort()).toEqual(['coverage', 'rules', 'sources', 'vocabulary'])
  })

  it('`./browser` (src/browser.ts) exports exactly these names', () => {
    expect(Object.keys(browserEntry).sort()).toEqual([
      'RuleSpecError',
      'attach',
      'categories',
      'defineElement',
      'docsUrl',
      'findingsEvent',
      'lint',
      'lintSync',
      'ready',
      'retextReferralLint',
      'suggestionsOf',
      'tagName',
      'toFinding',
      'toResult',
    ])
  })

  it('the default export is the retext plugin', () => {
    expect(mainEntry.default).toBe(mainEntry.retextReferralLint)
  })

  it('package.json `exports` has exactly `.`, `./rules`, `./browser` and `./package.json`', () => {
    expect(Object.keys(packageJson.exports).sort()).toEqual(['.', './browser', './package.json', './rules'])
    expect(packageJson.exports['./browser']).toEqual({
      types: './dist/browser.d.ts',
      default: './dist/browser.js',
    })
  })

  it('package.json `bin.referral-lint` is the built CLI', () => {
    expect(packageJson.bin).toEqual({'referral-lint': './dist/cli.js'})
  })
})
