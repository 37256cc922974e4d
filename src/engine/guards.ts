/**
 * The shared guards. A rule switches them on or off by name (`RuleSpec.guards`)
 * and never reimplements them. Each guard answers one question about one
 * match; see README.md in this folder for the cases each one covers.
 */
import type {Target} from '../types.js'
import {ageAfter, ageBefore, childNouns} from './age.js'
import type {Context, PhraseSet} from './context.js'
import {scanLimit, sharedCues} from './context.js'
import * as lexicon from './lexicon.js'
import {subjectHead} from './subject.js'
import {Gap} from './tokens.js'
import type {Match} from './phrase-index.js'

const quotedPronouns = new Set(['i', 'we', 'me', 'us'])
const subjectPronouns = new Set(['she', 'he', 'they', 'i', 'we'])
const relativePronouns = new Set(['who', 'that', 'which'])
const causalWords = new Set(['as', 'because', 'since', 'therefore', 'despite', 'although'])
const determiners = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'her',
  'his',
  'their',
  'its',
  'my',
  'our',
  'your',
])
const passiveAuxiliaries = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'got', 'gets'])
const notNames = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'there',
  'here',
  'on',
  'in',
  'at',
  'after',
  'before',
  'when',
  'while',
  'since',
  'during',
  'yesterday',
  'today',
  'later',
  'then',
  'however',
  'also',
  'she',
  'he',
  'they',
  'her',
  'his',
  'their',
  'i',
  'we',
  'our',
  'my',
  'staff',
  'police',
  'officers',
])

