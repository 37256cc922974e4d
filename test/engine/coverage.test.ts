import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {coverage} from '../../rules/coverage.js'
import {lintSync} from '../../src/index.js'

const short = 'Jade, 15, agreed to go to Leeds with Deano, 24, and was happy to sell drugs for him.'

describe('indicator coverage', () => {
  it('lists what a short narrative does not state', () => {
    const summary = lintSync(short).data.coverage
    expect(summary?.complete).toBe(false)
    expect(summary?.missing).toEqual(expect.arrayContaining(['control', 'time', 'indicators', 'own-words']))
    expect(summary?.missing).not.toContain('age')
    expect(summary?.missing).not.toContain('place')
    expect(summary?.missing).not.toContain('purpose')
    expect(summary?.elements.map((element) => element.id)).toEqual(coverage.map((element) => element.id))
  })

  it('reports the model referral as complete', () => {
    const text = readFileSync(
      join(import.meta.dirname, '../../fixtures/narratives/model-referral/input.txt'),
      'utf8',
    )
    const file = lintSync(text, {indicators: true})
    expect(file.data.coverage?.missing).toEqual([])
    expect(file.data.coverage?.complete).toBe(true)
    expect(file.messages.filter((message) => message.category === 'indicator')).toEqual([])
  })

  it('adds document-level info messages only when asked', () => {
    expect(lintSync(short).messages.filter((message) => message.category === 'indicator')).toEqual([])
    const messages = lintSync(short, {indicators: true}).messages.filter(
      (message) => message.category === 'indicator',
    )
    const summary = lintSync(short).data.coverage
    expect(messages.map((message) => message.ruleId)).toEqual(summary?.missing.map((id) => `missing-${id}`))
    for (const message of messages) {
      expect(message.fatal).toBeUndefined()
      expect(message.source).toBe('referral-lint')
      expect(message.place).toEqual({line: 1, column: 1, offset: 0})
      expect(message.expected?.[0]).toMatch(/\w/)
    }
    const off = lintSync(short, {indicators: true, rules: {indicator: 'off'}}).messages
    expect(off.filter((message) => message.category === 'indicator')).toEqual([])
  })

  it('finds each element from its own wording', () => {
    const cases: Array<[string, string]> = [
      ['age', 'Her date of birth is not known.'],
      ['action', 'Deano picked her up from school.'],
      ['purpose', 'He was made to carry drugs.'],
      ['place', 'She was found in Margate.'],
      ['time', 'This happened on 14/03 at 21:00.'],
      ['control', 'He threatened her brother.'],
      ['start-and-stay', 'She stayed because she was scared of what he would do.'],
      ['indicators', 'She had bruising to her arms.'],
      ['own-words', 'She said, "I had to do it."'],
      ['assessment', 'In my view this is criminal exploitation.'],
    ]
    for (const [id, text] of cases) {
      expect(lintSync(text).data.coverage?.missing, `${id}: "${text}"`).not.toContain(id)
    }
  })
})
