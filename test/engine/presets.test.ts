import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/index.js'
import {lintSync} from '../../src/index.js'

describe('adult preset on the bundled consent rules', () => {
  it('gives every consent rule wording for an adult victim', () => {
    const missing = rules
      .filter((rule) => rule.category === 'consent' && !rule.adult?.note)
      .map((rule) => rule.id)
    expect(missing, 'consent rules without adult wording').toEqual([])
  })

  it('keeps reporting consent framing for an adult, with adult wording', () => {
    const text = 'Lena, 24, went willingly with the men to a flat in Luton.'
    const [child] = lintSync(text).messages
    const [adult] = lintSync(text, {preset: 'adult'}).messages
    expect(child?.ruleId).toBe('went-willingly')
    expect(adult?.ruleId).toBe('went-willingly')
    expect(adult?.fatal).toBe(true)
    expect(adult?.note).toMatch(/adult/)
    expect(adult?.reason).not.toMatch(/child/)
  })
})