/** A capitalised word that is probably a name ("Kyle"), not a sentence's first common word. */
function isLikelyName(token: Context['tokens'][number]): boolean {
  return (
    /^\p{Lu}[\p{L}'’-]*$/u.test(token.value) &&
    !notNames.has(token.norm) &&
    !lexicon.professionalNouns.has(token.norm)
  )
}
const appositiveWords = new Set(['aged', 'age', 'and', 'both', 'years', 'year', 'old', 'now', 'also'])
const objectPronouns = new Set(['her', 'him', 'them', 'me', 'us'])
const referentPronouns = new Set(['she', 'he', 'they', 'her', 'him', 'them'])
const quoteChars = /^["'\u2018\u2019\u201C\u201D\u00AB\u00BB\u201E\u2039\u203A\s]*$/

/** How far back a negator may stand from the match, in words. */
const negationWindow = 6
/** How far back an unquoted mention cue may stand, in words. */
const mentionWindow = 6
/** How far back any mention cue is looked for when the match is quoted. */
const quotedMentionWindow = 14

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
    if (after.gap >= Gap.soft && !quoteChars.test(after.gapChars)) break
    if (lexicon.scopeBreakers.has(token.norm) || causalWords.has(token.norm)) break
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
 * Mention in guidance text: "avoid words such as 'streetwise'", "rather than
 * 'went willingly'", "'Prostitute' is a victim-blaming term".
 */
export function isMention(context: Context, match: Match): boolean {
  const {tokens} = context
  if (context.inGuidance(match.first, match.last) || isGeneric(context, match)) return true
  const quoted = (tokens[match.first]?.quote ?? -1) !== -1
  const {mention, quotedMention, reportedFraming, mentionAfter} = sharedCues()
  // How others framed a victim: "were treated as complicit", "groomed into believing it was consensual".
  // "groomed into believing she and Tariq had a consensual relationship": the whole belief is induced.
  const belief = context.lastEndBefore(reportedFraming, match.first, quotedMentionWindow)
  if (belief !== -1 && /^(believ|think|thought|feel|felt)/.test(tokens[belief]?.norm ?? '')) return true
  const framing = context.lastEndBefore(reportedFraming, match.first, mentionWindow)
  if (
    framing !== -1 &&
    !breaksScope(context, framing, match.first) &&
    !isRecommended(context, framing) &&
    !isChildsOwnView(context, framing)
  )
    return true
  // "… should not appear in a referral", "… is victim-blaming language".
  const end = quoted ? (context.quotes[tokens[match.first]?.quote ?? -1]?.last ?? match.last) : match.last
  if (context.startsAfter(mentionAfter, Math.max(end, match.last), 3)) return true
  // "The review found officers had called victims …": a report of others' practice.
  if (reportsFindings(context, match.first)) return true
  if (quoted) {
    if (context.endsBefore(mention, match.first, quotedMentionWindow)) return true
    if (context.endsBefore(quotedMention, match.first, quotedMentionWindow)) return true
  } else {
    const cue = context.lastEndBefore(mention, match.first, mentionWindow)
    // "Instead of: drug runner": a colon may follow the cue.
    const colon = cue !== -1 && cue + 1 === match.first && /^:\s*$/.test(tokens[match.first]?.gapChars ?? '')
    if (cue !== -1 && (colon || !breaksScope(context, cue, match.first, true))) return true
    // "Old wording: consented to sex", "Term: …": a mention noun introduces it.
    if (/^:/.test(tokens[match.first]?.gapChars.trim() ?? '')) {
      for (
        let i = match.first - 1;
        i >= Math.max(0, match.first - 3) && context.sameSentence(i, match.first);
        i--
      ) {
        if (lexicon.mentionNouns.has(tokens[i]?.norm ?? '')) return true
      }
    }
  }
  if (!quoted) return false
  // Two or more quoted phrases in one sentence with no reporting verb: a
  // list of wording under discussion ("‘Lifestyle choice’, ‘poor choices’ …").
  const sentenceOf = tokens[match.first]?.sentence
  const spans = context.quotesNear(match.first).filter((span) => tokens[span.first]?.sentence === sentenceOf)
  if (spans.length >= 2 && context.lastEndBefore(sharedCues().reporting, match.first, 40) === -1) return true
  // A quoted match in a sentence that talks about words.
  const sentence = tokens[match.first]?.sentence
  for (const direction of [-1, 1]) {
    const from = direction < 0 ? match.first - 1 : match.last + 1
    for (let i = from; tokens[i]?.sentence === sentence && Math.abs(i - from) < scanLimit; i += direction) {
      const token = tokens[i]
      if (token && token.quote === -1 && lexicon.mentionNouns.has(token.norm)) return true
    }
  }
  return false
}

/**
 * "Kyle treats the line as his own business": the child's own view, not
 * others' framing of the child. The subject before the framing verb is a
 * pronoun or a name that is not an adult's.
 */
function isChildsOwnView(context: Context, cueEnd: number): boolean {
  const {tokens} = context
  for (let i = cueEnd; i >= Math.max(1, cueEnd - 4); i--) {
    if (!framingVerbs.test(tokens[i]?.norm ?? '')) continue
    const subject = tokens[i - 1]
    if (!subject || !context.sameClause(i - 1, i)) return false
    if (subjectPronouns.has(subject.norm)) return true
    return isLikelyName(subject) && !isOther(context, i - 1)
  }
  return false
}

const framingVerbs = /^(treat|dismiss|writ|wrote|portray|characteri|groom|made|make|led|lead|manipulat)/

/** "should be treated as an adult": the writer's own recommendation, not a report. */
function isRecommended(context: Context, cueEnd: number): boolean {
  for (let i = cueEnd - 1; i >= Math.max(0, cueEnd - 4); i--) {
    if (modals.has(context.tokens[i]?.norm ?? '')) return true
  }
  return false
}

const modals = new Set(['should', 'must', 'need', 'needs', 'ought', 'could', 'can', 'will', 'would', 'shall'])

/**
 * Whether the sentence holding token `index` opens by reporting what a
 * review, inspection or audit found ("The review found that officers had
 * called victims …", "HMICFRS noted …"): the words are others', reported.
 */
function reportsFindings(context: Context, index: number): boolean {
  const {tokens} = context
  let first = index
  while (first > 0 && index - first < scanLimit && context.sameSentence(first - 1, index)) first--
  for (let i = first; i < Math.min(index, first + 6); i++) {
    if (!lexicon.reportingBodies.has(tokens[i]?.norm ?? '')) continue
    for (let k = i + 1; k <= Math.min(index - 1, i + 3); k++) {
      if (lexicon.findingVerbs.has(tokens[k]?.norm ?? '')) return true
    }
  }
  return false
}

/**
 * A generic statement, as guidance makes about children in general: "a
 * child may be sexually exploited even if …", "children who are exploited
 * …", "young people who go missing …". The nearest subject before the
 * match in its clause is a bare plural ("children") or an indefinite
 * singular ("a child", "any young person", "someone"), with no name or
 * pronoun closer to the match.
 */
function isGeneric(context: Context, match: Match): boolean {
  if (opensGeneric(context, match.first)) return true
  const {tokens} = context
  for (
    let i = match.first - 1;
    i >= Math.max(0, match.first - 8) && context.sameClause(i, match.first);
    i--
  ) {
    const token = tokens[i]
    if (!token) break
    if (subjectPronouns.has(token.norm) || referentPronouns.has(token.norm)) return false
    if (lexicon.scopeBreakers.has(token.norm) && !relativePronouns.has(token.norm)) return false
    if (!lexicon.genericPeople.has(token.norm) && isLikelyName(token)) return false
    if (lexicon.genericPeople.has(token.norm)) {
      const before = tokens[i - 1]
      const quantified =
        before !== undefined && context.sameClause(i - 1, i) && lexicon.genericQuantifiers.has(before.norm)
      const plural = token.norm.endsWith('s') || token.norm === 'people' || token.norm === 'children'
      const determined =
        before !== undefined && context.sameClause(i - 1, i) && lexicon.nounPhraseFillers.has(before.norm)
      const indefinite = token.norm === 'someone' || token.norm === 'anyone' || token.norm === 'anybody'
      if (!quantified && !(plural && !determined) && !indefinite) return false
      // Guidance speaks of what may happen, or of children who …: "a child
      // may be exploited", "children who go missing". "Officers think
      // children fabricate" is a claim about this case and still flags.
      for (let k = i + 1; k < match.first; k++) {
        const norm = tokens[k]?.norm ?? ''
        if (lexicon.genericHedges.has(norm) || (k === i + 1 && relativePronouns.has(norm))) return true
      }
      return false
    }
  }
  return false
}

/**
 * A sentence about people in general from its first words, as definitions
 * and guidance are written: "Victims may not be aware …, and may have
 * consented", "It occurs where anyone under the age of 18 is persuaded …".
 * Its subject is a bare plural or an indefinite person, no name or pronoun
 * of a particular child stands before the match, and a hedge ("may",
 * "can", "often") or an age limit ("under 18") makes it general.
 */
function opensGeneric(context: Context, index: number): boolean {
  const {tokens} = context
  let first = index
  while (first > 0 && index - first < scanLimit && context.sameSentence(first - 1, index)) first--
  let subject = -1
  for (let i = first; i < Math.min(index, first + 6); i++) {
    const norm = tokens[i]?.norm ?? ''
    if (!lexicon.genericPeople.has(norm)) continue
    const before = tokens[i - 1]
    const plural = norm.endsWith('s') || norm === 'people' || norm === 'children'
    const determined = i > first && lexicon.nounPhraseFillers.has(before?.norm ?? '')
    const quantified = i > first && lexicon.genericQuantifiers.has(before?.norm ?? '')
    const indefinite = norm === 'someone' || norm === 'anyone' || norm === 'anybody'
    if ((plural && !determined) || quantified || indefinite) subject = i
    break
  }
  if (subject === -1) return false
  let general = false
  for (let i = subject + 1; i < index; i++) {
    const token = tokens[i]
    if (!token) return false
    if (isLikelyName(token) && !lexicon.genericPeople.has(token.norm)) return false
    if (lexicon.genericHedges.has(token.norm)) general = true
    if (token.norm === 'under' && /^(18|eighteen|the)$/.test(tokens[i + 1]?.norm ?? '')) general = true
  }
  return general
}

/**
 * Whether a conjunction or clause break stands between tokens `from` and
 * `to`. In a list ("streetwise, mature or resilient") `and`/`or` after a
 * comma continue it when `lists` is set.
 */
function breaksScope(context: Context, from: number, to: number, lists = false): boolean {
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
 * Attributed speech: quoted words after a reporting verb ("they called her
 * a 'sket'"), or words the child is reported as saying about themselves
 * ("she describes it as her choice"). These are evidence; they get an info
 * nudge, not a flag.
 */
export function isAttributed(context: Context, match: Match, target: Target): boolean {
  const {tokens} = context
  const {reporting, naming} = sharedCues()
  const quote = tokens[match.first]?.quote ?? -1
  const span = context.quotes[quote]
  if (span && match.last <= span.last) {
    const labelled = labelledSpeaker(context, span.first)
    if (labelled !== undefined) return labelled !== 'professional'
    const before = context.lastEndBefore(reporting, span.first, 40)
    if (before !== -1) return speakerOf(context, before) !== 'professional'
    for (let i = span.last + 1; i <= span.last + 3; i++) {
      if (!context.sameSentence(span.last, i)) break
      if (context.endsBefore(reporting, i + 1, 1)) return speakerOf(context, i) !== 'professional'
    }
    return false
  }
  // Unquoted. A naming verb gives the word to its speaker ("his father
  // called the man a paedo"); other reporting verbs give only the content,
  // so the words are the writer's unless the child is speaking about
  // themselves ("she describes it as her choice", "Kyle said he likes the
  // money"). "Staff say she is streetwise" is the professionals' framing and
  // a term the writer chose ("she disclosed historical abuse") is theirs.
  const named = context.lastEndBefore(naming, match.first, 6)
  if (
    named !== -1 &&
    !determiners.has(tokens[named - 1]?.norm ?? '') &&
    !breaksScope(context, named, match.first)
  ) {
    const speaker = speakerOf(context, named)
    if (speaker === 'child' || speaker === 'other') return true
  }
  if (target === 'term') return false
  const cueEnd = context.lastEndBefore(reporting, match.first, 10)
  if (cueEnd === -1 || determiners.has(tokens[cueEnd - 1]?.norm ?? '')) return false
  // The child's or another person's account ("his mother says he is a gang
  // member"): evidence, recorded as said. A professional's is the writer's side.
  const speaker = speakerOf(context, cueEnd)
  return speaker === 'child' || speaker === 'other'
}

/** "Mum: 'she's a liar'": a quotation after a speaker label at the start of a line. */
function labelledSpeaker(context: Context, first: number): 'professional' | 'child' | 'other' | undefined {
  const {tokens} = context
  const opening = tokens[first]
  if (!opening || !/:/.test(opening.gapChars)) return undefined
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    const token = tokens[i]
    if (!token) break
    if (i < first - 1 && tokens[i + 1]?.lineStart) break
    if (token.lineStart || i === 0 || (tokens[i]?.gap ?? 0) >= Gap.sentence) {
      if (isProfessional(tokens, i) || carers.has(token.norm)) return 'professional'
      if (lexicon.childSpeakers.has(token.norm) || token.norm === 'yp') return 'child'
      return 'other'
    }
  }
  return undefined
}

/**
 * Who speaks the reporting verb at `cue`: the nearest person before it in
 * its clause ("the log quotes his mother as saying": the mother).
 * `professional` (staff, police, a report), `child` (a pronoun, the child's
 * name, "the child"), `other` (family, adults, named adults), or undefined.
 */
function speakerOf(context: Context, cue: number): 'professional' | 'child' | 'other' | undefined {
  const {tokens} = context
  // "She was described as …": passive, the describer is not named.
  const before = tokens[cue - 1]?.norm ?? ''
  const skipped =
    lexicon.negators.has(before) || lexicon.hedges.has(before) ? (tokens[cue - 2]?.norm ?? '') : before
  if (passiveAuxiliaries.has(skipped)) return undefined
  for (let i = cue - 1; i >= Math.max(0, cue - scanLimit) && context.sameClause(i, cue); i--) {
    const token = tokens[i]
    if (!token) break
    if (token.quote !== -1) continue
    if (isProfessional(tokens, i) || carers.has(token.norm)) return 'professional'
    if (lexicon.familyNouns.has(token.norm) || lexicon.otherPeople.has(token.norm) || isAdultNoun(tokens, i))
      return 'other'
    if (subjectPronouns.has(token.norm) || lexicon.childSpeakers.has(token.norm)) return 'child'
    if (isLikelyName(token)) {
      // The child's name, or a name with a child's age; any other name or
      // capitalised word ("Neighbours") is someone else.
      const age = ageAfter(tokens, i)
      if (age !== undefined) return age < 18 ? 'child' : 'other'
      const child = context.childName()
      if (child !== undefined) return child === token.value ? 'child' : 'other'
      // No child named with an age: a proper name is taken to be the child's,
      // a capitalised common noun ("Neighbours think …") is someone else.
      return isProperName(context, i) ? 'child' : 'other'
    }
  }
  return undefined
}

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
  if (target === 'relationship') {
    // "her mother's boyfriend", "the gangmaster's girlfriend": someone else's partner.
    const possessor = tokens[match.first - 1]
    if (
      possessor &&
      possessor.norm.endsWith("'s") &&
      !/^\p{Lu}/u.test(possessor.value) &&
      !childNouns.has(possessor.norm)
    ) {
      return true
    }
    // "Mr Adebayo (52) has a girlfriend", "Anna, 22, lives with her
    // boyfriend": the subject's partner, not the child's; but "the man who
    // became her boyfriend" names the partner himself.
    let verb = match.first - 1
    while (verb >= 0 && lexicon.nounPhraseFillers.has(tokens[verb]?.norm ?? '')) verb--
    if (!lexicon.copulas.has(tokens[verb]?.norm ?? '')) {
      const subject = headOf(context, match.first, false)
      if (subject !== undefined && isOther(context, subject)) return true
    }
    // "a girlfriend in her year group", "her boyfriend, who is also 15": a peer.
    if (context.startsAfter(sharedCues().peer, match.last, 6)) return true
    // "her boyfriend (15)", "her boyfriend Josh (15)", "a boy of 14": a peer,
    // not an adult; an adult or unknown age flags.
    const age = ageBefore(tokens, match.first) ?? partnerAge(context, match.last)
    return age !== undefined && age < 18
  }
  if (target === 'label') {
    // "was mature": the copula is part of the match; its subject decides.
    if (lexicon.copulas.has(tokens[match.first]?.norm ?? '') && tokens[match.first]?.norm !== 'as') {
      const subject = headOf(context, match.first, false)
      if (subject !== undefined) return isOther(context, subject)
    }
    const before = ageBefore(tokens, match.first)
    if (before !== undefined) return before >= 18
    const after = ageAfter(tokens, match.last)
    if (after !== undefined) return after >= 18
    // Walk left over the noun phrase's own words.
    let i = match.first - 1
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
        if (object && (referentPronouns.has(object.norm) || /^\p{Lu}/u.test(object.value))) {
          return isOther(context, i - 1)
        }
      }
      if (lexicon.copulas.has(token.norm)) {
        const subject = headOf(context, i, false)
        return subject !== undefined && isOther(context, subject)
      }
      if (token.norm === 'and' || token.norm === 'or') {
        // "is a known gang member and a drug dealer": find the copula.
        for (let k = i - 1; k >= Math.max(0, i - 8) && context.sameClause(k, i); k--) {
          if (lexicon.copulas.has(tokens[k]?.norm ?? '') && tokens[k]?.norm !== 'as') {
            const subject = headOf(context, k, false)
            return subject !== undefined && isOther(context, subject)
          }
        }
        break
      }
      if (!lexicon.nounPhraseFillers.has(token.norm)) break
      i--
    }
    return false
  }
  // What someone did or said: an adult victim's account or actions are
  // framed the same way as a child's, so an adult age alone does not skip.
  const subject = headOf(context, match.first, false)
  return subject !== undefined && isOther(context, subject, adults)
}

