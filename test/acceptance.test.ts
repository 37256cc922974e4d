/**
 * Whole-pipeline behaviour with the bundled rules, as the README and the
 * foundation issue promise it.
 */
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {lint, retextReferralLint} from '../src/index.js'
import {span} from './helpers/lint.js'

describe('lint with the bundled rules', () => {
  it('flags labels, adultification and consent framing at their exact spans', async () => {
    const text =
      'Jade, 15, is a prostitute and a gang member; staff say she is streetwise and went willingly with the men.'
    const file = await lint(text)
    const found = file.messages.map((message) => ({
      actual: message.actual,
      span: span(message),
      category: message.category,
      source: message.source,
    }))
    expect(found).toEqual([
      {actual: 'prostitute', span: [15, 25], category: 'label', source: 'referral-lint'},
      {actual: 'gang member', span: [32, 43], category: 'label', source: 'referral-lint'},
      {actual: 'streetwise', span: [62, 72], category: 'adultification', source: 'referral-lint'},
      {actual: 'went willingly', span: [77, 91], category: 'consent', source: 'referral-lint'},
    ])
    for (const message of file.messages) {
      expect(text.slice(...(span(message) as [number, number]))).toBe(message.actual)
      expect(message.expected?.length, message.ruleId ?? '').toBeGreaterThan(0)
      expect(message.note, message.ruleId ?? '').toMatch(/\w{3,}/)
      expect(message.url).toBe(
        `https://github.com/referral-lint/referral-lint/blob/main/docs/rules.md#${message.ruleId}`,
      )
      expect(message.fatal).toBe(true)
      expect(message.place).toMatchObject({start: {line: 1}, end: {line: 1}})
    }
  })

  it('stays quiet on rebuttals and negation', async () => {
    const file = await lint('Jade cannot consent to her own exploitation; this is not a lifestyle choice.')
    expect(file.messages).toEqual([])
  })

  it('stays quiet on guidance text that mentions the words', async () => {
    const file = await lint(
      'The leaflet warns that words like "prostitute" and "streetwise" suggest compliance.',
    )
    expect(file.messages).toEqual([])
  })

  it('still flags a hedged rebuttal', async () => {
    const file = await lint('Staff felt this was not just a lifestyle choice for Jade.')
    expect(file.messages.map((message) => message.actual)).toEqual(['lifestyle choice'])
  })
})

describe('retextReferralLint in a unified pipeline', () => {
  it('reports on the file passed to run', async () => {
    const processor = unified().use(retextEnglish).use(retextReferralLint)
    const file = new VFile('Kyle is a drug runner.')
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => [message.ruleId, message.category, span(message)])).toEqual([
      ['drug-runner', 'label', [10, 21]],
    ])
  })

  it('accepts options, such as turning a category off', async () => {
    const processor = unified()
      .use(retextEnglish)
      .use(retextReferralLint, {rules: {label: 'off'}})
    const file = new VFile('Kyle is a drug runner.')
    await processor.run(processor.parse(file), file)
    expect(file.messages).toEqual([])
  })
})
