/**
 * Ages as referrals write them: in fields, shorthand and after child nouns.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {Context} from '../../src/engine/context.js'
import {tokenize} from '../../src/engine/tokens.js'

function mainAge(text: string): number | undefined {
  const tree = unified().use(retextEnglish).parse(text)
  const {tokens, quotes, trailing} = tokenize(tree)
  return new Context(tokens, quotes, trailing).primaryAge()
}

describe('reading the main person’s age', () => {
  it.each([
    ['Name: Precious A. | Age: 15 | Presentation: withdrawn', 15],
    ['Presenting: 15 y/o, missing twice', 15],
    ['Obs: shouting at staff (YP 13)', 13],
    ['He is 15yo and was found in Slough.', 15],
    ['Kai, 15yrs, was found in Slough.', 15],
    ['a 15 yr old boy was found in Slough', 15],
    ['At 15 he was taken to Slough.', 15],
    ['For a 12-year-old she knows a lot about the men.', 12],
    ['Age: 29. Streetwise and independent.', 29],
    ['Name: Shannon Reid\nAge: 31\nPresentation: settled', 31],
    ['Shannon, then aged 20, was living in Hull.', 20],
    ['At 20, she moved to Hull.', 20],
  ])('reads "%s" as %i', (text, age) => {
    expect(mainAge(text)).toBe(age)
  })

  it('does not take an adult’s "24-year-old" or an address for the main person’s age', () => {
    expect(mainAge('She met the 24-year-old at his flat.')).toBeUndefined()
    expect(mainAge('The man met her at 15 Station Road.')).toBeUndefined()
  })
})
