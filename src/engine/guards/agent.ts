/** Guard `agent`: the sentence says who did it. */
import {ageAfter, ageBefore} from '../age.js'
import type {Context} from '../context.js'
import {scanLimit} from '../context.js'
import * as lexicon from '../lexicon.js'
import type {Match} from '../phrase-index.js'
import {isPersonWord} from '../people.js'

/**
 * Agent: whether the sentence says who did it ("exploited by Deano",
 * "the men exploited her and she was controlled"): "by" with a person or a
 * name within four words after the match, or a named adult, an adult noun or
 * an adult age anywhere in the sentence.
 */
export function isAgentNamed(context: Context, match: Match): boolean {
  const {tokens} = context
  for (let i = match.last + 1; i <= match.last + 4 && context.sameSentence(match.last, i); i++) {
    if (tokens[i]?.norm === 'by') {
      const next = tokens[i + 1]
      const after = tokens[i + 2]
      if (next && (/^\p{Lu}/u.test(next.value) || isPersonWord(tokens, i + 1))) return true
      if (after && isPersonWord(tokens, i + 2)) return true
      if (next && lexicon.nounPhraseFillers.has(next.norm)) return true
    }
  }
  const sentence = tokens[match.first]?.sentence
  let first = match.first
  while (first > 0 && match.first - first < scanLimit && tokens[first - 1]?.sentence === sentence) first--
  for (let i = first; tokens[i]?.sentence === sentence && i - match.last < scanLimit; i++) {
    if (i >= match.first && i <= match.last) continue
    const token = tokens[i]
    if (!token) break
    if (lexicon.adultNouns.has(token.norm) && !lexicon.professionalNouns.has(token.norm)) return true
    if (isPersonWord(tokens, i) && (ageAfter(tokens, i) ?? 0) >= 18) return true
    if (token.norm === 'old' && (ageBefore(tokens, i + 1, 3) ?? 0) >= 18) return true
  }
  return false
}
