/**
 * Growth by operation counts, never time: for every hostile shape, eight
 * times the text costs at most ten times the operations. The parser itself
 * cannot be counted, so each piece it is handed is bounded instead
 * (`parseSettings.pieceLength`): its cost per piece is then a constant, and
 * pieces and characters are counted.
 */
import {describe, expect, it} from 'vitest'
import {compileGlob, globCounters} from '../../src/cli/glob.js'
import {htmlProse, markdownProse, proseCounters} from '../../src/cli/prose.js'
import {parseCounters, parseSettings} from '../../src/engine/bounded-parse.js'
import {matchCounters} from '../../src/engine/phrase-index.js'
import {lintSync} from '../../src/index.js'
import {countOperations} from '../helpers/operations.js'

const unlimited = {maxLength: Infinity, timeLimit: Infinity}

/** Operations of one lint: pieces (each at most `pieceLength` long), characters parsed and matcher steps. */
function lintOperations(text: string): number {
  parseCounters.pieces = 0
  parseCounters.characters = 0
  matchCounters.steps = 0
  lintSync(text, unlimited)
  return parseCounters.pieces * parseSettings.pieceLength + parseCounters.characters + matchCounters.steps
}

const shapes: Readonly<Record<string, (size: number) => string>> = {
  'a-b repeated': (size) => 'a-b '.repeat(size / 4),
  'e.g. repeated': (size) => 'e.g. '.repeat(size / 5),
  'dates repeated': (size) => '12.03.2020 '.repeat(size / 11),
  'one hyphenated token': (size) => 'a-'.repeat(size / 2),
  'one token': (size) => 'a'.repeat(size),
  'flagged phrases': (size) => 'She went willingly and is streetwise. '.repeat(size / 38),
  'optional words': (size) => 'very '.repeat(size / 5),
  'quotes and brackets': (size) => '"(\'a\')" '.repeat(size / 8),
}

describe('growth: text × 8 costs at most × 10 the operations', {timeout: 300_000}, () => {
  for (const [name, shape] of Object.entries(shapes)) {
    it(name, () => {
      const small = lintOperations(shape(16_000))
      const large = lintOperations(shape(128_000))
      expect(large / small, `${name}: ${String(small)} → ${String(large)}`).toBeLessThanOrEqual(10)
    })
  }

  // Calls to built-in string, array and RegExp methods, the parser's included.
  for (const name of ['a-b repeated', 'e.g. repeated', 'dates repeated', 'one hyphenated token'] as const) {
    it(`${name}: built-in operations, the parser's included`, () => {
      const shape = shapes[name]!
      lintSync(shape(1000), unlimited)
      const small = countOperations(() => lintSync(shape(16_000), unlimited))
      const large = countOperations(() => lintSync(shape(128_000), unlimited))
      expect(large / small, `${name}: ${String(small)} → ${String(large)}`).toBeLessThanOrEqual(10)
    })
  }

  // Known gap, outside this files: check.ts tests every allowed span
  // for every match (`allowed.some(...)`), so an `allow` phrase repeated
  // through a text is quadratic. Fails today by design (as knownMisses do):
  // when check.ts is fixed, drop `.fails`.
  it.fails('allow phrase repeated through the text (check.ts, quadratic today)', () => {
    const options = {allow: ['went willingly'], ...unlimited}
    const small = countOperations(() => lintSync('went willingly '.repeat(1000), options))
    const large = countOperations(() => lintSync('went willingly '.repeat(8000), options))
    expect(large / small).toBeLessThanOrEqual(10)
  })

  it('no piece handed to the parser is longer than pieceLength', () => {
    parseCounters.pieces = 0
    parseCounters.characters = 0
    const text = 'e.g. '.repeat(20_000)
    lintSync(text, unlimited)
    expect(parseCounters.characters).toBe(text.length)
    expect(parseCounters.pieces).toBeGreaterThanOrEqual(text.length / parseSettings.pieceLength)
  })

  for (const [name, prose, unit] of [
    ['markdown blockquote with entities', markdownProse, '> Tom &amp; Jo \\& him said\n'],
    ['html entities', htmlProse, '<p>Tom &amp; Jo&nbsp;said &#38; more</p>\n'],
  ] as const) {
    it(name, () => {
      const count = (repeat: number): number => {
        proseCounters.steps = 0
        prose(unit.repeat(repeat))
        return proseCounters.steps
      }
      expect(count(8000) / count(1000)).toBeLessThanOrEqual(10)
    })
  }

  it('glob *a*a*a*a*a*a*a*a*a*b on a long name', () => {
    const glob = compileGlob('*a*a*a*a*a*a*a*a*a*b')
    const count = (length: number): number => {
      globCounters.steps = 0
      expect(glob.matches('a'.repeat(length))).toBe(false)
      return globCounters.steps
    }
    expect(count(8000) / count(1000)).toBeLessThanOrEqual(10)
  })
})
