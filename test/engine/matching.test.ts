import {describe, expect, it} from 'vitest'
import {lintSync} from '../../src/index.js'
import type {RuleSpec} from '../../src/types.js'
import {span} from '../helpers/lint.js'
import {testRule} from '../helpers/rule.js'

function spans(text: string, rule: RuleSpec): Array<[number | undefined, number | undefined]> {
  return lintSync(text, {ruleSpecs: [rule]}).messages.map((message) => span(message))
}

describe('matching', () => {
  const chose = testRule({phrases: ['{choose} to go']})
  const gang = testRule({phrases: ['gang member(s)']})
  const street = testRule({phrases: ['streetwise']})

  it('matches every inflection of a verb', () => {
    for (const form of ['choose', 'chooses', 'chose', 'chosen', 'choosing']) {
      const text = `Staff think she ${form} to go.`
      expect(spans(text, chose), form).toEqual([[16, 16 + form.length + 6]])
    }
  })

  it('matches plurals, hyphenated and spaced forms, and capitals', () => {
    expect(spans('He is a gang member.', gang)).toEqual([[8, 19]])
    expect(spans('He is a gang-member.', gang)).toEqual([[8, 19]])
    expect(spans('They are GANG MEMBERS.', gang)).toEqual([[9, 21]])
    expect(spans('She is street-wise.', street)).toEqual([[7, 18]])
  })

  it('matches a closed compound after the first word in its hyphenated form', () => {
    const rule = testRule({phrases: ['{be} streetwise']})
    expect(spans('He is street-wise.', rule)).toEqual([[3, 17]])
  })

  it('matches phrases broken by a line break', () => {
    expect(spans('He is a gang\nmember.', gang)).toEqual([[8, 19]])
    expect(spans('He is a gang\r\n  member.', gang)).toEqual([[8, 22]])
  })

  it('matches curly and straight apostrophes alike', () => {
    const wont = testRule({phrases: ["won't engage"], guards: {negation: false}})
    expect(spans('She won’t engage.', wont)).toEqual([[4, 16]])
    expect(spans("She won't engage.", wont)).toEqual([[4, 16]])
  })

  it('does not match across punctuation', () => {
    expect(spans('He left the gang. Member of staff called.', gang)).toEqual([])
    expect(spans('gang, member', gang)).toEqual([])
  })

  it('matches any possessive with $owner', () => {
    const rule = testRule({phrases: ['$owner customers']})
    expect(spans('Kyle’s customers rang him.', rule)).toEqual([[0, 16]])
    expect(spans('He met his customers.', rule)).toEqual([[7, 20]])
    expect(spans('The customers rang.', rule)).toEqual([])
  })

  it('matches phrases listed by first word alone whatever form their second word takes', () => {
    // Phrases starting with $owner, or with $owner second, are not in the
    // pair table: the matcher screens them by the next token's word, its
    // hyphen-joined compound and its being a possessive.
    const ways = testRule({phrases: ['$owner streetwise ways']})
    expect(spans('He knew his street-wise ways.', ways)).toEqual([[8, 28]])
    expect(spans('He knew his streetwise ways.', ways)).toEqual([[8, 27]])
    expect(spans('He knew his ways.', ways)).toEqual([])
    const choice = testRule({phrases: ['$owner own? choice']})
    expect(spans('It was her own choice.', choice)).toEqual([[7, 21]])
    expect(spans('It was Kyle’s choice.', choice)).toEqual([[7, 20]])
    expect(spans('It was her, own choice.', choice)).toEqual([])
    const compound = testRule({phrases: ['streetwise $owner ways']})
    expect(spans('So street-wise her ways.', compound)).toEqual([[3, 23]])
    expect(spans('So streetwise her ways.', compound)).toEqual([[3, 22]])
  })

  it('matches a wildcard slot', () => {
    const rule = testRule({phrases: ['{go} with _ willingly']})
    expect(spans('She went with them willingly.', rule)).toEqual([[4, 28]])
  })

  it('reports line, column and offset for both ends', () => {
    const [message] = lintSync('First line.\nHe is a gang member.', {ruleSpecs: [gang]}).messages
    expect(message?.place).toEqual({
      start: {line: 2, column: 9, offset: 20},
      end: {line: 2, column: 20, offset: 31},
    })
  })

  it('keeps the longest span where rules overlap', () => {
    const short = testRule({id: 'short', phrases: ['prostitute']})
    const long = testRule({id: 'long', phrases: ['child prostitute']})
    const messages = lintSync('She is a child prostitute.', {ruleSpecs: [short, long]}).messages
    expect(messages.map((m) => m.ruleId)).toEqual(['long'])
  })

  it('keeps a span inside a longer one when the two rules differ in category', () => {
    const judgement = testRule({id: 'judgement', category: 'judgemental', phrases: ['promiscuous']})
    const adult = testRule({id: 'adult-noun', category: 'adultification', phrases: ['{be} a _ young woman']})
    const messages = lintSync('She is a promiscuous young woman.', {ruleSpecs: [judgement, adult]}).messages
    expect(messages.map((m) => [m.ruleId, span(m)])).toEqual([
      ['adult-noun', [4, 32]],
      ['judgement', [9, 20]],
    ])
  })

  it('reports overlapping matches of one rule once, over their union', () => {
    const rule = testRule({phrases: ['a juvenile', 'juvenile delinquent(s)']})
    const messages = lintSync('He is a juvenile delinquent.', {ruleSpecs: [rule]}).messages
    expect(messages.map((m) => [m.actual, span(m)])).toEqual([['a juvenile delinquent', [6, 27]]])
  })

  it('reports a span once when two rules find the same words, the more severe first', () => {
    const warning = testRule({id: 'a-warning', severity: 'warning', phrases: ['drug runner']})
    const error = testRule({id: 'an-error', severity: 'error', phrases: ['drug runner']})
    const messages = lintSync('He is a drug runner.', {ruleSpecs: [warning, error]}).messages
    expect(messages.map((m) => m.ruleId)).toEqual(['an-error'])
  })

  it('lints empty and whitespace-only text to no messages', () => {
    expect(lintSync('', {ruleSpecs: [gang]}).messages).toEqual([])
    expect(lintSync(' \n\t ', {ruleSpecs: [gang]}).messages).toEqual([])
  })

  it('decodes bytes as UTF-8', () => {
    const bytes = new TextEncoder().encode('He is a gang member.')
    expect(lintSync(bytes, {ruleSpecs: [gang]}).messages).toHaveLength(1)
  })
})

describe('options', () => {
  const rule = testRule({id: 'went-test', category: 'consent', phrases: ['went willingly']})
  const text = 'She went willingly.'

  it('turns a rule off or changes its severity by id', () => {
    expect(lintSync<'went-test'>(text, {ruleSpecs: [rule], rules: {'went-test': 'off'}}).messages).toEqual([])
    expect(
      lintSync<'went-test'>(text, {ruleSpecs: [rule], rules: {'went-test': 'warning'}}).messages[0]?.fatal,
    ).toBe(false)
    expect(
      lintSync<'went-test'>(text, {ruleSpecs: [rule], rules: {'went-test': 'info'}}).messages[0]?.fatal,
    ).toBeUndefined()
  })

  it('sets severity by category, with the id winning', () => {
    expect(lintSync(text, {ruleSpecs: [rule], rules: {consent: 'off'}}).messages).toEqual([])
    const both = {ruleSpecs: [rule], rules: {consent: 'off', 'went-test': 'error'}} as const
    expect(lintSync(text, both).messages[0]?.fatal).toBe(true)
  })
})
