/**
 * Find who a match is about, with compromise, only for sentences that hold a
 * candidate. One compromise document per sentence, offsets computed once
 * (calling `.json({offset: true})` per match is quadratic).
 */
import {grammar} from './grammar.js'
import * as lexicon from './lexicon.js'

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

/** Work done by compromise, for the bench (counts, never time): sentences tagged and their words. */
export const tagCounters = {sentences: 0, words: 0}

/** Tag the text of one sentence (`base` is its offset), or undefined without compromise. */
export function tagSentence(text: string, base: number): SentenceTerms | undefined {
  const nlp = grammar()
  if (!nlp) return undefined
  tagCounters.sentences++
  const doc = nlp(text)
  doc.compute('offset')
  const terms = (doc.docs as unknown as Term[][]).flat()
  tagCounters.words += terms.length
  return {base, terms}
}

/**
 * The head word of the grammatical subject for a match starting at
 * `offset`, as an offset into the tagged text, or undefined.
 *
 * Walks left from the match. Subject pronouns always qualify; a noun
 * qualifies unless a preposition or a verb governs it ("at home", "told
 * staff"). For a label ("a drug dealer") a verb must stand between the
 * subject and the match ("Deano is a drug dealer"); for an action ("refused
 * to engage") the first qualifying noun is the subject, which also finds
 * the shared subject of coordinated verbs ("She was not at home and went").
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
    if (!sawVerb || tags.has('Value') || !(tags.has('Noun') || tags.has('Pronoun'))) continue
    if (lexicon.anyObjectPronouns.has(term.normal)) continue
    if (!lexicon.anySubjectPronouns.has(term.normal) && isGoverned(terms, k)) continue
    return {start: base + term.offset.start, normal: term.normal}
  }
  return undefined
}

/** Whether a preposition or a verb governs the noun at `k` (so it is an object). */
function isGoverned(terms: readonly Term[], k: number): boolean {
  // A name heads its own noun phrase: in "at school Kyle is", "school" does
  // not compound with "Kyle".
  const proper = terms[k]?.tags.has('ProperNoun') === true
  let j = k - 1
  const boundary = (index: number): boolean => /[,;:]/.test(terms[index]?.post ?? '')
  // Modifiers of the noun, then at most one determiner.
  while (j >= 0 && !boundary(j)) {
    const tags = terms[j]?.tags
    if (!tags) break
    if (tags.has('Adjective') || tags.has('Value') || (tags.has('Noun') && !tags.has('Pronoun') && !proper))
      j--
    else break
  }
  if (j >= 0 && !boundary(j)) {
    const tags = terms[j]?.tags
    // "noted that Zak was": "that" opens a clause here, not a noun phrase.
    if (terms[j]?.normal === 'that' && proper) return false
    if (tags?.has('Determiner') || tags?.has('Possessive')) j--
  }
  const previous = terms[j]
  if (!previous || boundary(j)) return false
  return previous.tags.has('Preposition') || (previous.tags.has('Verb') && !previous.tags.has('Copula'))
}
