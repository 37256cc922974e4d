/** Guard `negation`: negated or rebutted matches are skipped. */
import type {Context} from '../context.js'
import {sharedCues} from '../context.js'
import * as lexicon from '../lexicon.js'
import {Gap} from '../tokens.js'
import type {Match} from '../phrase-index.js'
import {breaksScope} from '../people.js'

const quoteChars = /^["'\u2018\u2019\u201C\u201D\u00AB\u00BB\u201E\u2039\u203A\s]*$/

/** How far back a negator may stand from the match, in words. */
const negationWindow = 6

/**
 * Negation and rebuttal: "could not consent", "this is not a lifestyle
 * choice", "consent is irrelevant". A hedge between the negator and the match
 * ("not just", "not entirely") keeps the flag.
 */
export function isNegated(context: Context, match: Match): boolean {
  const {tokens} = context
  let hedged = false
  for (let i = match.first - 1; i >= Math.max(0, match.first - negationWindow); i--) {
    const after = tokens[i + 1]
    const token = tokens[i]
    if (!token || !after) break
    // Scope ends at punctuation other than quote marks.
    if (after.gap >= Gap.soft && !quoteChars.test(after.gapChars)) {
      // "was not, at any stage, a willing participant": a negator before an
      // aside of "at any stage" / "in any way" between commas.
      if (asideAfterNegator(context, i, after.gapChars)) return !hedged
      break
    }
    if (lexicon.scopeBreakers.has(token.norm) || lexicon.causalWords.has(token.norm)) break
    if (lexicon.hedges.has(token.norm)) {
      hedged = true
      continue
    }
    if (lexicon.negators.has(token.norm) || token.norm.endsWith("n't")) return !hedged
  }
  // A form question answered no: "Consensual? No – YP is 13", "Is YP a gang member? No."
  const answer = tokens[match.last + 1]
  if (answer && /\?/.test(answer.gapChars) && /^(no|not|never|none|n\/a)$/.test(answer.norm)) return true
  const denial = context.lastEndBefore(sharedCues().denial, match.first, 12)
  if (denial !== -1 && !breaksScope(context, denial, match.first)) return true
  return context.startsAfter(sharedCues().rebuttal, match.last, 4)
}

/**
 * Whether the words ending at `end` are an aside of "at any <noun>" or "in any
 * way" set off by commas, right after a negator: "not, at any point, …".
 */
function asideAfterNegator(context: Context, end: number, gapChars: string): boolean {
  const {tokens} = context
  if (gapChars.trim() !== ',') return false
  const start = end - 2
  if (!/^(at|in)$/.test(tokens[start]?.norm ?? '') || tokens[start + 1]?.norm !== 'any') return false
  if (tokens[start]?.gapChars.trim() !== ',') return false
  const negator = tokens[start - 1]
  return negator !== undefined && (lexicon.negators.has(negator.norm) || negator.norm.endsWith("n't"))
}
