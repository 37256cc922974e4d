/**
 * The same text and options give the same findings on any day and with or
 * without compromise: the engine never reads the clock (ages come from the
 * narrative's own dates or an explicit `referenceDate`), and the token path
 * decides every rule example as compromise does.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {rules, vocabulary} from '../rules/index.js'
import {grammar, useGrammar} from '../src/engine/grammar.js'
import {reviveRules, snapshotRules, type RulesSnapshot} from '../src/engine/snapshot.js'
import {lintSync} from '../src/index.js'
import type {Options} from '../src/types.js'
import {parseExample} from './helpers/example.js'

interface Sample {
  readonly name: string
  readonly text: string
  readonly options: Options | undefined
}

const narratives = join(import.meta.dirname, '..', 'fixtures', 'narratives')

function samples(): Sample[] {
  const out: Sample[] = []
  for (const rule of rules) {
    const {incorrect, correct, info = [], knownFalsePositives = [], knownMisses = []} = rule.examples
    const texts = [
      ...incorrect.map((example) => (typeof example === 'string' ? example : example.text)),
      ...info,
    ].map((text) => parseExample(text, rule.id).text)
    texts.push(...correct, ...knownFalsePositives, ...knownMisses)
    texts.forEach((text, index) => out.push({name: `${rule.id} #${index + 1}`, text, options: undefined}))
  }
  for (const folder of readdirSync(narratives)) {
    const text = readFileSync(join(narratives, folder, 'input.txt'), 'utf8')
    let options: Options | undefined
    try {
      options = JSON.parse(readFileSync(join(narratives, folder, 'config.json'), 'utf8')) as Options
    } catch {
      options = undefined
    }
    out.push({name: `narrative ${folder}`, text, options})
  }
  return out
}

/** Every sample's findings, one line each, in a stable order. */
function findingsOf(list: readonly Sample[]): string[] {
  return list.map((sample) => {
    const file = lintSync(sample.text, sample.options)
    const lines = file.messages.map(
      (message) =>
        `${message.ruleId}@${message.place && 'start' in message.place ? `${message.place.start.offset}-${message.place.end.offset}` : ''}:${String(message.fatal)}:${(message.expected ?? []).join('|')}`,
    )
    return `${sample.name} → ${lines.join('; ')} ${JSON.stringify(file.data.referenceDate ?? null)}`
  })
}

const all = samples()

afterEach(() => {
  vi.useRealTimers()
})

describe('determinism', () => {
  it('has every rule example and golden narrative to run', () => {
    expect(all.length).toBeGreaterThan(2500)
  })

  it('gives identical findings under two clocks five years apart', {timeout: 600_000}, () => {
    vi.useFakeTimers({now: new Date('2026-03-01T12:00:00Z'), toFake: ['Date']})
    const before = findingsOf(all)
    vi.setSystemTime(new Date('2031-11-30T23:30:00Z'))
    const after = findingsOf(all)
    const changed = after.filter((line, index) => line !== before[index])
    expect(changed, 'findings changed with the clock').toEqual([])
  })

  it('gives identical findings with compromise and by tokens alone', {timeout: 600_000}, () => {
    const nlp = grammar()
    expect(nlp, 'compromise loads in Node').toBeDefined()
    const tagged = findingsOf(all)
    useGrammar(null)
    try {
      const tokensOnly = findingsOf(all)
      const changed = tokensOnly
        .map((line, index) => ({line, tagged: tagged[index]}))
        .filter((pair) => pair.line !== pair.tagged)
      expect(changed, 'the token path disagrees with compromise').toEqual([])
    } finally {
      if (nlp) useGrammar(nlp)
    }
  })
})

describe('compiled-rules snapshot', () => {
  it('gives identical findings from the build snapshot and from compiling', {timeout: 600_000}, () => {
    // What the build writes and the CLI reads: JSON, revived for a copy of the
    // rules (a new array, so it cannot reuse the rules' own compiled form).
    const snapshot = JSON.parse(JSON.stringify(snapshotRules(rules, vocabulary, 'test'))) as RulesSnapshot
    const copy = rules.slice()
    expect(reviveRules(copy, vocabulary, snapshot)).toBe(true)
    const compiled = findingsOf(all)
    const revived = findingsOf(
      all.map((sample) => ({...sample, options: {...sample.options, ruleSpecs: copy}})),
    )
    const changed = revived
      .map((line, index) => ({line, compiled: compiled[index]}))
      .filter((pair) => pair.line !== pair.compiled)
    expect(changed, 'the snapshot disagrees with compiling').toEqual([])
  })

  it('refuses a snapshot of other rules or another format', () => {
    const snapshot = snapshotRules(rules, vocabulary, 'test')
    expect(reviveRules(rules.slice(1), vocabulary, snapshot)).toBe(false)
    expect(reviveRules(rules.slice().reverse(), vocabulary, snapshot)).toBe(false)
    expect(reviveRules(rules.slice(), vocabulary, {...snapshot, format: snapshot.format + 1})).toBe(false)
  })
})

describe('reference date', () => {
  const young = 'Jade (DOB 03/2010) is a young woman who is often at the flat.'

  it('reads a date of birth against the earliest event date in the text', () => {
    const file = lintSync(`${young} In June 2024 she was picked up by two men.`)
    expect(file.data.referenceDate).toEqual({date: '2024-06', source: 'text'})
    expect(file.messages.map((message) => message.ruleId)).toContain('young-woman')
    const adult = lintSync(`${young} In June 2031 she was picked up by two men.`)
    expect(adult.messages.map((message) => message.ruleId)).not.toContain('young-woman')
  })

  it('uses the referenceDate option only when the text dates no event', () => {
    const at2031 = lintSync(young, {referenceDate: '2031-06-01'})
    expect(at2031.data.referenceDate).toEqual({date: '2031-06-01', source: 'option'})
    expect(at2031.messages.map((message) => message.ruleId)).not.toContain('young-woman')
    const at2024 = lintSync(young, {referenceDate: new Date('2024-06-01T00:00:00Z')})
    expect(at2024.messages.map((message) => message.ruleId)).toContain('young-woman')
    const dated = lintSync(`${young} On 2 May 2024 she was seen in Leeds.`, {referenceDate: '2031-06-01'})
    expect(dated.data.referenceDate).toEqual({date: '2024-05-02', source: 'text'})
  })

  it('gives no age from a date of birth without any date, and never reads the clock', () => {
    vi.useFakeTimers({now: new Date('2040-01-01T00:00:00Z'), toFake: ['Date']})
    const file = lintSync(young)
    expect(file.data.referenceDate).toBeUndefined()
    // Unknown age counts as a child.
    expect(file.messages.map((message) => message.ruleId)).toContain('young-woman')
  })

  it('ignores years in the titles of laws and guidance', () => {
    const file = lintSync('Jade (DOB 2010) was referred under the Modern Slavery Act 2015.')
    expect(file.data.referenceDate).toBeUndefined()
  })

  it('rejects a reference date it cannot read, naming the option', () => {
    expect(() => lintSync('text', {referenceDate: '07/12/2026'})).toThrow(/referenceDate/)
    expect(() => lintSync('text', {referenceDate: '2026-13-01'})).toThrow(TypeError)
  })
})
