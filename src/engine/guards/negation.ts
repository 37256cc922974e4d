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
 * Words after a negator that deny the surprise, not the claim: "not
 * surprising she goes back", "no wonder he chose to", "it's no surprise she
 * attracts attention" assert what follows.
 */
const surpriseWords = new Set([
  'surprising',
  'surprisingly',
  'surprise',
  'surprised',
  'wonder',
  'shock',
  'shocking',
])

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
    // "as" after a verb of seeing or calling ("cannot be described as",
    // "should not be seen as") names what the person is taken for; it is
    // no reason clause ("as she went willingly").
    const framingAs = token.norm === 'as' && lexicon.framingAsVerbs.has(tokens[i - 1]?.norm ?? '')
    if (lexicon.scopeBreakers.has(token.norm) || (lexicon.causalWords.has(token.norm) && !framingAs)) break
    if (lexicon.hedges.has(token.norm)) {
      hedged = true
      continue
    }
    if (lexicon.negators.has(token.norm) || token.norm.endsWith("n't")) {
      // "It's not surprising she …", "no wonder he …": the negator denies the surprise.
      if (
        surpriseWords.has(tokens[i + 1]?.norm ?? '') ||
        (tokens[i + 1]?.norm === 'a' && surpriseWords.has(tokens[i + 2]?.norm ?? ''))
      )
        continue
      return !hedged
    }
    // "Nothing about this was her choice": "nothing" as the subject of a
    // copula before the match ("nothing stops her going back" is no denial).
    if (token.norm === 'nothing' && copulaBetween(context, i, match.first)) return !hedged
  }
  // A form question answered no: "Consensual? No – YP is 13", "Is YP a gang member? No.";
  // a field answered no and nothing more: "Lifestyle choice: no" (not "… – no concerns").
  const answer = tokens[match.last + 1]
  if (answer && /^(no|not|never|none|n\/a)$/.test(answer.norm)) {
    const next = tokens[match.last + 2]
    if (/\?/.test(answer.gapChars)) return true
    if (/[:\u2013\u2014]/.test(answer.gapChars) && (!next || next.gap >= Gap.clause || next.lineStart))
      return true
  }
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

/** Whether a copula stands between tokens `from` and `to` ("nothing about this was"). */
function copulaBetween(context: Context, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const norm = context.tokens[k]?.norm ?? ''
    if (lexicon.copulas.has(norm) && norm !== 'as') return true
  }
  return false
}
