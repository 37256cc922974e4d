/**
 * Ages as referrals write them: in fields, shorthand and after child nouns.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {ageAfter} from '../../src/engine/age.js'
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

  it('reads the age a person claims in an age dispute, but only a child’s and never an abuser’s', () => {
    const tokensOf = (text: string) => tokenize(unified().use(retextEnglish).parse(text)).tokens
    const after = (text: string, head: string): number | undefined => {
      const tokens = tokensOf(text)
      return ageAfter(
        tokens,
        tokens.findIndex((token) => token.value === head),
      )
    }
    expect(after('Male claiming to be 15, looks 25.', 'Male')).toBe(15)
    expect(after('Yusuf (claimed 17) has a wife.', 'Yusuf')).toBe(17)
    expect(after('Bilal, stated age 15, is here.', 'Bilal')).toBe(15)
    expect(after('Jade, claiming to be 18, joined the site.', 'Jade')).toBeUndefined()
    expect(after('Her boyfriend, who claims to be 17, met her.', 'boyfriend')).toBeUndefined()
  })

  it('does not take an adult’s "24-year-old" or an address for the main person’s age', () => {
    expect(mainAge('She met the 24-year-old at his flat.')).toBeUndefined()
    expect(mainAge('The man met her at 15 Station Road.')).toBeUndefined()
  })
})
