/**
 * Who the words are about, by tokens: the subject of a word (over
 * appositions, relative clauses, coordinated verbs and the objects of
 * verbs and prepositions), and whether that person is the child, a
 * professional or another adult. compromise is asked only where tokens
 * cannot tell, and the token path gives the same answers on every rule
 * example (test/determinism.test.ts).
 */
import {ageAfter, ageBefore, shortAge} from './age.js'
import {isOwnedRelation, scanLimit, startsUpper, type Context} from './context.js'
import * as lexicon from './lexicon.js'
import {subjectHead} from './subject.js'
import {Gap} from './tokens.js'

/** A capitalised word that is probably a name ("Kyle"), not a sentence's first common word. */
export function isLikelyName(token: Context['tokens'][number]): boolean {
  // Most words start with a lower-case ASCII letter: no regular expression for them.
  if (!startsUpper(token.value)) return false
  return (
    /^\p{Lu}[\p{L}'’-]*$/u.test(token.value) &&
    // An acronym ("PNC", "MASH", "YOT") is not a name.
    !/^\p{Lu}{2,}$/u.test(token.value) &&
    !lexicon.notNames.has(token.norm)
  )
}

/**
 * Whether a conjunction or clause break stands between tokens `from` and
 * `to`. In a list ("streetwise, mature or resilient") `and`/`or` after a
 * comma continue it when `lists` is set.
 */
export function breaksScope(context: Context, from: number, to: number, lists = false): boolean {
  let comma = false
  for (let i = from + 1; i <= to; i++) {
    const token = context.tokens[i]
    if (token?.gapChars.includes(',')) comma = true
    if (i === to) break
    const norm = token?.norm ?? ''
    if (lists && comma && (norm === 'and' || norm === 'or')) continue
    if (lexicon.scopeBreakers.has(norm)) return true
  }
  return !context.sameClause(from, to)
}

/**
 * Whether a label's match begins with its own copula ("is dating", "was an
 * item"): its subject then stands right before the match ("Her sister, 22,
 * is dating"), as an action's does.
 */
function startsWithCopula(context: Context, index: number): boolean {
  return lexicon.copulas.has(context.tokens[index]?.norm ?? '')
}

/**
 * Token index of the subject head for the word at `index`, or undefined when
 * there is none or it is the child.
 *
 * Tokens decide the common cases; compromise tags the sentence only when
 * they cannot (a professional or adult noun that a verb may govern, as in
 * "she told officers she went"), and never when no professional, adult or
 * adult age stands earlier in the sentence.
 */
export function headOf(context: Context, index: number, needsVerb: boolean): number | undefined {
  if (!context.mayBeOther(index)) return undefined
  needsVerb &&= !startsWithCopula(context, index)
  const quick = quickSubject(context, index, needsVerb)
  if (typeof quick !== 'object') return quick
  // Without compromise (a build that did not register it), take the person
  // tokens found as the subject.
  return taggedSubject(context, index, needsVerb) ?? quick.person
}

/**
 * `decide(headOf(context, index, needsVerb))`, asking compromise only when
 * the answer depends on what it says. Where tokens leave the subject to
 * grammar, the head is a token from the tagged text's first (`taggedFrom`)
 * to `index`, or the person tokens found: when `decide` gives one answer for
 * every one of those, that is the answer, untagged. `decide` must depend on
 * nothing but the head and the file (it is asked about each candidate).
 */
export function decideByHead<T>(
  context: Context,
  index: number,
  needsVerb: boolean,
  decide: (head: number | undefined) => T,
): T {
  if (!context.mayBeOther(index)) return decide(undefined)
  needsVerb &&= !startsWithCopula(context, index)
  const quick = quickSubject(context, index, needsVerb)
  if (typeof quick !== 'object') return decide(quick)
  const answer = decide(quick.person)
  let same = true
  for (let head = context.taggedFrom(index); head <= index && same; head++) same = decide(head) === answer
  if (same) return answer
  return decide(taggedSubject(context, index, needsVerb) ?? quick.person)
}

/**
 * Subject by tokens alone: a token index, undefined for none, or, when a
 * verb may govern the person found, that person as a guess for grammar to
 * confirm.
 */
export function quickSubject(
  context: Context,
  index: number,
  needsVerb: boolean,
): number | undefined | {readonly person: number | undefined} {
  const {tokens} = context
  let i = index - 1
  if (needsVerb) {
    // A label needs a copula on its left: "Deano, 24, is a drug dealer".
    while (i >= 0 && lexicon.nounPhraseFillers.has(tokens[i]?.norm ?? '') && context.sameClause(i, index)) i--
    if (i < 0 || !lexicon.copulas.has(tokens[i]?.norm ?? '') || !context.sameClause(i, index)) {
      return {person: undefined}
    }
    i--
  }
  // "a group that runs drugs": the subject is the relative pronoun's antecedent.
  if (lexicon.relativePronouns.has(tokens[i]?.norm ?? '') && i > 0 && context.sameClause(i - 1, index)) {
    const antecedent = relativeAntecedent(context, i)
    if (antecedent !== undefined) return antecedent
    // "a group that", "the network which": a capitalised or aged word.
    let j = i - 1
    while (
      j > 0 &&
      (/^\d+$/.test(tokens[j]?.norm ?? '') || lexicon.appositiveWords.has(tokens[j]?.norm ?? ''))
    )
      j--
    if (tokens[j]?.norm === 'old' || lexicon.adultNouns.has(tokens[j]?.norm ?? '')) return j
  }
  // "The man paid Mia to engage …", "told her to go": the one told or paid
  // is the main verb's object; who is responsible is its subject.
  if (!needsVerb && tokens[index - 1]?.norm === 'to') {
    const object = tokens[index - 2]
    if (object && (lexicon.objectPronouns.has(object.norm) || isLikelyName(object))) i = index - 3
  }
  // "The men made Tyler carry …": a causative verb's object acts for its subject.
  if (!needsVerb) {
    const object = tokens[index - 1]
    const verb = tokens[index - 2]
    if (
      object &&
      verb &&
      lexicon.causatives.has(verb.norm) &&
      (lexicon.objectPronouns.has(object.norm) || isLikelyName(object))
    ) {
      i = index - 3
    }
  }
  for (; i >= 0 && context.sameClause(i, index); i--) {
    const token = tokens[i]
    if (!token) break
    // "Ellie, 13, was driven to Hull by Marcus, 30, and is described as …":
    // a verb phrase joined by "and" with no subject of its own has the
    // subject of the first clause, over the adults named in between.
    if (lexicon.verbPhraseJoiners.has(token.norm) && opensVerbPhrase(context, i + 1)) {
      const first = firstClauseSubject(context, i)
      if (first !== 'none') return first
    }
    // "Connor Hayes (22), who was seen with Bradley at the flats, acts as":
    // a verb right after a non-restrictive relative clause has the
    // relative's antecedent as its subject, not a name inside the clause.
    const antecedent = antecedentOfClosedRelative(context, i, index)
    if (antecedent !== undefined) return antecedent
    if (lexicon.subjectPronouns.has(token.norm)) return i
    // "Jade's claims": a possessor is not the subject.
    if (token.norm.endsWith("'s") && token.norm.length > 2) continue
    // "The men who collected Kai are …": the relative clause's antecedent is the subject.
    if (lexicon.relativePronouns.has(token.norm) && i > 0) {
      const antecedent = relativeAntecedent(context, i)
      if (antecedent !== undefined) return antecedent
    }
    // "the younger, 15, is": an appositive age marks the subject before it,
    // unless a preposition or a verb governs that person ("driven to Hull by
    // Marcus, 30, and is …", "drove Ellie, 13, to …": objects).
    if (/^\d{1,2}$/.test(token.norm) && i > 0 && ageAfter(tokens, i - 1) === Number(token.norm)) {
      // "is Paddy Quinn's (34) bit on the side": a possessor is not the subject.
      if (isGovernedPerson(context, i - 1) || /'s$/.test(tokens[i - 1]?.norm ?? '')) {
        i--
        continue
      }
      return i - 1
    }
    // "the child", "children", "the girl": the child as subject.
    if (
      (lexicon.childNouns.has(token.norm) || token.norm === 'children') &&
      !lexicon.prepositions.has(tokens[i - 1]?.norm ?? '') &&
      !appositionAfterAge(context, i)
    ) {
      return i
    }
    // A name is a subject after a clause start or a verb of saying or
    // thinking ("Staff say Kai …"); after a preposition it is a place or an
    // object ("to Leeds"); after another word, grammar decides.
    if (isLikelyName(token) && !isPersonWord(tokens, i)) {
      const before = tokens[i - 1]
      if (
        !before ||
        !context.sameClause(i - 1, i) ||
        (token.gap >= Gap.soft && !/^[,]$/.test(token.gapChars.trim()))
      )
        return i
      if (lexicon.prepositions.has(before.norm)) continue
      if (
        lexicon.scopeBreakers.has(before.norm) ||
        before.norm === 'that' ||
        lexicon.nounPhraseFillers.has(before.norm)
      )
        return i
      if (lexicon.thinkingVerbs.has(before.norm)) return i
      // "who collected Kai": the object of a verb.
      if (isVerbLike(before.norm)) continue
      return {person: i}
    }
    // "the girls at the home egg each other on": children as a group, read
    // as a subject like the person words below.
    const person = isPersonWord(tokens, i) || lexicon.childGroupNouns.has(token.norm)
    if (!person) continue
    let j = i - 1
    while (j >= 0 && lexicon.nounPhraseFillers.has(tokens[j]?.norm ?? '') && context.sameClause(j, i)) j--
    const before = tokens[j]
    if (j < 0 || !context.sameClause(j, i) || (tokens[j + 1]?.gap ?? 0) >= Gap.soft) return i
    if (!before || lexicon.scopeBreakers.has(before.norm) || before.norm === 'that') return i
    // "The manager said the girls at the home egg each other on": children
    // as the subject of the said clause, not the sayer's object.
    if (lexicon.clauseVerbs.has(before.norm) && lexicon.childGroupNouns.has(token.norm)) return i
    // "YP (17) is a child trafficker himself now, bringing …": a predicate
    // noun; the copula's subject is the subject.
    const copula = predicateCopula(context, i)
    if (copula !== -1) {
      i = copula
      continue
    }
    // An object ("with the men") or a predicate ("is a gang member").
    if (lexicon.prepositions.has(before.norm) || lexicon.copulas.has(before.norm)) continue
    // "in the strategy minutes": a preposition a noun or two further back.
    if (inPrepositionalPhrase(context, j)) continue
    // "said the men called her": the object of a verb; but an -ing or -ed
    // word right before the noun modifies it ("the reviewing officer").
    if (isVerbLike(before.norm) && !(j === i - 1 && /(ing|ed)$/.test(before.norm))) continue
    return {person: i}
  }
  return undefined
}

/**
 * "Jordan Fisher, 19, an ex-student, is …": the noun at `i` closes an
 * apposition set off by commas right after a person's age; it describes
 * that person and is not the subject.
 */
function appositionAfterAge(context: Context, i: number): boolean {
  const {tokens} = context
  if (!tokens[i + 1]?.gapChars.includes(',')) return false
  let start = i
  while (start > 0 && i - start < 4 && (tokens[start]?.gap ?? Gap.sentence) <= Gap.hyphen) start--
  const age = tokens[start - 1]
  return (
    !!age &&
    /,/.test(tokens[start]?.gapChars ?? '') &&
    /^\d{1,3}$/.test(age.norm) &&
    ageAfter(tokens, start - 2) === Number(age.norm)
  )
}

/** Adverbs that may stand between "and" and its verb ("and then went", "and still keeps going back"). */
const joinAdverbs = new Set([
  'then',
  'now',
  'still',
  'also',
  'later',
  'again',
  'often',
  'always',
  'never',
  'just',
])

/**
 * Whether the words from `at` open a verb phrase with no subject of its own
 * (after "and"): a copula, an auxiliary, a modal or a verb form, over an
 * adverb or two ("and is described", "and then went", "and has been").
 */
function opensVerbPhrase(context: Context, at: number): boolean {
  const {tokens} = context
  let k = at
  while (k < at + 2 && (joinAdverbs.has(tokens[k]?.norm ?? '') || /^[a-z]+ly$/.test(tokens[k]?.norm ?? '')))
    k++
  const token = tokens[k]
  if (!token || !context.sameClause(at, k) || token.gap > Gap.soft) return false
  const norm = token.norm
  if (norm === 'as' || norm === "'s") return false
  return (
    lexicon.copulas.has(norm) ||
    lexicon.passiveAuxiliaries.has(norm) ||
    lexicon.modals.has(norm) ||
    lexicon.perfectAuxiliaries.has(norm) ||
    (isVerbLike(norm) && !lexicon.thinkingVerbs.has(norm) && !/ing$/.test(norm))
  )
}

/**
 * The subject of the first clause before a joiner at `join`: the subject of
 * the clause's first verb, read by tokens. 'none' when the clause has no verb
 * before the joiner (the caller reads on as before).
 */
function firstClauseSubject(context: Context, join: number): number | undefined | 'none' {
  const {tokens} = context
  let start = join
  while (start > 0 && context.sameClause(start - 1, join)) start--
  for (let v = start + 1; v < join; v++) {
    const norm = tokens[v]?.norm ?? ''
    if (lexicon.scopeBreakers.has(norm) && norm !== 'and') return 'none'
    const verb =
      (lexicon.copulas.has(norm) && norm !== 'as' && norm !== "'s") ||
      lexicon.passiveAuxiliaries.has(norm) ||
      lexicon.modals.has(norm) ||
      lexicon.perfectAuxiliaries.has(norm)
    if (!verb) continue
    const subject = quickSubject(context, v, false)
    return typeof subject === 'object' ? (subject.person ?? 'none') : subject
  }
  return 'none'
}

/** The possessive of each third-person subject pronoun. */
const possessiveOf: Readonly<Record<string, string>> = {he: 'his', she: 'her', they: 'their'}

/**
 * Whether a subject pronoun at `head` points back to an adult named by a
 * role noun in the same sentence (the nearest person before it), with
 * matching gender: "Male (34) …, he is". A name is not resolved this way:
 * its gender is unknown, and the child is the usual referent.
 */
/**
 * Whether the person named at `at` is the first person of its sentence:
 * nothing before it but words that are no person, and the first name of a
 * two-word name ("Jordan Fisher, 19").
 */
function onlyPersonBefore(context: Context, at: number): boolean {
  const {tokens} = context
  for (let i = at - 1; i >= Math.max(0, at - scanLimit) && context.sameClause(i, at); i--) {
    const token = tokens[i]
    if (!token) break
    if (i === at - 1 && isLikelyName(token) && tokens[at]?.gap === Gap.space) continue
    const norm = token.norm
    if (
      lexicon.childNouns.has(norm) ||
      lexicon.subjectPronouns.has(norm) ||
      lexicon.objectPronouns.has(norm) ||
      isLikelyName(token) ||
      isPersonWord(tokens, i)
    )
      return false
  }
  return true
}

function pronounIsAdult(context: Context, head: number): boolean {
  const {tokens} = context
  const pronoun = tokens[head]?.norm ?? ''
  if (pronoun !== 'he' && pronoun !== 'she' && pronoun !== 'they') return false
  let childBetween = false
  for (let i = head - 1; i >= Math.max(0, head - scanLimit) && context.sameSentence(i, head); i--) {
    const token = tokens[i]
    if (!token) break
    const norm = token.norm
    if (
      (lexicon.childNouns.has(norm) && !appositionAfterAge(context, i)) ||
      lexicon.subjectPronouns.has(norm) ||
      lexicon.objectPronouns.has(norm)
    )
      return false
    if (isLikelyName(token) && !isPersonWord(tokens, i)) return false
    // "Jordan Fisher, 19, has been at the gates; he is …": a name with an
    // adult age, when no one else stands before it in its clause.
    // Only across a clause break: "Dan is 24 and she thinks …" names two people.
    const named = isLikelyName(token) && !lexicon.adultPersonNouns.has(norm) ? ageAfter(tokens, i) : undefined
    if (named !== undefined && named < 18) childBetween = true
    else if (
      named !== undefined &&
      !childBetween &&
      !context.sameClause(i, head) &&
      onlyPersonBefore(context, i)
    )
      return true
    // "he says he's working with his uncle …, he is": the pronoun goes on
    // naming the possessor of the relation, not the relative.
    if (
      (lexicon.familyNouns.has(norm) ||
        lexicon.relationNouns.has(norm) ||
        lexicon.adultPersonNouns.has(norm)) &&
      possessiveOf[pronoun] === tokens[i - 1]?.norm
    )
      return false
    // "female, 41, found …; she is": a sex noun with an adult age.
    const agedAdult =
      (lexicon.femaleNouns.has(norm) || lexicon.maleNouns.has(norm)) && (ageAfter(tokens, i) ?? 0) >= 18
    if (!lexicon.adultPersonNouns.has(norm) || !(isAdultNoun(tokens, i) || agedAdult)) continue
    // "two adult men", "to adult subscribers": "adult" modifies the noun after it.
    if (
      (lexicon.adultPersonNouns.has(tokens[i + 1]?.norm ?? '') ||
        (lexicon.adultModifiers.has(norm) && !lexicon.maleNouns.has(norm))) &&
      tokens[i + 1]?.gap === Gap.space &&
      /^[a-z]+$/.test(tokens[i + 1]?.norm ?? '')
    )
      continue
    // "a man he met online": the noun is the object of the pronoun's own clause.
    if (i === head - 1 && tokens[head]?.gap === Gap.space) continue
    // "coached by the elders, he is …": "he" is one person, not the elders.
    if (pronoun !== 'they' && lexicon.pluralAdultPersonNouns.has(norm)) continue
    if (pronoun === 'he' && lexicon.femaleNouns.has(norm)) return false
    if (pronoun === 'she' && lexicon.maleNouns.has(norm)) return false
    return true
  }
  return false
}

/**
 * Whether the person at `at` (a name or person noun, with its determiners)
 * is the object of a preposition or a verb: "by Marcus", "drove Ellie",
 * "with the two men".
 */
export function isGovernedPerson(context: Context, at: number): boolean {
  const {tokens} = context
  let j = at - 1
  // "Jermaine Clarke": a first name before the surname.
  if (
    isLikelyName(tokens[j] ?? tokens[at]!) &&
    tokens[at]?.gap === 0 &&
    /^\p{Lu}/u.test(tokens[j]?.value ?? '')
  )
    j--
  while (j >= 0 && lexicon.nounPhraseFillers.has(tokens[j]?.norm ?? '') && context.sameClause(j, at)) j--
  const before = tokens[j]
  if (!before || !context.sameClause(j, at) || (tokens[j + 1]?.gap ?? 0) >= Gap.soft) return false
  // A verb of saying or thinking takes a clause: in "staff feel Leah is", Leah is its subject.
  return (
    lexicon.prepositions.has(before.norm) ||
    (isVerbLike(before.norm) && !lexicon.thinkingVerbs.has(before.norm))
  )
}

/**
 * The subject a relative pronoun at `at` refers back to: the person word or
 * name before it, over an appositive age ("two men, aged 23 and 31, who").
 */
export function relativeAntecedent(context: Context, at: number): number | undefined {
  const {tokens} = context
  // "the 30-year-old, who": the age noun itself.
  if (tokens[at - 1]?.norm === 'old' && ageBefore(tokens, at, 4) !== undefined) return at - 1
  let j = at - 1
  while (j > 0 && (/^\d+$/.test(tokens[j]?.norm ?? '') || lexicon.appositiveWords.has(tokens[j]?.norm ?? '')))
    j--
  if (!context.sameClause(j, at)) return undefined
  // "The boy in room 9, who was about 16,": a child's age in the clause
  // belongs to the child before the place.
  const child = childBeforePlace(context, at, j)
  if (child !== undefined) return child
  const antecedent = tokens[j]
  if (!antecedent) return undefined
  if (lexicon.subjectPronouns.has(antecedent.norm) || lexicon.childNouns.has(antecedent.norm)) return j
  // "a 16yo who", "the 15 y/o who": a person named by a shorthand age.
  if (shortAge(tokens, j) !== undefined) return j
  if (isOwnedRelation(tokens, j)) return j
  if (isPersonWord(tokens, j) || lexicon.childGroupNouns.has(antecedent.norm))
    return predicatedOf(context, j) ?? j
  if (isLikelyName(antecedent)) return j
  return undefined
}

/**
 * For a relative pronoun at `at` that states a child's age ("who was about
 * 16", "who is 15"), after a place governed by a preposition at `j` ("in
 * room 9", "at the home"): the child noun or name before the preposition.
 */
function childBeforePlace(context: Context, at: number, j: number): number | undefined {
  const {tokens} = context
  let verb = at + 1
  if (!/^(is|was)$/.test(tokens[verb]?.norm ?? '')) return undefined
  if (/^(about|around|approx|approximately|roughly|only|just|now)$/.test(tokens[verb + 1]?.norm ?? '')) verb++
  const age = Number(tokens[verb + 1]?.norm)
  if (!/^\d{1,2}$/.test(tokens[verb + 1]?.norm ?? '') || age >= 18) return undefined
  if (lexicon.childNouns.has(tokens[j]?.norm ?? '') || isLikelyName(tokens[j]!)) return undefined
  for (let k = j - 1; k >= Math.max(1, j - 3) && context.sameClause(k, j); k--) {
    if (!lexicon.prepositions.has(tokens[k]?.norm ?? '')) continue
    const person = tokens[k - 1]
    if (person && (lexicon.childNouns.has(person.norm) || isLikelyName(person))) return k - 1
    return undefined
  }
  return undefined
}

/**
 * The subject a predicate noun at `j` is said of: "Ayo is a sixteen-year-old
 * male who …", "child (16) is a canny operator who …" are about Ayo and the
 * child, not about a male or an operator. Undefined when `j` is not after a
 * copula in its clause.
 */
function predicatedOf(context: Context, j: number): number | undefined {
  const k = predicateCopula(context, j)
  if (k === -1) return undefined
  const subject = quickSubject(context, k, false)
  return typeof subject === 'object' ? subject.person : subject
}

/**
 * The copula a predicate noun at `j` follows, over the noun phrase's own
 * words ("is a child trafficker", "is basically the boss's right-hand
 * man"), or -1 when `j` is not a predicate noun.
 */
function predicateCopula(context: Context, j: number): number {
  const {tokens} = context
  let k = j - 1
  // Over the noun phrase's own words: determiners, modifiers, a hyphenated
  // age, a possessor ("the boss's"), an adverb ("basically").
  while (
    k > 0 &&
    context.sameClause(k, j) &&
    (tokens[k + 1]?.gap ?? 0) <= Gap.hyphen &&
    (lexicon.nounPhraseFillers.has(tokens[k]?.norm ?? '') ||
      (tokens[k + 1]?.gap === Gap.hyphen && k + 1 < j) ||
      tokens[k + 1]?.norm === 'old' ||
      (/^[a-z]+'s$/.test(tokens[k]?.norm ?? '') && !lexicon.copulas.has(tokens[k]?.norm ?? '')) ||
      /^[a-z]+ly$/.test(tokens[k]?.norm ?? '') ||
      (/^[a-z]+$/.test(tokens[k]?.norm ?? '') && k === j - 1 && !isVerbLike(tokens[k]?.norm ?? '')))
  ) {
    k--
  }
  const copula = tokens[k]
  if (!copula || !lexicon.copulas.has(copula.norm) || copula.norm === 'as' || !context.sameClause(k, j)) {
    return -1
  }
  return k
}

/** Whether a preposition stands one to three words before token `j` with only noun-like words between. */
export function inPrepositionalPhrase(context: Context, j: number): boolean {
  const {tokens} = context
  for (let k = j; k >= Math.max(0, j - 2) && context.sameClause(k, j); k--) {
    const norm = tokens[k]?.norm ?? ''
    if (lexicon.prepositions.has(norm)) return true
    if (isVerbLike(norm) || lexicon.copulas.has(norm) || lexicon.scopeBreakers.has(norm)) return false
    if (!/^[a-z]+$/.test(norm)) return false
  }
  return false
}

/** A word that reads as a verb form: a reporting or thinking verb, or a past or -ing form. */
export function isVerbLike(norm: string): boolean {
  return (
    lexicon.thinkingVerbs.has(norm) || /[^e]ed$|ied$|eed$|ing$/.test(norm) || lexicon.irregularPast.has(norm)
  )
}

/** A professional, family, adult or aged word that can head a subject ("the 35-year-old"). */
export function isPersonWord(tokens: Context['tokens'], i: number): boolean {
  const token = tokens[i]
  if (!token) return false
  const norm = token.norm
  if (isProfessional(tokens, i) || isAdultNoun(tokens, i) || lexicon.familyNouns.has(norm)) return true
  if (norm === 'old' && (ageBefore(tokens, i + 1, 3) ?? 0) >= 18) return true
  return /^\p{Lu}/u.test(token.value) && ageAfter(tokens, i) !== undefined
}

/** Whether compromise tags the token at `i` as a proper name (tokens alone cannot tell "Kyle" from "Neighbours"). */
export function isProperName(context: Context, i: number): boolean {
  const tagged = context.tagged(i)
  if (!tagged) return true
  const offset = tagged.tokenOffsets[i - tagged.firstToken]
  const term = tagged.terms.find((candidate) => tagged.base + candidate.offset.start === offset)
  return term !== undefined && (term.tags.has('ProperNoun') || term.tags.has('Person'))
}

/** Subject by compromise's tags, mapped back to a token index. */
export function taggedSubject(context: Context, index: number, needsVerb: boolean): number | undefined {
  const tagged = context.tagged(index)
  if (!tagged) return undefined
  const offset = tagged.tokenOffsets[index - tagged.firstToken]
  if (offset === undefined) return undefined
  const head = subjectHead(tagged, offset, needsVerb)
  if (!head) return undefined
  let position = -1
  for (let k = 0; k < tagged.tokenOffsets.length; k++) {
    if ((tagged.tokenOffsets[k] ?? Infinity) <= head.start) position = k
    else break
  }
  return position === -1 ? undefined : tagged.firstToken + position
}

/** Whether the person at token `head` is a professional or an adult. */
export function isOther(context: Context, head: number, byAge = true): boolean {
  const {tokens} = context
  const token = tokens[head]
  if (!token) return false
  // "I" and "we" are the referrer, except inside quoted speech.
  const quotedSelf = token.quote !== -1 && lexicon.firstPersonPronouns.has(token.norm)
  if (!quotedSelf && isProfessional(tokens, head)) return true
  if (hasProfessionalTitle(tokens, head)) return true
  if (isAdultNoun(tokens, head) || lexicon.familyNouns.has(token.norm)) return true
  // "Our housing team did not engage": grammar may give the determiner that
  // opens the subject as its head; a person noun it opens decides.
  if (lexicon.determiners.has(token.norm)) {
    for (let k = head + 1; k <= head + 3 && (tokens[k]?.gap ?? Gap.sentence) <= Gap.hyphen; k++) {
      if (
        isProfessional(tokens, k) ||
        isAdultNoun(tokens, k) ||
        lexicon.familyNouns.has(tokens[k]?.norm ?? '')
      )
        return true
    }
  }
  // "the 35-year-old" refers to someone by age alone: another person.
  if (token.norm === 'old') return (ageBefore(tokens, head + 1) ?? 0) >= 18
  // "a 16yo", "the 30 y/o": the shorthand age itself.
  const short = shortAge(tokens, head)
  if (short !== undefined) return short >= 18
  // "Male (34) detained …, PNC shows he is a gang member": a pronoun whose
  // nearest person in its sentence is an adult named by role.
  if (pronounIsAdult(context, head)) return true
  // "her mother's partner", "his friend": someone named by their relation to another.
  if (isOwnedRelation(tokens, head)) return true
  if (!byAge) {
    // An adult subject in a narrative about a child is another person: "Craig, 35, keeps going back".
    const main = context.primaryAge()
    if (main === undefined || main >= 18) return false
  }
  // A name given an adult age elsewhere in the narrative ("Smithy, 31").
  if (context.adultNames().has(token.value)) return true
  // "Dwayne Amos (34)": the age after the surname is the person's.
  const surname = tokens[head + 1]
  const age =
    ageAfter(tokens, head) ??
    (surname && surname.gap === Gap.space && /^\p{Lu}/u.test(token.value) && isLikelyName(surname)
      ? ageAfter(tokens, head + 1)
      : undefined) ??
    ageBefore(tokens, head)
  // "Mr Kaur", "Mrs Dale", "Ms Obi": an adult's courtesy title, unless an age says otherwise.
  if (age === undefined)
    return lexicon.courtesyTitles.has(tokens[head - 1]?.norm ?? '') && isLikelyName(token)
  return age >= 18
}

/** A capitalised name after a professional's title: "PC Hale", "Sgt Wood", "Dr Khan". */
function hasProfessionalTitle(tokens: Context['tokens'], head: number): boolean {
  const token = tokens[head]
  const title = tokens[head - 1]
  if (!token || !title || token.gap !== Gap.space || !/^\p{Lu}/u.test(token.value)) return false
  if (!/^\p{Lu}/u.test(title.value)) return false
  return lexicon.professionalTitles.has(title.norm) || isProfessional(tokens, head - 1)
}

/** A professional or agency noun, but not "sexual services". */
export function isProfessional(tokens: Context['tokens'], i: number): boolean {
  const token = tokens[i]
  if (!token || !lexicon.professionalNouns.has(token.norm)) return false
  return !(/^services?$/.test(token.norm) && /^(sexual|sex)$/.test(tokens[i - 1]?.norm ?? ''))
}

/**
 * Whether the word at `i` names the child by sex: "Male (15)", "15yo IC3
 * male", "female, 14", "the young man" (the adultifying name for a child).
 */
export function namesChildBySex(context: Context, i: number): boolean {
  const {tokens} = context
  const token = tokens[i]
  if (!token || !(lexicon.maleNouns.has(token.norm) || lexicon.femaleNouns.has(token.norm))) return false
  const age = ageAfter(tokens, i) ?? ageBefore(tokens, i, 3)
  if (tokens[i - 1]?.norm === 'young' && token.gap === 0) return age === undefined || age < 18
  return age !== undefined && age < 18
}

/** An adult noun, but not the adultifying "young man" / "young woman" about the child. */
export function isAdultNoun(tokens: Context['tokens'], i: number): boolean {
  const token = tokens[i]
  if (!token || !lexicon.adultNouns.has(token.norm)) return false
  // "Male (15) stopped …", "15yo IC3 male", "female, 14, found": records
  // name the child by sex and age.
  if (lexicon.maleNouns.has(token.norm) || lexicon.femaleNouns.has(token.norm)) {
    const age = ageAfter(tokens, i) ?? ageBefore(tokens, i, 3)
    if (age !== undefined && age < 18) return false
  }
  return !(tokens[i - 1]?.norm === 'young' && token.gap === 0)
}

/**
 * The antecedent of a relative clause set off by commas that ends at `at`
 * ("Connor Hayes (22), who was seen with Bradley at the flats, acts as the
 * lookout"), when the words after its closing comma start with the main
 * verb, not "and" or a subject of their own ("…, who is 30, and went": the
 * sentence's first subject still decides).
 */
function antecedentOfClosedRelative(context: Context, at: number, index: number): number | undefined {
  const {tokens} = context
  const after = tokens[at + 1]
  if (!after || at + 1 > index || !after.gapChars.includes(',')) return undefined
  if (lexicon.scopeBreakers.has(after.norm) || /^(and|but|or|then|so|yet|while)$/.test(after.norm))
    return undefined
  if (lexicon.subjectPronouns.has(after.norm) || isLikelyName(after) || isPersonWord(tokens, at + 1))
    return undefined
  for (let k = at; k > 0 && at - k < 16 && context.sameClause(k, index); k--) {
    const token = tokens[k]
    if (!token) return undefined
    if (token.norm === 'who' || token.norm === 'whose' || token.norm === 'whom') {
      if (!/[,(]/.test(token.gapChars)) return undefined
      return relativeAntecedent(context, k)
    }
    // "Kai (14), whose uncle Jason, 37, deals …, has": the commas around an
    // age inside the clause do not close it.
    const appositive =
      /^\d{1,2}$/.test(token.norm) ||
      (/^\d{1,2}$/.test(tokens[k + 1]?.norm ?? '') && ageAfter(tokens, k) !== undefined)
    if (k < at && /,/.test(tokens[k + 1]?.gapChars ?? '') && !appositive) return undefined
  }
  return undefined
}
