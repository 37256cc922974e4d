import realWidth from 'string-width'
import {describe, expect, it} from 'vitest'
import stringWidth from '../src/cli/formats/string-width.js'

/** The characters the fast path measures itself, and some it must pass on. */
const narrow: string[] = []
for (const [from, to] of [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
] as const) {
  for (let code = from; code <= to; code++) narrow.push(String.fromCharCode(code))
}
const others = [
  '\u00A9',
  '\u00AE',
  '\u2028',
  '\u2122',
  '\u203C',
  '日',
  '👍',
  '\u0301',
  '\t',
  '\u001B]8;;x\u0007',
  '1\uFE0F\u20E3',
]

describe('stylish output: string width', () => {
  it('measures every pair of characters as string-width does', () => {
    for (const a of [...narrow, ...others]) {
      for (const b of narrow) expect(stringWidth(a + b), JSON.stringify(a + b)).toBe(realWidth(a + b))
    }
  })

  it('measures coloured and longer cells as string-width does', () => {
    let seed = 7
    const pick = (list: readonly string[]): string => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return list[seed % list.length] ?? ''
    }
    for (let n = 0; n < 2000; n++) {
      let cell = ''
      for (let k = n % 40; k > 0; k--) cell += k % 9 === 0 ? pick(others) : pick(narrow)
      for (const value of [cell, `\u001B[33m${cell}\u001B[39m`, `\u001B[2m${cell}\u001B[22m`]) {
        expect(stringWidth(value), JSON.stringify(value)).toBe(realWidth(value))
      }
    }
  })
})
