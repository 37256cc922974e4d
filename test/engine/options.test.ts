import {describe, expect, it} from 'vitest'
import {lintSync} from '../../src/index.js'
import {testRule} from '../helpers/rule.js'

describe('fix', () => {
  const rule = testRule({phrases: ['child porn(ography)'], fix: 'child sexual abuse material'})

  it('carries a literal replacement with the span offsets, matching case', () => {
    const [message] = lintSync('Officers found child pornography on the phone.', {ruleSpecs: [rule]}).messages
    expect(message?.fix).toEqual({range: [15, 32], text: 'child sexual abuse material'})
    const [capital] = lintSync('Child porn was found.', {ruleSpecs: [rule]}).messages
    expect(capital?.fix).toEqual({range: [0, 10], text: 'Child sexual abuse material'})
  })

  it('is left off rules without one and off attributed quotes', () => {
    const plain = testRule({phrases: ['child porn']})
    expect(lintSync('They found child porn.', {ruleSpecs: [plain]}).messages[0]?.fix).toBeUndefined()
    expect(lintSync('He said it was "child porn".', {ruleSpecs: [rule]}).messages[0]?.fix).toBeUndefined()
  })
})

describe('preset', () => {
  const rule = testRule({
    phrases: ['went willingly'],
    target: 'action',
    message: '`{actual}` presents the child as willing',
    suggestions: ['went with [adult] after [promise]'],
    adult: {message: '`{actual}` presents the victim as willing', suggestions: ['was taken by [adult]']},
  })

  it('keeps reporting consent framing for adults, with adult wording', () => {
    const [child] = lintSync('Anna went willingly.', {ruleSpecs: [rule]}).messages
    expect(child?.reason).toBe('`went willingly` presents the child as willing')
    const [adult] = lintSync('Anna went willingly.', {ruleSpecs: [rule], preset: 'adult'}).messages
    expect(adult?.reason).toBe('`went willingly` presents the victim as willing')
    expect(adult?.expected).toEqual(['was taken by [adult]'])
    expect(adult?.fatal).toBe(true)
  })

  it('reads an unknown age as adult for age-aware rules', () => {
    const young = testRule({phrases: ['young woman'], target: 'label', guards: {age: true}})
    expect(lintSync('She is a young woman.', {ruleSpecs: [young]}).messages).toHaveLength(1)
    expect(lintSync('She is a young woman.', {ruleSpecs: [young], preset: 'adult'}).messages).toHaveLength(0)
    expect(
      lintSync('Jade (15) is a young woman.', {ruleSpecs: [young], preset: 'adult'}).messages,
    ).toHaveLength(1)
  })
})

describe('allow', () => {
  const rule = testRule({phrases: ['runner(s)']})

  it('drops findings inside a team’s accepted wording', () => {
    const options = {ruleSpecs: [rule], allow: ['Road Runner(s)']}
    expect(lintSync('He supports the Road Runners club.', options).messages).toEqual([])
    expect(lintSync('He is a runner.', options).messages).toHaveLength(1)
  })

  it('rejects an allowed phrase it cannot read, naming it', () => {
    expect(() => lintSync('x', {ruleSpecs: [rule], allow: ['_ runner']})).toThrow(
      /allow.*cannot start with `_`/,
    )
  })
})

describe('options are checked, not ignored', () => {
  it('refuses a misspelt rule id or category in `rules`, naming the closest', () => {
    // A type error in TypeScript (test/rule-ids.test.ts); JavaScript callers get the runtime check.
    // @ts-expect-error -- misspelt on purpose
    expect(() => lintSync('She is streetwise.', {rules: {'street-wise': 'off'}})).toThrow(
      new TypeError(
        'referral-lint: `options.rules` has "street-wise", which is not a rule id or category; use "streetwise" (the closest) or remove it',
      ),
    )
    // @ts-expect-error -- misspelt on purpose
    expect(() => lintSync('She is streetwise.', {rules: {lable: 'off'}})).toThrow(/use "label"/)
  })

  it('accepts rule ids, categories and missing-fact ids', () => {
    const file = lintSync('She is streetwise and a prostitute.', {
      rules: {streetwise: 'off', label: 'warning', 'missing-age': 'off'},
    })
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['prostitute', false]])
  })

  it('refuses a preset or severity it does not know', () => {
    expect(() => lintSync('x', {preset: 'teen' as 'child'})).toThrow(
      /option `preset` must be "child" or "adult"/,
    )
    expect(() => lintSync('x', {rules: {label: 'loud' as 'error'}})).toThrow(/option `rules` must be/)
  })
})
