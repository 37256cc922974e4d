/**
 * Property and hostile-input tests (fast-check): `lintSync` never throws,
 * every finding's span is exact, literal fixes remove their findings and
 * nothing else, and linting cost grows linearly on adversarial inputs
 * (measured by counting operations, never by the clock).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {rules} from '../rules/index.js'
import {lintSync, type Options, type RuleSpec} from '../src/index.js'
import {countOperations} from './helpers/operations.js'

/** Runs per property; reported in the closing note of issue 7. */
export const numRuns = {neverThrows: 400, offsets: 300, fixes: 150} as const

/** A rule with a literal fix to words of the same shape, added to the bundled rules. */
const fixedRule = {
  id: 'test-literal-fix',
  category: 'minimising',
  severity: 'warning',
  target: 'term',
  phrases: ['glim glom(s)'],
  message: '`{actual}` is a test phrase',
  suggestions: ['blim blom'],
  note: 'A test rule with a literal fix, to words of the same shape, so that the fix changes no other context.',
  sources: [],
  fix: 'blim blom',
  examples: {incorrect: ['A [[glim glom]] here.'], correct: ['A blim blom here.']},
} satisfies RuleSpec
/**
 * The fix mechanism is checked with this same-shape test fix. Bundled fixes
 * ("child pornography" → "child sexual abuse material") change the words
 * around other matches, and context guards may then decide differently
 * (found by this property); each bundled fix is checked on its rule's own
 * examples by test/rules.test.ts instead.
 */
const withFix: Options = {ruleSpecs: [...rules.filter((rule) => rule.fix === undefined), fixedRule]}

/** Characters that break naive text handling. */
const hostileCharacters = [
  '\u0000', // NUL
  '\u200f', // right-to-left mark
  '\u200e', // left-to-right mark
  '\u202e', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u200d', // zero-width joiner
  '\u200c', // zero-width non-joiner
  '\u200b', // zero-width space
  '\ufeff', // byte order mark
  '\u2028', // line separator
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\u0301', // combining acute accent
  '\r',
  '\n',
  '\t',
  '‘',
  '’',
  '“',
  '”',
  '"',
  "'",
  '-',
  '—',
  '.',
  '(',
  ')',
  '[',
  ']',
  '{{',
  '}}',
  '«',
  '»',
  '$',
]

/** Words and phrases that reach the rules, guards and age reading. */
const wordFragments = [
  'went willingly',
  'prostitute',
  'streetwise',
  'putting herself at risk',
  'lifestyle choice',
  'agreed to go',
  'consensual',
  'boyfriend',
  'drug runner',
  'gang member',
  'child pornography',
  'trap house',
  'alleges',
  'not',
  'never',
  'could not consent',
  'she said',
  'called her a',
  'avoid terms such as',
  'an adult',
  'aged 15',
  '(15)',
  '24',
  'DOB 2010',
  'young woman',
  'glim glom',
  'glim gloms',
  'Jay',
  '[Child A]',
  'the police',
  'by Deano',
  'was exploited',
  'She',
  'He',
  'and',
  'the',
]

/** Full unicode, lone surrogates (any UTF-16 code unit) and the hostile characters. */
const anyString = fc.string({
  unit: fc.oneof(
    fc.string({unit: 'binary', minLength: 1, maxLength: 1}),
    fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code)),
    fc.constantFrom(...hostileCharacters),
  ),
  maxLength: 200,
})

/** Text that mixes rule phrases with hostile characters and spacing, so findings happen. */
const mixedText = fc
  .array(
    fc.tuple(
      fc.oneof(
        {weight: 6, arbitrary: fc.constantFrom(...wordFragments)},
        {weight: 2, arbitrary: fc.constantFrom(...hostileCharacters)},
        {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 4})},
      ),
      fc.constantFrom(' ', ' ', ' ', '  ', '. ', ', ', '\n', ' \u200d', '\u200f ', ''),
    ),
    {maxLength: 40},
  )
  .map((parts) => parts.flat().join(''))

describe('lintSync never throws', {timeout: 120_000}, () => {
  it('on any string: full unicode, lone surrogates, NUL, bidi marks, zero-width joiners', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, mixedText), (text) => {
        lintSync(text, {indicators: false})
        lintSync(text, {indicators: true, preset: 'adult'})
      }),
      {numRuns: numRuns.neverThrows},
    )
  })

  it('on 1 MB without a space', () => {
    const letters = 'a'.repeat(1 << 20)
    // No time limit: a busy test machine must not turn this into a LimitError.
    const unlimited = {timeLimit: Infinity}
    expect(
      lintSync(letters, unlimited).messages.filter((message) => message.category !== 'indicator'),
    ).toEqual([])
    // Printable ASCII without spaces: many tiny words and sentence breaks (256 KB: see the cost tests).
    const mixed = Array.from({length: 1 << 18}, (_, index) =>
      String.fromCharCode(0x21 + ((index * 7919) % 0x5e)),
    ).join('')
    expect(() => lintSync(mixed, unlimited)).not.toThrow()
  }, 120_000)

  it('on 100,000 repetitions of a flagged phrase, flagging each one at its exact span', () => {
    const text = 'went willingly '.repeat(100_000)
    const file = lintSync(text, {indicators: false, maxLength: Infinity, timeLimit: Infinity})
    expect(file.messages.filter((message) => message.ruleId === 'went-willingly').length).toBe(100_000)
    expectExactSpans(text, file)
  }, 120_000)
})

