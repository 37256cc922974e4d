/**
 * Rule ids are a string-literal union in the public types (`RuleId`,
 * generated into src/rule-ids.ts by `npm run docs`): a misspelt id in
 * `Options.rules` is a compile error, a bundled id, a category or a
 * missing-fact id is accepted, and the ids of one's own rules are named with
 * the `ExtraRuleId` parameter.
 *
 * The type assertions here are checked by `tsc --noEmit` (tsconfig.json
 * includes test/): each `@ts-expect-error` fails the type check when the line
 * under it stops being an error, and each `expectTypeOf` when the types
 * change. The runtime assertions show the same calls at run time.
 */
import {describe, expect, expectTypeOf, it} from 'vitest'
import {rules} from '../rules/index.js'
import {
  lintSync,
  type LintOptions,
  type Options,
  type RuleId,
  type RuleKey,
  type RuleSpec,
} from '../src/index.js'

const mine: RuleSpec = {...rules.find((rule) => rule.id === 'streetwise')!, id: 'my-streetwise'}

describe('rule ids in the types', () => {
  it('accepts bundled ids, categories and missing-fact ids in `rules`', () => {
    const options: Options = {rules: {streetwise: 'off', label: 'warning', 'missing-age': 'off'}}
    expectTypeOf<'streetwise'>().toExtend<RuleId>()
    expectTypeOf<'label'>().toExtend<RuleKey>()
    expectTypeOf<'missing-age'>().toExtend<RuleKey>()
    expect(lintSync('She is streetwise.', options).messages).toEqual([])
  })

  it('makes a misspelt id a type error, and keeps the runtime check for JavaScript callers', () => {
    expectTypeOf<'went-wilingly'>().not.toExtend<RuleKey>()
    expectTypeOf<string>().not.toExtend<RuleKey>()
    // @ts-expect-error -- 'went-wilingly' is not a rule id
    const typo: Options = {rules: {'went-wilingly': 'off'}}
    // @ts-expect-error -- nor in a call: the literal is not widened to a custom id
    expect(() => lintSync('x', {rules: {'went-wilingly': 'off'}})).toThrow(/use "went-willingly"/)
    expect(() => lintSync('x', typo)).toThrow(/use "went-willingly"/)
  })

  it('names the ids of custom rules with the `ExtraRuleId` parameter', () => {
    const text = 'She is streetwise.'
    expect(
      lintSync<'my-streetwise'>(text, {ruleSpecs: [mine], rules: {'my-streetwise': 'off'}}).messages,
    ).toEqual([])
    const options: LintOptions<'my-streetwise'> = {
      ruleSpecs: [mine],
      rules: {'my-streetwise': 'info'},
    }
    expect(lintSync(text, options).messages.map((message) => message.ruleId)).toEqual(['my-streetwise'])
    // @ts-expect-error -- without the parameter a custom id is not a known key
    const unnamed: Options = {ruleSpecs: [mine], rules: {'my-streetwise': 'off'}}
    expect(lintSync(text, unnamed).messages).toEqual([])
    // `Options<string>` is the escape hatch: any key type-checks; unknown ones still throw at run time.
    const open: Options<string> = {rules: {'no-such-rule': 'off'}}
    expect(() => lintSync(text, open)).toThrow(/"no-such-rule", which is not a rule id/)
  })
})
