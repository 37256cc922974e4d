/**
 * Who the words are about, across clauses: the subject of a coordinated
 * verb phrase is the subject of its first clause even when an adult is
 * named in between; relative clauses and appositions likewise. Adult names
 * and ages stand in every position.
 */
import {describe, expect, it} from 'vitest'
import {lintSync} from '../../src/index.js'

/** Rule ids of the warnings and errors, in order. */
function flagged(text: string): string[] {
  return lintSync(text)
    .messages.filter((message) => message.fatal !== undefined)
    .map((message) => message.ruleId ?? '')
}

const aboutTheChild: ReadonlyArray<readonly [string, string]> = [
  ['Ellie, 13, was driven to Hull by Marcus, 30, and is described as streetwise.', 'streetwise'],
  ['Ellie (13), who was collected by Marcus (30), is streetwise.', 'streetwise'],
  ['Ellie, 13, a friend of Marcus, 30, is streetwise.', 'streetwise'],
  ['Ellie was picked up by Marcus, 30, and went willingly.', 'went-willingly'],
  ['Kai, 15, was found with Dean Price, 34, and is a gang member.', 'gang-member'],
  ['Officers say that Kai, 15, who was found with Dean, 34, is a drug dealer.', 'drug-dealer'],
  ['Ellie, 13, whom Marcus (30) collects from school, is very streetwise.', 'streetwise'],
  ['After Marcus, 30, drove her to Hull, Ellie, 13, went willingly to the flat.', 'went-willingly'],
  ['Ellie, 13, was taken by Marcus, 30, and staff say she is streetwise.', 'streetwise'],
]

/** The words of an adult or a relative, reported: evidence, an info nudge at most. */
const reported: readonly string[] = [
  'Dean, 34, told officers that Kai, 15, is a drug dealer.',
  'Ellie, 13, was taken by Marcus, 30, who says she is streetwise.',
  'His mother says Kai (15) is a gang member.',
]

const aboutTheAdult: readonly string[] = [
  'Marcus, 30, drove Ellie, 13, to Hull and is described as a known gang member.',
  'Marcus (30), who collected Ellie (13), is a known gang member.',
  'Dean Price, 34, was found with Kai, 15, and is a gang member.',
  'Kai, 15, told officers that Dean, 34, is a drug dealer.',
  'Marcus, 30, whom Ellie (13) calls her uncle, is a drug dealer.',
  'Ellie, 13, said Marcus, 30, went willingly to the police station.',
  'The 30-year-old, who picked Ellie (13) up, is a drug dealer.',
  'Ellie (13) and her sister were taken by Marcus, 30, who is a known drug dealer.',
  'Marcus Green, 30, drove Ellie to Hull and is a drug dealer.',
]

describe('subjects across clauses', () => {
  for (const [text, rule] of aboutTheChild) {
    it(`flags words about the child: "${text}"`, () => {
      expect(flagged(text), text).toEqual([rule])
    })
  }
  for (const text of reported) {
    it(`gives another person's reported words an info nudge at most: "${text}"`, () => {
      expect(flagged(text), text).toEqual([])
    })
  }
  for (const text of aboutTheAdult) {
    it(`stays quiet about the adult: "${text}"`, () => {
      expect(flagged(text), text).toEqual([])
    })
  }
})