describe('every finding’s span is exact', {timeout: 120_000}, () => {
  it('offsets lie within the text and text.slice(start, end) equals actual', () => {
    let findings = 0
    fc.assert(
      fc.property(fc.oneof({weight: 1, arbitrary: anyString}, {weight: 4, arbitrary: mixedText}), (text) => {
        const file = lintSync(text, withFix)
        findings += file.messages.length
        expectExactSpans(text, file)
      }),
      {numRuns: numRuns.offsets},
    )
    // The generator must reach the rules, or the property says nothing.
    expect(findings).toBeGreaterThan(numRuns.offsets / 2)
  })
})

describe('literal fixes', {timeout: 120_000}, () => {
  it('applying every fix removes those findings and changes nothing else', () => {
    let fixed = 0
    fc.assert(
      fc.property(mixedText, (text) => {
        const before = lintSync(text, withFix)
        const fixes = before.messages.filter((message) => message.fix)
        fc.pre(fixes.length > 0)
        fixed += fixes.length
        let output = text
        const applied = fixes.map((message) => message.fix!).sort((a, b) => b.range[0] - a.range[0])
        let previousStart = Infinity
        for (const fix of applied) {
          expect(fix.range[1]).toBeLessThanOrEqual(previousStart)
          output = output.slice(0, fix.range[0]) + fix.text + output.slice(fix.range[1])
          previousStart = fix.range[0]
        }
        const after = lintSync(output, withFix)
        expect(after.messages.filter((message) => message.fix)).toEqual([])
        const key = (message: VFile['messages'][number]): string =>
          `${message.ruleId ?? ''} ${message.actual ?? ''}`
        const others = before.messages
          .filter((message) => !message.fix)
          .map(key)
          .sort()
        expect(after.messages.map(key).sort()).toEqual(others)
      }),
      {numRuns: numRuns.fixes},
    )
    expect(fixed).toBeGreaterThan(0)
  })

  it('a fix keeps the capitals of the text it replaces', () => {
    const file = lintSync('Glim glom was noted. GLIM GLOM again.', withFix)
    expect(file.messages.map((message) => message.fix?.text)).toEqual(['Blim blom', 'BLIM BLOM'])
  })
})

describe('linting cost grows linearly on adversarial inputs', {timeout: 120_000}, () => {
  // Operation counts, not time: the calls to common string, array, map and
  // regular-expression methods made while linting n and 8n repetitions.
  const adversarial: readonly {name: string; unit: string; n: number}[] = [
    {name: 'flagged sentences', unit: 'She is a prostitute. ', n: 100},
    {
      name: 'negated flags in one long sentence',
      unit: 'she is not a prostitute and not streetwise and ',
      n: 100,
    },
    {
      name: 'ages and brackets',
      unit: 'Jay (15) aged 15, DOB 2010, a 15-year-old young woman [Child A] ',
      n: 100,
    },
    {name: 'no spaces', unit: 'abcdefghij', n: 1000},
    {
      name: 'zero-width joiners and bidi marks',
      unit: 'She went\u200dwillingly\u200f. \u202eHe is a prostitute. ',
      n: 100,
    },
    {name: 'placeholders', unit: '{{child_name}} went willingly with «Adult» to ${place}. ', n: 100},
    {name: 'a flagged phrase repeated in one sentence', unit: 'went willingly ', n: 250},
    {
      name: 'flagged phrases with zero-width joiners and bidi marks in one sentence',
      unit: 'went\u200dwillingly\u200f \u202eprostitute ',
      n: 100,
    },
    {
      name: 'nested quotes',
      unit: '"she said \'he called her a \u2018sket\u2019\' and" ',
      n: 50,
    },
  ]

  for (const {name, unit, n} of adversarial) {
    it(`${name}: 8× the text costs less than 20× the operations`, () => {
      lintSync(unit.repeat(10))
      const small = countOperations(() => lintSync(unit.repeat(n)))
      const large = countOperations(() => lintSync(unit.repeat(8 * n)))
      expect(small).toBeGreaterThan(0)
      expect(large / small, `${name}: ${small} → ${large} operations`).toBeLessThan(20)
    }, 120_000)
  }
})

function expectExactSpans(text: string, file: VFile): void {
  for (const message of file.messages) {
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
    const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
    expect(start, `${message.ruleId}: start offset`).toBeTypeOf('number')
    expect(end, `${message.ruleId}: end offset`).toBeTypeOf('number')
    expect(start!, `${message.ruleId}: start`).toBeGreaterThanOrEqual(0)
    expect(end!, `${message.ruleId}: end`).toBeLessThanOrEqual(text.length)
    expect(start!, `${message.ruleId}: start ≤ end`).toBeLessThanOrEqual(end!)
    expect(text.slice(start, end), `${message.ruleId}: actual`).toBe(message.actual)
    if (message.fix) expect(message.fix.range, `${message.ruleId}: fix range`).toEqual([start, end])
  }
}
