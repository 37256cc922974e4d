import {describe, expect, it} from 'vitest'
import {compileRules, RuleSpecError} from '../../src/engine/compile.js'
import type {SharedConditions, Vocabulary} from '../../src/types.js'
import {testRule} from '../helpers/rule.js'

const conditions: SharedConditions = {
  'hospital-after': {followedBy: ['to hospital|a&e']},
  'passive-before': {precededBy: ['was|were'], within: 2},
  // A group: names other shared conditions, and may add one of its own.
  'admitted-not-blame': ['hospital-after', 'passive-before', {followedBy: ['overnight']}],
  'nested-group': ['admitted-not-blame'],
  'loop-a': ['loop-b'],
  'loop-b': ['loop-a'],
  'names-unknown': ['hospital-after', 'no-such-condition'],
}
const vocabulary: Vocabulary = {classes: {}, conditions}

/** The compiled `unless` of a rule citing `unless`, as plain data. */
function compiledUnless(
  unless: readonly (string | {followedBy?: string[]; precededBy?: string[]; within?: number})[],
) {
  const rule = testRule({phrases: ['{admit}'], unless})
  return compileRules([rule], undefined, vocabulary).rules[0]!.unless.map((condition) => ({
    before: condition.before !== undefined,
    after: condition.after !== undefined,
    within: condition.within,
  }))
}

describe('shared conditions that name other shared conditions', () => {
  it('resolve to the same conditions as citing each name, in order', () => {
    const grouped = compiledUnless(['admitted-not-blame'])
    expect(grouped).toEqual(compiledUnless(['hospital-after', 'passive-before', {followedBy: ['overnight']}]))
    expect(grouped).toEqual([
      {before: false, after: true, within: 1},
      {before: true, after: false, within: 2},
      {before: false, after: true, within: 1},
    ])
    expect(compiledUnless(['nested-group'])).toEqual(grouped)
  })

  it('reject a group that names itself, through any number of names', () => {
    expect(() => compiledUnless(['loop-a'])).toThrow(RuleSpecError)
    expect(() => compiledUnless(['loop-a'])).toThrow(/names itself \(loop-a → loop-b → loop-a\)/)
  })

  it('reject an unknown name inside a group, saying which group holds it', () => {
    expect(() => compiledUnless(['names-unknown'])).toThrow(
      /names "no-such-condition" \(in "names-unknown"\), which is not a shared condition/,
    )
  })
})
