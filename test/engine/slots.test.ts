import {describe, expect, it} from 'vitest'
import {lintSync} from '../../src/index.js'
import {testRule} from '../helpers/rule.js'

const rule = testRule({
  id: 'slot-test',
  phrases: ['{agree} to go'],
  target: 'action',
  suggestions: ['[adult] arranged for [child] to travel to [place]', 'was told to go'],
})

function suggestions(text: string): readonly string[] | undefined {
  return lintSync(text, {ruleSpecs: [rule]}).messages[0]?.expected
}

describe('slot filling', () => {
  it('names the child and the adult from the narrative', () => {
    expect(suggestions('In Leeds, Jade, 15, agreed to go with Deano, 24.')).toEqual([
      'Deano arranged for Jade to travel to Leeds',
      'was told to go',
    ])
    // The sentence already says where: the suggestion does not repeat it.
    expect(suggestions('Jade, 15, agreed to go to Leeds with Deano, 24.')).toEqual([
      'Deano arranged for Jade to travel',
      'was told to go',
    ])
    expect(suggestions('Kyle (14) lives in Hull. Marcus, 31, took him out. Kyle agreed to go.')).toEqual([
      'Marcus arranged for Kyle to travel to [place]',
      'was told to go',
    ])
  })

  it('resolves a pronoun subject to the named child', () => {
    expect(suggestions('Amira, aged 13, met Ray, 40, in March. She agreed to go to Luton.')).toEqual([
      'Ray arranged for Amira to travel',
      'was told to go',
    ])
  })

  it('joins several adults named in the same sentence', () => {
    expect(suggestions('Jade (15) agreed to go with Deano, 24, and Marcus, 31, to Hull.')).toEqual([
      'Deano and Marcus arranged for Jade to travel',
      'was told to go',
    ])
  })

  it('keeps a slot visible when it cannot be resolved with confidence', () => {
    // No age for anyone, no named adult near the finding, no place.
    expect(suggestions('She agreed to go with the men.')).toEqual([
      '[adult] arranged for [child] to travel to [place]',
      'was told to go',
    ])
    // An adult named three sentences earlier is too far away to be sure.
    const far = 'Deano, 24, lives in Leeds. He drives a van. He has a dog. Jade (15) agreed to go.'
    expect(suggestions(far)).toEqual(['[adult] arranged for Jade to travel to [place]', 'was told to go'])
  })

  it('reads pseudonyms such as "Child A"', () => {
    expect(suggestions('Child A, aged 15, agreed to go with Deano, 24.')?.[0]).toBe(
      'Deano arranged for Child A to travel to [place]',
    )
  })

  it('uses "the child" when the narrative calls the child so', () => {
    expect(suggestions('The child agreed to go with the men.')?.[0]).toBe(
      '[adult] arranged for the child to travel to [place]',
    )
  })

  it('keeps the tense of the words it replaces', () => {
    const tensed = testRule({
      id: 'tense-test',
      phrases: ['{agree} to go'],
      target: 'action',
      suggestions: ['was told to go'],
    })
    const suggestionsOf = (text: string): readonly string[] | undefined =>
      lintSync(text, {ruleSpecs: [tensed]}).messages[0]?.expected
    expect(suggestionsOf('Jade agreed to go with them.')).toEqual(['was told to go'])
    expect(suggestionsOf('Jade agrees to go with them.')).toEqual(['is told to go'])
  })

  it('only uses words of the narrative', () => {
    const text = 'Jade, 15, agreed to go to Leeds with Deano, 24.'
    for (const word of (suggestions(text)?.[0] ?? '').split(' ')) {
      const fixed = ['arranged', 'for', 'to', 'travel'].includes(word)
      expect(fixed || text.includes(word), word).toBe(true)
    }
  })
})