/** Age given for the partner named at `last`: right after it, after a name, or "a boy of 14". */
function partnerAge(context: Context, last: number): number | undefined {
  const {tokens} = context
  const direct = ageAfter(tokens, last)
  if (direct !== undefined) return direct
  for (let i = last + 1; i <= last + 5 && context.sameClause(last, i); i++) {
    const token = tokens[i]
    if (!token) break
    if (/^\p{Lu}/u.test(token.value)) {
      const named = ageAfter(tokens, i)
      if (named !== undefined) return named
    }
    if (token.norm === 'of' && /^\d{1,2}$/.test(tokens[i + 1]?.norm ?? '')) return Number(tokens[i + 1]?.norm)
  }
  return undefined
}

/**
 * Age-aware rules: whether the person the match is about was 18 or over at
 * the time. An explicit age next to the phrase or its subject decides;
 * otherwise the narrative's main person's age; unknown counts as a child.
 */
export function isAdultAtTheTime(
  context: Context,
  match: Match,
  target: Target,
  adultPreset = false,
): boolean {
  const {tokens} = context
  let age: number | undefined
  if (target === 'label' || target === 'relationship') {
    age = ageBefore(tokens, match.first) ?? ageAfter(tokens, match.last)
  }
  if (age === undefined) {
    const head = headOf(context, match.first, target !== 'action')
    if (head !== undefined) age = ageAfter(tokens, head) ?? ageBefore(tokens, head)
  }
  age ??= context.primaryAge()
  // Unknown age: a child, unless the narrative is about an adult victim.
  return age === undefined ? adultPreset : age >= 18
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
function headOf(context: Context, index: number, needsVerb: boolean): number | undefined {
  if (!context.mayBeOther(index)) return undefined
  const quick = quickSubject(context, index, needsVerb)
  if (typeof quick !== 'object') return quick
  // Without compromise (a build that did not register it), take the person
  // tokens found as the subject.
  return taggedSubject(context, index, needsVerb) ?? quick.person
}

/**
 * Subject by tokens alone: a token index, undefined for none, or, when a
 * verb may govern the person found, that person as a guess for grammar to
 * confirm.
 */
function quickSubject(
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
  if (relativePronouns.has(tokens[i]?.norm ?? '') && i > 0 && context.sameClause(i - 1, index)) {
    const antecedent = relativeAntecedent(context, i)
    if (antecedent !== undefined) return antecedent
    // "a group that", "the network which": a capitalised or aged word.
    let j = i - 1
    while (j > 0 && (/^\d+$/.test(tokens[j]?.norm ?? '') || appositiveWords.has(tokens[j]?.norm ?? ''))) j--
    if (tokens[j]?.norm === 'old' || lexicon.adultNouns.has(tokens[j]?.norm ?? '')) return j
  }
  // "The man paid Mia to engage …", "told her to go": the one told or paid
  // is the main verb's object; who is responsible is its subject.
  if (!needsVerb && tokens[index - 1]?.norm === 'to') {
    const object = tokens[index - 2]
    if (object && (objectPronouns.has(object.norm) || isLikelyName(object))) i = index - 3
  }
  // "The men made Tyler carry …": a causative verb's object acts for its subject.
  if (!needsVerb) {
    const object = tokens[index - 1]
    const verb = tokens[index - 2]
    if (
      object &&
      verb &&
      causatives.has(verb.norm) &&
      (objectPronouns.has(object.norm) || isLikelyName(object))
    ) {
      i = index - 3
    }
  }
  for (; i >= 0 && context.sameClause(i, index); i--) {
    const token = tokens[i]
    if (!token) break
    if (subjectPronouns.has(token.norm)) return i
    // "Jade's claims": a possessor is not the subject.
    if (token.norm.endsWith("'s") && token.norm.length > 2) continue
    // "The men who collected Kai are …": the relative clause's antecedent is the subject.
    if (relativePronouns.has(token.norm) && i > 0) {
      const antecedent = relativeAntecedent(context, i)
      if (antecedent !== undefined) return antecedent
    }
    // "the younger, 15, is": an appositive age marks the subject before it,
    // unless a preposition or a verb governs that person ("driven to Hull by
    // Marcus, 30, and is …", "drove Ellie, 13, to …": objects).
    if (/^\d{1,2}$/.test(token.norm) && i > 0 && ageAfter(tokens, i - 1) === Number(token.norm)) {
      if (isGovernedPerson(context, i - 1)) {
        i--
        continue
      }
      return i - 1
    }
    // "the child", "children", "the girl": the child as subject.
    if (
      (lexicon.childSpeakers.has(token.norm) || token.norm === 'children') &&
      !lexicon.prepositions.has(tokens[i - 1]?.norm ?? '')
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
    const person = isPersonWord(tokens, i)
    if (!person) continue
    let j = i - 1
    while (j >= 0 && lexicon.nounPhraseFillers.has(tokens[j]?.norm ?? '') && context.sameClause(j, i)) j--
    const before = tokens[j]
    if (j < 0 || !context.sameClause(j, i) || (tokens[j + 1]?.gap ?? 0) >= Gap.soft) return i
    if (!before || lexicon.scopeBreakers.has(before.norm) || before.norm === 'that') return i
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
 * Whether the person at `at` (a name or person noun, with its determiners)
 * is the object of a preposition or a verb: "by Marcus", "drove Ellie",
 * "with the two men".
 */
function isGovernedPerson(context: Context, at: number): boolean {
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

/** Carers speak for the care system: their framing is the writer's side, like staff's. */
const carers = new Set(['carer', 'carers', 'foster', 'guardian', 'keyworker'])

/** A possessive word: her, his, their, or a word ending in 's ("her mother's partner"). */
function isOwner(token: Context['tokens'][number] | undefined): boolean {
  if (!token) return false
  return token.norm === 'her' || token.norm === 'his' || token.norm === 'their' || /.'s$/.test(token.norm)
}

/** Verbs whose object does what follows for them ("made Tyler carry"). */
const causatives = new Set([
  'made',
  'make',
  'makes',
  'making',
  'let',
  'lets',
  'forced',
  'forces',
  'had',
  'have',
  'has',
])

/**
 * The subject a relative pronoun at `at` refers back to: the person word or
 * name before it, over an appositive age ("two men, aged 23 and 31, who").
 */
function relativeAntecedent(context: Context, at: number): number | undefined {
  const {tokens} = context
  // "the 30-year-old, who": the age noun itself.
  if (tokens[at - 1]?.norm === 'old' && ageBefore(tokens, at, 4) !== undefined) return at - 1
  let j = at - 1
  while (j > 0 && (/^\d+$/.test(tokens[j]?.norm ?? '') || appositiveWords.has(tokens[j]?.norm ?? ''))) j--
  if (!context.sameClause(j, at)) return undefined
  const antecedent = tokens[j]
  if (!antecedent) return undefined
  if (subjectPronouns.has(antecedent.norm) || lexicon.childSpeakers.has(antecedent.norm)) return j
  if (lexicon.relationNouns.has(antecedent.norm) && isOwner(tokens[j - 1])) return j
  if (isPersonWord(tokens, j) || isLikelyName(antecedent) || antecedent.norm === 'children') return j
  return undefined
}

/** Whether a preposition stands one to three words before token `j` with only noun-like words between. */
function inPrepositionalPhrase(context: Context, j: number): boolean {
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
function isVerbLike(norm: string): boolean {
  return lexicon.thinkingVerbs.has(norm) || /[^e]ed$|ied$|eed$|ing$/.test(norm) || irregularPast.has(norm)
}

const irregularPast = new Set([
  'told',
  'made',
  'took',
  'gave',
  'saw',
  'met',
  'sent',
  'got',
  'kept',
  'brought',
  'bought',
  'drove',
  'left',
  'paid',
  'sold',
])

/** A professional, family, adult or aged word that can head a subject ("the 35-year-old"). */
function isPersonWord(tokens: Context['tokens'], i: number): boolean {
  const token = tokens[i]
  if (!token) return false
  const norm = token.norm
  if (isProfessional(tokens, i) || isAdultNoun(tokens, i) || lexicon.familyNouns.has(norm)) return true
  if (norm === 'old' && (ageBefore(tokens, i + 1, 3) ?? 0) >= 18) return true
  return /^\p{Lu}/u.test(token.value) && ageAfter(tokens, i) !== undefined
}

/** Whether compromise tags the token at `i` as a proper name (tokens alone cannot tell "Kyle" from "Neighbours"). */
function isProperName(context: Context, i: number): boolean {
  const tagged = context.tagged(i)
  if (!tagged) return true
  const offset = tagged.tokenOffsets[i - tagged.firstToken]
  const term = tagged.terms.find((candidate) => tagged.base + candidate.offset.start === offset)
  return term !== undefined && (term.tags.has('ProperNoun') || term.tags.has('Person'))
}

/** Subject by compromise's tags, mapped back to a token index. */
function taggedSubject(context: Context, index: number, needsVerb: boolean): number | undefined {
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
function isOther(context: Context, head: number, byAge = true): boolean {
  const {tokens} = context
  const token = tokens[head]
  if (!token) return false
  // "I" and "we" are the referrer, except inside quoted speech.
  const quotedSelf = token.quote !== -1 && quotedPronouns.has(token.norm)
  if (!quotedSelf && isProfessional(tokens, head)) return true
  if (isAdultNoun(tokens, head) || lexicon.familyNouns.has(token.norm)) return true
  // "the 35-year-old" refers to someone by age alone: another person.
  if (token.norm === 'old') return (ageBefore(tokens, head + 1) ?? 0) >= 18
  // "her mother's partner", "his friend": someone named by their relation to another.
  if (lexicon.relationNouns.has(token.norm) && isOwner(tokens[head - 1])) return true
  if (!byAge) {
    // An adult subject in a narrative about a child is another person: "Craig, 35, keeps going back".
    const main = context.primaryAge()
    if (main === undefined || main >= 18) return false
  }
  // A name given an adult age elsewhere in the narrative ("Smithy, 31").
  if (context.adultNames().has(token.value)) return true
  const age = ageAfter(tokens, head) ?? ageBefore(tokens, head)
  return age !== undefined && age >= 18
}

/** A professional or agency noun, but not "sexual services". */
function isProfessional(tokens: Context['tokens'], i: number): boolean {
  const token = tokens[i]
  if (!token || !lexicon.professionalNouns.has(token.norm)) return false
  return !(/^services?$/.test(token.norm) && /^(sexual|sex)$/.test(tokens[i - 1]?.norm ?? ''))
}

/** An adult noun, but not the adultifying "young man" / "young woman" about the child. */
function isAdultNoun(tokens: Context['tokens'], i: number): boolean {
  const token = tokens[i]
  if (!token || !lexicon.adultNouns.has(token.norm)) return false
  return !(tokens[i - 1]?.norm === 'young' && token.gap === 0)
}

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

/** Rule-specific `unless` conditions. */
export function holdsCondition(
  context: Context,
  match: Match,
  condition: {readonly before?: PhraseSet; readonly after?: PhraseSet; readonly within: number},
): boolean {
  if (condition.before && context.endsBefore(condition.before, match.first, condition.within)) return true
  if (condition.after && context.startsAfter(condition.after, match.last, condition.within)) return true
  return false
}
