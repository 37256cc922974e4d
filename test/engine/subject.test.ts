import {describe, expect, it} from 'vitest'
import {subjectHead, tagSentence} from '../../src/engine/subject.js'

function subjectOf(text: string, word: string, needsVerb = false): string | undefined {
  return subjectHead(tagSentence(text, 0)!, text.indexOf(word), needsVerb)?.normal
}

describe('subjectHead (compromise)', () => {
  it('finds the subject of an action', () => {
    expect(subjectOf('The police refused to engage with her.', 'refused')).toBe('police')
    expect(subjectOf('She refused to engage with the school.', 'refused')).toBe('she')
  })

  it('skips nouns governed by a preposition or a verb', () => {
    expect(subjectOf('She was not at home and went willingly.', 'went')).toBe('she')
    expect(subjectOf('She told officers she went willingly.', 'told')).toBe('she')
    expect(subjectOf('Jade met the men and went willingly.', 'went')).toBe('jade')
    expect(subjectOf('At school Kyle is seen as a threat.', 'is')).toBe('kyle')
  })

  it('needs a verb between a label and its subject', () => {
    expect(subjectOf('Deano, 24, is a drug dealer.', 'drug', true)).toBe('deano')
    expect(subjectOf('A drug dealer was arrested.', 'drug', true)).toBeUndefined()
  })
})
