/**
 * Find who a match is about, with compromise, only for sentences that hold a
 * candidate. One compromise document per sentence, offsets computed once
 * (calling `.json({offset: true})` per match is quadratic).
 */
import nlp from 'compromise'
import type {Token} from './tokens.js'

interface Term {
  readonly text: string
  readonly normal: string
  readonly tags: Set<string>
  readonly offset: {readonly start: number; readonly length: number}
  readonly post: string
}

/** Terms of one sentence with absolute offsets. */
export interface SentenceTerms {
  readonly base: number
  readonly terms: readonly Term[]
}

/** Tag the text of one sentence; `base` is its offset in the file. */
export function tagSentence(text: string, base: number): SentenceTerms {
  const doc = nlp(text)
  doc.compute('offset')
  const terms = (doc.docs as unknown as Term[][]).flat()
  return {base, terms}
}

/**
 * The head word of the grammatical subject for a match starting at
 * `offset`, as an absolute offset into the file, or undefined.
 *
 * Walks left from the match. For an action ("refused to engage") the first
 * noun or pronoun to the left is the subject; for a label ("a drug dealer")
 * a verb must stand between them ("Deano is a drug dealer").
 */
export function subjectHead(
  sentence: SentenceTerms,
  offset: number,
  needsVerb: boolean,
): {readonly start: number; readonly normal: string} | undefined {
  const {terms, base} = sentence
  let index = terms.findIndex((term) => base + term.offset.start >= offset)
  if (index === -1) index = terms.length
  let sawVerb = !needsVerb
  for (let k = index - 1; k >= 0; k--) {
    const term = terms[k]
    if (!term) break
    if (/[;:]/.test(term.post)) break
    const {tags} = term
    if (tags.has('Verb') || tags.has('Copula') || tags.has('Auxiliary') || tags.has('Modal')) {
      sawVerb = true
      continue
    }
    if ((tags.has('Noun') || tags.has('Pronoun')) && !tags.has('Value')) {
      if (sawVerb) return {start: base + term.offset.start, normal: term.normal}
    }
  }
  return undefined
}

/** Token index whose start is at `offset`, by binary search. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const start = tokens[middle]?.start.offset ?? 0
    if (start === offset) return middle
    if (start < offset) low = middle + 1
    else high = middle - 1
  }
  return -1
}
