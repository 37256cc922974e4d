/** Guard `referent`: words about an adult, a professional or a peer, not the child. */
import type {Target} from '../../types.js'
import {ageAfter, ageBefore, ageNounAt, shortAge, statedAge} from '../age.js'
import type {Context} from '../context.js'
import {sharedCues} from '../context.js'
import * as lexicon from '../lexicon.js'
import {Gap} from '../tokens.js'
import type {Match} from '../phrase-index.js'
import {decideByHead, isGovernedPerson, isLikelyName, isOther, isVerbLike} from '../people.js'

/**
 * Referent: skip matches about an adult or a professional. Labels are
 * skipped when modified by an adult marker or age ("an adult gang member",
 * "the 24-year-old drug dealer", "a dealer, aged 31"), when they are the
 * object of a preposition ("exploited by a gang member"), or when the
 * subject they are predicated of is an adult ("Deano, 24, is a dealer").
 * Actions are skipped when their subject is a professional or an adult
 * ("the police refused to engage").
 */
export function isAboutOther(context: Context, match: Match, target: Target, adults = false): boolean {
  if (target === 'term') return false
  const {tokens} = context
  if (target !== 'relationship' && aboutAdultInField(context, match)) return true
  if (target === 'relationship') {
    // "her mother's boyfriend", "the gangmaster's girlfriend": someone else's partner.
    const possessor = tokens[match.first - 1]
    if (
      possessor &&
      possessor.norm.endsWith("'s") &&
      ((!/^\p{Lu}/u.test(possessor.value) && !lexicon.agedPersonNouns.has(possessor.norm)) ||
        // "Mum's boyfriend", "Dad's girlfriend (32)" opening a sentence: a
        // capital, but a relative or an adult, not a name.
        isOtherPersonNoun(possessor.norm.slice(0, -2)))
    ) {
      return true
    }
    // "Mr Adebayo (52) has a girlfriend", "Anna, 22, lives with her
    // boyfriend": the subject's partner, not the child's; but "the man who
    // became her boyfriend" names the partner himself.
    let verb = match.first - 1
    while (verb >= 0 && lexicon.nounPhraseFillers.has(tokens[verb]?.norm ?? '')) verb--
    if (!lexicon.copulas.has(tokens[verb]?.norm ?? '')) {
      if (
        decideByHead(
          context,
          match.first,
          false,
          (subject) => subject !== undefined && isOther(context, subject),
        )
      )
        return true
    }
    if (possessorIsAdult(context, match)) return true
    // "Grace is 20 and lives with her partner": a narrative about an adult,
    // whose partner is an adult's partner (not a child's).
    // The adult age must be stated of someone other than the partner
    // ("boyfriend aged 31", "her boyfriend …; he is 26" are the partner's).
    if (aboutAnAdult(context, (person) => !mayBePartner(context, match, person))) return true
    // "a girlfriend in her year group", "her boyfriend, who is also 15": a peer.
    if (context.startsAfter(sharedCues().peer, match.last, 6)) return true
    // "her boyfriend (15)", "her boyfriend Josh (15)", "a boy of 14": a peer,
    // not an adult; an adult or unknown age flags.
    const age = ageBefore(tokens, match.first) ?? partnerAge(context, match.last)
    return age !== undefined && age < 18
  }
  if (target === 'label') {
    // "was mature", "known to officers as a dealer": the copula or "as" is
    // part of the match; its subject decides.
    if (lexicon.copulas.has(tokens[match.first]?.norm ?? '')) {
      // "logged Amir as an offender", "describe her as": the object before "as".
      const object = tokens[match.first - 1]
      if (
        tokens[match.first]?.norm === 'as' &&
        object &&
        (lexicon.referentPronouns.has(object.norm) ||
          /^\p{Lu}/u.test(object.value) ||
          /^\d+$/.test(object.norm))
      ) {
        return /^\d+$/.test(object.norm)
          ? Number(object.norm) >= 18 && Number(object.norm) < 120
          : isOther(context, match.first - 1)
      }
      const verdict = decideByHead(context, match.first, false, (subject) =>
        subject === undefined ? undefined : isOther(context, subject),
      )
      if (verdict !== undefined) return verdict
    }
    const before = ageBefore(tokens, match.first)
    if (before !== undefined) return before >= 18
    const after = ageAfter(tokens, match.last) ?? appositionAge(context, match.last)
    if (after !== undefined) return after >= 18
    // "The OCG's runners are mostly adults in their twenties."
    if (context.startsAfter(sharedCues().adultPredicate, match.last, 2)) return true
    // "Jordan Lewis, 27, a convicted drug dealer": a label in apposition to
    // a person given an adult age just before it.
    if ((appositiveAge(context, match.first) ?? 0) >= 18) return true
    // "two adult males, both known drug dealers": in apposition to adults.
    if (appositiveToOther(context, match.first)) return true
    // Walk left over the noun phrase's own words.
    let i = match.first - 1
    // Plain nouns of a compound the phrase did not match ("a drug runner",
    // "a county lines runner"): up to two, then the words before decide.
    let compound = 0
    while (i >= 0 && context.sameSentence(i, match.first)) {
      const token = tokens[i]
      const next = tokens[i + 1]
      if (!token || !next || next.gap > Gap.hyphen) break
      if (lexicon.adultModifiers.has(token.norm)) return true
      if (lexicon.personPrepositions.has(token.norm)) return true
      if (token.norm === 'as') {
        // "describe her as streetwise": the label is about the object;
        // "describe the adult, Jermaine (29), as": an age before "as".
        const object = tokens[i - 1]
        const age =
          object && /^\d+$/.test(object.norm) && /[(,]/.test(object.gapChars)
            ? Number(object.norm)
            : undefined
        if (age !== undefined && age < 120) return age >= 18
        if (object && (lexicon.referentPronouns.has(object.norm) || /^\p{Lu}/u.test(object.value))) {
          return isOther(context, i - 1)
        }
        // "Mum (38) is described by neighbours as promiscuous", "he is seen as":
        // a passive's subject, before its copula, is who the label is about.
        const copula = passiveCopulaBefore(context, i)
        if (copula !== -1) {
          return decideByHead(
            context,
            copula,
            false,
            (subject) => subject !== undefined && isOther(context, subject),
          )
        }
      }
      if (lexicon.copulas.has(token.norm)) {
        return decideByHead(
          context,
          i,
          false,
          (subject) =>
            subject !== undefined &&
            // "At 20, she was streetwise": a pronoun in a narrative about an adult.
            ((lexicon.subjectPronouns.has(tokens[subject]?.norm ?? '') && aboutAnAdult(context)) ||
              isOther(context, subject)),
        )
      }
      if (token.norm === 'and' || token.norm === 'or') {
        // "is a known gang member and a drug dealer": find the copula.
        for (let k = i - 1; k >= Math.max(0, i - 8) && context.sameClause(k, i); k--) {
          if (lexicon.copulas.has(tokens[k]?.norm ?? '') && tokens[k]?.norm !== 'as') {
            return decideByHead(
              context,
              k,
              false,
              (subject) => subject !== undefined && isOther(context, subject),
            )
          }
        }
        break
      }
      if (!lexicon.nounPhraseFillers.has(token.norm) && !lexicon.degreeWords.has(token.norm)) {
        // Only inside a noun phrase: a determiner or filler opens it ("a
        // drug runner"), so a verb ("to stop dealing") is not taken.
        const opened = (k: number): boolean => lexicon.nounPhraseFillers.has(tokens[k]?.norm ?? '')
        const inPhrase =
          isCompoundNoun(context, match.first) &&
          isCompoundNoun(context, i) &&
          (opened(i - 1) || (compound === 0 && isCompoundNoun(context, i - 1) && opened(i - 2)))
        if (compound >= 2 || !inPhrase) break
        compound++
      }
      i--
    }
    // "Age: 29 / Presentation: streetwise": a label with no subject of its
    // own in a narrative whose person was an adult at the time.
    return i < 0 || !context.sameSentence(i, match.first) || (tokens[i + 1]?.gap ?? 0) >= Gap.clause
      ? aboutAnAdult(context)
      : false
  }
  // What someone did or said: an adult victim's account or actions are
  // framed the same way as a child's, so an adult age alone does not skip.
  return decideByHead(
    context,
    match.first,
    false,
    (subject) => subject !== undefined && isOther(context, subject, adults),
  )
}

/**
 * "Paul Ferris (52) has been arrested; his partner …": the possessive
 * pronoun's nearest person before it in the sentence, as a subject rather
 * than after a verb or preposition, is a named adult, so the partner is the
 * adult's. A child, a pronoun or a name without an adult age comes first: the child's.
 */
function possessorIsAdult(context: Context, match: Match): boolean {
  const {tokens} = context
  const pronouns = /^(his|her|their)$/
  const at = pronouns.test(tokens[match.first]?.norm ?? '')
    ? match.first
    : pronouns.test(tokens[match.first - 1]?.norm ?? '')
      ? match.first - 1
      : -1
  if (at === -1) return false
  for (let i = at - 1; i >= Math.max(0, at - 20) && context.sameSentence(i, at); i--) {
    const token = tokens[i]
    if (!token) break
    if (lexicon.childNouns.has(token.norm) || lexicon.referentPronouns.has(token.norm)) return false
    if (!isLikelyName(token) || token.lineStart || isGovernedPerson(context, i)) continue
    const age = ageAfter(tokens, i)
    if (age !== undefined) return age >= 18
    return context.adultNames().has(token.value)
  }
  return false
}

/** Age given for the partner named at `last`: right after it, after a name, or "a boy of 14". */
export function partnerAge(context: Context, last: number): number | undefined {
  const {tokens} = context
  const direct = ageAfter(tokens, last)
  if (direct !== undefined) return direct
  // "her girlfriend, a 15-year-old from the estate", "his boyfriend (a 16yo)":
  // an age noun in apposition right after.
  const article = tokens[last + 1]
  if (article && /^(a|an)$/.test(article.norm) && /[,(\u2013\u2014-]/.test(article.gapChars)) {
    for (let k = last + 2; k <= last + 6 && context.sameSentence(last, k); k++) {
      const short = shortAge(tokens, k)
      if (short !== undefined) return short
      if (tokens[k]?.norm === 'old' && /^(years?|yrs?|yr)$/.test(tokens[k - 1]?.norm ?? '')) {
        const value = Number(tokens[k - 2]?.norm)
        if (/^\d{1,2}$/.test(tokens[k - 2]?.norm ?? '')) return value
      }
      if ((tokens[k]?.gap ?? 0) >= Gap.soft) break
    }
  }
  // "his partner, who is 49": the age in a relative clause right after.
  const who = tokens[last + 1]
  if (who?.norm === 'who' && /,/.test(who.gapChars) && /^(is|was|'s)$/.test(tokens[last + 2]?.norm ?? '')) {
    const age = tokens[last + 3]?.norm ?? ''
    if (/^\d{1,2}$/.test(age)) return Number(age)
  }
  // "Boyfriend: Josh (16) – same school": a field's value names the partner.
  const field =
    /[:\u2013\u2014]/.test(tokens[last + 1]?.gapChars ?? '') && context.sameSentence(last, last + 1)
  for (let i = last + 1; i <= last + 5 && context.sameClause(field ? last + 1 : last, i); i++) {
    const token = tokens[i]
    if (!token) break
    if (/^\p{Lu}/u.test(token.value) || lexicon.adultPersonNouns.has(token.norm)) {
      const named = ageAfter(tokens, i)
      if (named !== undefined) return named
    }
    if (token.norm === 'of' && /^\d{1,2}$/.test(tokens[i + 1]?.norm ?? '')) return Number(tokens[i + 1]?.norm)
  }
  return undefined
}

/**
 * A form line about an adult: the field names the adult's role
 * ("Perpetrator: …", "Suspect 1: …", "Exploiter details: …"), or the line
 * names a person with an adult age before the match ("Jermaine, 29, gang
 * member, tattoos on neck").
 */
function aboutAdultInField(context: Context, match: Match): boolean {
  const {tokens} = context
  let start = match.first
  while (start > 0 && !tokens[start]?.lineStart && match.first - start < 16) start--
  if (!tokens[start]?.lineStart) return false
  // The field label: up to four words before the first colon or dash of the line.
  for (let i = start; i <= Math.min(match.first, start + 4); i++) {
    const next = tokens[i + 1]
    // A role in brackets qualifies the field ("NRM narrative (adult): …" is the adult victim's account).
    if (lexicon.adultRoles.has(tokens[i]?.norm ?? '') && !(tokens[i]?.gapChars ?? '').includes('(')) {
      // The field's value runs to the match: no clause or sentence break after the label's colon.
      // A dash or semicolon inside the value ("Perpetrator: Jason Kerr, 33 –
      // runs the line, drug dealer") goes on describing the adult, unless a
      // new field starts or the child comes in ("– YP is his runner").
      let colon = -1
      for (let k = i + 1; k <= match.first; k++) {
        const token = tokens[k]
        if (colon === -1 && /[:\u2013\u2014|]/.test(token?.gapChars ?? '')) colon = k
        else if (colon !== -1 && (token?.gap ?? 0) >= Gap.clause) {
          if ((token?.gap ?? 0) >= Gap.sentence || /[:|]/.test(token?.gapChars ?? '')) return false
        }
        if (colon !== -1 && k > colon && token && namesTheChild(context, k)) return false
      }
      // "Contact w/ exploiters: YP keeps going back": a value whose own
      // subject is the child is about the child.
      if (colon !== -1 && !opensWithChild(context, colon)) return true
    }
    if (!next || /[:\u2013\u2014|]/.test(next.gapChars)) break
  }
  // A list of descriptors after a person named with an age ("Jermaine, 29,
  // gang member, tattoos on neck"): the person opens the line or the field's
  // value, and no verb stands between the person and the match ("… with
  // Wayne Thomas, 35, despite …" and "back from Billy Grant's (58), full of
  // cheek" are not such lists).
  // A colon or dash may stand between ("Mum (34): young mum, resilient",
  // "Presentation: young man (age 20), confident, streetwise") while no
  // word names the child and no new name opens a part.
  for (let i = match.first - 1; i >= start; i--) {
    const token = tokens[i]
    if (!token) break
    if (lexicon.copulas.has(token.norm) || isVerbLike(token.norm) || token.gap >= Gap.sentence) return false
    if (namesTheChild(context, i)) return false
    const age = ageAfter(tokens, i)
    if (age !== undefined && (/^\p{Lu}/u.test(token.value) || isAdultPersonWord(token.norm)))
      return age >= 18 && opensLine(context, i, start)
    if (token.gap >= Gap.clause && isLikelyName(token)) return false
  }
  return false
}

/** A noun for an adult or a relative that a form line may open with ("young man (age 20)", "mum (34)"). */
function isAdultPersonWord(norm: string): boolean {
  return lexicon.adultNouns.has(norm) || lexicon.familyNouns.has(norm)
}

/** Whether the name at `at` (with a first name before it) opens the line at `start` or a field's value. */
function opensLine(context: Context, at: number, start: number): boolean {
  const {tokens} = context
  let first = at
  // A first name, not a capitalised opening word ("Although Daniela (24) …").
  const before = tokens[first - 1]
  if (first > start && tokens[first]?.gap === Gap.space && before && isLikelyName(before)) first--
  // "young man (age 20)", "an adult male, 34": the noun's own words before it.
  while (
    first > start &&
    tokens[first]?.gap === Gap.space &&
    /^(a|an|the|young|adult|older)$/.test(tokens[first - 1]?.norm ?? '')
  )
    first--
  return first === start || /[:\u2013\u2014|]/.test(tokens[first]?.gapChars ?? '')
}

/** Whether the field value after the label's colon at `colon` opens with the child ("YP", "the girl", "Kai (15)"). */
function opensWithChild(context: Context, colon: number): boolean {
  const {tokens} = context
  let k = colon
  while (lexicon.determiners.has(tokens[k]?.norm ?? '') && k < colon + 2) k++
  const token = tokens[k]
  if (!token) return false
  if (lexicon.childNouns.has(token.norm)) return true
  const age = ageAfter(tokens, k)
  return age !== undefined && age < 18
}

/** Participles by which a label is given to someone: "is described as", "was seen by staff as". */
const labellingParticiples =
  /^(described|seen|viewed|regarded|considered|perceived|labell?ed|known|portrayed|presented|referred|thought|recorded|identified|characteri[sz]ed|painted|branded|deemed)$/

/**
 * The copula of a passive that gives a label, for the "as" at `as`: "is
 * described by neighbours as", "has been seen as", "was referred to as";
 * -1 when there is none.
 */
function passiveCopulaBefore(context: Context, as: number): number {
  const {tokens} = context
  // Back over "to" / "of" ("referred to as") or an agent ("by neighbours", "by the school").
  let k = as - 1
  if (/^(to|of)$/.test(tokens[k]?.norm ?? '')) k--
  else {
    for (let j = k; j >= Math.max(0, as - 5) && context.sameClause(j, as); j--) {
      if (tokens[j]?.norm === 'by') {
        k = j - 1
        break
      }
    }
  }
  if (!labellingParticiples.test(tokens[k]?.norm ?? '')) return -1
  // Over adverbs ("often", "widely") and "been" to the copula.
  for (let j = k - 1; j >= Math.max(0, k - 3) && context.sameClause(j, k); j--) {
    const norm = tokens[j]?.norm ?? ''
    if (lexicon.copulas.has(norm) && norm !== 'as') return j
    if (!/ly$/.test(norm) && !/^(been|also|often|always|now|still|previously)$/.test(norm)) return -1
  }
  return -1
}

/**
 * The age an apposition right after a label gives: "the suspect, a
 * 38-year-old man from Rochdale", "the dealer, a man of 40".
 */
function appositionAge(context: Context, last: number): number | undefined {
  const {tokens} = context
  let k = last + 1
  if (!/,/.test(tokens[k]?.gapChars ?? '') || !context.sameSentence(last, k)) return undefined
  if (/^(a|an)$/.test(tokens[k]?.norm ?? '')) k++
  return ageNounAt(tokens, k)
}

/**
 * Whether a label stands in apposition to another person: "two adult males,
 * both known drug dealers", "Mr Kaur, a convicted dealer" (the comma, then
 * only the label's own noun-phrase words before the match).
 */
function appositiveToOther(context: Context, first: number): boolean {
  const {tokens} = context
  let k = first - 1
  while (
    k >= 0 &&
    first - k <= 4 &&
    (tokens[k + 1]?.gap ?? 0) <= Gap.hyphen &&
    (lexicon.nounPhraseFillers.has(tokens[k]?.norm ?? '') || /^(both|all|each)$/.test(tokens[k]?.norm ?? ''))
  )
    k--
  if (k < 0 || k === first - 1 || !context.sameSentence(k, first)) return false
  if (!/^\s*,\s*$/.test(tokens[k + 1]?.gapChars ?? '')) return false
  const noun = tokens[k]
  return noun !== undefined && !lexicon.childNouns.has(noun.norm) && isOther(context, k)
}

/**
 * The age of the person a label stands in apposition to: "Jordan Lewis, 27,
 * a convicted drug dealer" (a determiner after the comma, with up to three
 * words of the label's own noun phrase between it and the match).
 */
function appositiveAge(context: Context, first: number): number | undefined {
  const {tokens} = context
  for (let k = first - 1; k >= 0 && first - k <= 4 && context.sameSentence(k, first); k--) {
    const token = tokens[k]
    if (!token) return undefined
    if (/^(a|an|the)$/.test(token.norm)) {
      const age = tokens[k - 1]
      if (!age || !/,/.test(token.gapChars) || !/^\d{1,2}$/.test(age.norm)) return undefined
      return ageAfter(tokens, k - 2) === Number(age.norm) ? Number(age.norm) : undefined
    }
    // The label's own words: no punctuation inside them.
    if ((tokens[k + 1]?.gap ?? 0) > Gap.hyphen) return undefined
  }
  return undefined
}

/**
 * Whether the narrative is about someone who was an adult at the time: its
 * main person's age is 18 or more, stated of a person `ofPerson` accepts
 * (the word before the age verb), and no word names a child ("YP", "the
 * girl", "a minor").
 */
function aboutAnAdult(context: Context, ofPerson?: (person: number) => boolean): boolean {
  if (ofPerson) return readAboutAnAdult(context, ofPerson)
  let about = aboutAdult.get(context)
  if (about === undefined) {
    about = readAboutAnAdult(context, () => true)
    aboutAdult.set(context, about)
  }
  return about
}

/** `aboutAnAdult` per file: it reads the whole text, and a subject guard may ask for each word of a sentence. */
const aboutAdult = new WeakMap<Context, boolean>()

function readAboutAnAdult(context: Context, ofPerson: (person: number) => boolean): boolean {
  const age = context.primaryAge()
  if (age === undefined || age < 18) return false
  // The age is stated of the person ("Age: 29", "At 20,", "was 19 at the
  // time"), not only given after another's name ("back from Billy Grant's (58)").
  if (!context.tokens.some((_, i) => statedAge(context.tokens, i) === age && ofPerson(i - 1))) return false
  return !context.tokens.some(
    (token) => lexicon.childNouns.has(token.norm) || lexicon.minorNouns.has(token.norm),
  )
}

/**
 * Whether the word at `i` may be a noun of the label's own compound ("drug"
 * in "a drug runner", "lines" in "a county lines runner"): a plain
 * lower-case word that is no verb form, copula, preposition, negator or
 * clause word.
 */
function isCompoundNoun(context: Context, i: number): boolean {
  const norm = context.tokens[i]?.norm ?? ''
  return (
    /^[a-z]+$/.test(norm) &&
    !isVerbLike(norm) &&
    !/ly$/.test(norm) &&
    !lexicon.copulas.has(norm) &&
    !lexicon.prepositions.has(norm) &&
    !lexicon.negators.has(norm) &&
    !lexicon.scopeBreakers.has(norm) &&
    !lexicon.anySubjectPronouns.has(norm) &&
    !lexicon.anyObjectPronouns.has(norm) &&
    !lexicon.modals.has(norm) &&
    !lexicon.perfectAuxiliaries.has(norm) &&
    !lexicon.relativePronouns.has(norm) &&
    norm !== 'and' &&
    norm !== 'or' &&
    norm !== 'as'
  )
}

/**
 * A noun for someone other than the child, as a possessor ("Mum's",
 * "the suspect's"): a relative, a carer, an adult by role or sex, a
 * professional or another person of the narrative.
 */
function isOtherPersonNoun(norm: string): boolean {
  return (
    lexicon.familyNouns.has(norm) ||
    lexicon.adultNouns.has(norm) ||
    lexicon.professionalNouns.has(norm) ||
    lexicon.otherPeople.has(norm) ||
    lexicon.relationNouns.has(norm)
  )
}

/** Whether the word at `k` names the child: a child noun, a pronoun, or a name or noun with an age under 18. */
function namesTheChild(context: Context, k: number): boolean {
  const {tokens} = context
  const norm = tokens[k]?.norm ?? ''
  if (
    lexicon.childNouns.has(norm) ||
    lexicon.referentPronouns.has(norm) ||
    lexicon.possessivePronouns.has(norm)
  )
    return true
  const age = ageAfter(tokens, k)
  return age !== undefined && age < 18
}

/**
 * Whether the person at `person` may be the partner the match names: a
 * relation noun, or a pronoun that can point to it ("he" for a boyfriend,
 * "she" for a girlfriend, either for a partner).
 */
function mayBePartner(context: Context, match: Match, person: number): boolean {
  const norm = context.tokens[person]?.norm ?? ''
  if (lexicon.relationNouns.has(norm)) return true
  if (!lexicon.subjectPronouns.has(norm)) return false
  const words = context.tokens.slice(match.first, match.last + 1).map((token) => token.norm)
  if (words.some((word) => lexicon.malePartnerNouns.has(word))) return norm !== 'she'
  if (words.some((word) => lexicon.femalePartnerNouns.has(word))) return norm !== 'he'
  return true
}
