import {readFileSync} from 'node:fs'
import nlp from 'compromise/two'
import {describe, expect, it} from 'vitest'
import {installSweep, type SweepHost} from '../../src/engine/sweep.js'

/** Every term of a tagged text: its words, tags and offsets, as the subject guards read them. */
function terms(text: string): string {
  const doc = nlp(text)
  doc.compute('offset')
  return JSON.stringify(
    (
      doc.docs as unknown as {
        text: string
        normal: string
        tags: Set<string>
        post: string
        offset: unknown
      }[][]
    )
      .flat()
      .map((term) => [term.text, term.normal, [...term.tags].sort(), term.post, term.offset]),
  )
}

/** Prefixes of development sentences, as the guards tag them (a sentence up to a match). */
function prefixes(): string[] {
  const out: string[] = []
  for (const set of ['sentences', 'dev4']) {
    for (const line of readFileSync(`fixtures/eval/${set}.jsonl`, 'utf8').split('\n')) {
      if (line.trim() === '') continue
      const words = (JSON.parse(line) as {text: string}).text.split(/\s+/)
      for (let k = 2; k <= Math.min(words.length, 40); k += 13) out.push(words.slice(0, k).join(' '))
    }
  }
  return out
}

describe('compromise sweep', () => {
  it('tags exactly as compromise’s own bulkMatch', () => {
    const one = (nlp as unknown as Required<SweepHost>).world().methods!.one!
    const original = one.bulkMatch
    expect(installSweep(nlp as unknown as SweepHost)).toBe(true)
    const fast = one.bulkMatch
    expect(fast).not.toBe(original)
    const texts = prefixes()
    expect(texts.length).toBeGreaterThan(900)
    const differ: string[] = []
    for (const text of texts) {
      one.bulkMatch = original
      const expected = terms(text)
      one.bulkMatch = fast
      if (terms(text) !== expected) differ.push(text)
    }
    expect(differ).toEqual([])
  })

  it('leaves a compromise version it was not checked against alone', () => {
    expect(installSweep({version: '99.0.0', world: () => ({})})).toBe(false)
    expect(installSweep({world: () => ({})})).toBe(false)
  })
})
