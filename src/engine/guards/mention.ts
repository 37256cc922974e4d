/** Guard `mention`: guidance that mentions the words, not a narrative that uses them. */
import type {Context} from '../context.js'
import {scanLimit, sharedCues} from '../context.js'
import * as lexicon from '../lexicon.js'
import type {Match} from '../phrase-index.js'
import {Gap} from '../tokens.js'
import {isLikelyName, breaksScope, isOther, isProfessional} from '../people.js'

/** How far back an unquoted mention cue may stand, in words. */
const mentionWindow = 6

/** How far back any mention cue is looked for when the match is quoted. */
const quotedMentionWindow = 14

/**
 * Mention in guidance text: "avoid words such as 'streetwise'", "rather than
 * 'went willingly'", "'Prostitute' is a victim-blaming term".
 */
export function isMention(context: Context, match: Match): boolean {
  const {tokens} = context
  if (context.inGuidance(match.first, match.last) || isGeneric(context, match)) return true
  // A yes/no question asserts nothing: "Q: Does the child understand the risks?"
  if (isYesNoQuestion(context, match.first) || inQuotedQuestion(context, match)) return true
  // "Describing a 14-year-old as sexually active implies consent", "Calling
  // a child a runner criminalises them": the sentence is about the naming.
  if (inNamingGerund(context, match.first)) return true
  const quoted = (tokens[match.first]?.quote ?? -1) !== -1
  const {mention, quotedMention, reportedFraming, mentionAfter} = sharedCues()
  // How others framed a victim: "were treated as complicit", "groomed into believing it was consensual".
  // "groomed into believing she and Tariq had a consensual relationship": the whole belief is induced.
  const belief = context.lastEndBefore(reportedFraming, match.first, quotedMentionWindow)
  if (belief !== -1 && /^(believ|think|thought|feel|felt)/.test(tokens[belief]?.norm ?? '')) return true
  // "Officers treated Rocco (16) as a suspect": a framing verb, its object and an age.
  if (framedObject(context, match.first)) return true
  // "treated as horseplay": the match may itself begin with the cue's "as".
  const framingEnd = tokens[match.first]?.norm === 'as' ? match.first + 1 : match.first
  const framing = context.lastEndBefore(reportedFraming, framingEnd, mentionWindow)
  if (
    framing !== -1 &&
    !breaksScope(context, framing, match.first) &&
    !isRecommended(context, framing) &&
    !isChildsOwnView(context, framing) &&
    !framingIsCurrentPractice(context, framing)
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
    // "Old wording: consented to sex", "Term: …": a mention noun introduces it,
    // or a list that opens after it ("Unhelpful terms – runner, dealer, gang
    // member", "sexualised terms: promiscuous, sexually active").
    const opening = listOpening(context, match.first)
    if (opening !== -1) {
      for (let i = opening - 1; i >= Math.max(0, opening - 3) && context.sameSentence(i, opening); i--) {
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
    // "Kyle was treated as a courier": passive, others' treatment of the child.
    if (lexicon.passiveAuxiliaries.has(tokens[i - 1]?.norm ?? '')) return false
    // "Aaron has treated Smithy as his boss": over auxiliaries to the subject.
    let j = i - 1
    while (j > 0 && /^(has|have|had|is|was|are|were|been|also|always|now|still)$/.test(tokens[j]?.norm ?? ''))
      j--
    const subject = tokens[j]
    if (!subject || !context.sameClause(j, i)) return false
    if (lexicon.subjectPronouns.has(subject.norm)) return true
    return isLikelyName(subject) && !isOther(context, j)
  }
  return false
}

const framingVerbs = /^(treat|dismiss|writ|wrote|portray|characteri|groom|made|make|led|lead|manipulat)/

/** "should be treated as an adult": the writer's own recommendation, not a report. */
function isRecommended(context: Context, cueEnd: number): boolean {
  for (let i = cueEnd - 1; i >= Math.max(0, cueEnd - 4); i--) {
    if (lexicon.modals.has(context.tokens[i]?.norm ?? '')) return true
  }
  return false
}

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
    if (lexicon.subjectPronouns.has(token.norm) || lexicon.referentPronouns.has(token.norm)) return false
    if (lexicon.scopeBreakers.has(token.norm) && !lexicon.relativePronouns.has(token.norm)) return false
    if (!lexicon.genericPeople.has(token.norm) && isLikelyName(token)) return false
    if (lexicon.genericPeople.has(token.norm)) {
      const before = tokens[i - 1]
      const quantified =
        before !== undefined && context.sameClause(i - 1, i) && lexicon.genericQuantifiers.has(before.norm)
      const plural = lexicon.pluralGenericPeople.has(token.norm)
      const determined =
        before !== undefined && context.sameClause(i - 1, i) && lexicon.nounPhraseFillers.has(before.norm)
      const indefinite = lexicon.indefinitePeople.has(token.norm)
      if (!quantified && !(plural && !determined) && !indefinite) return false
      // Guidance speaks of what may happen, or of children who …: "a child
      // may be exploited", "children who go missing". "Officers think
      // children fabricate" is a claim about this case and still flags.
      for (let k = i + 1; k < match.first; k++) {
        const norm = tokens[k]?.norm ?? ''
        if (lexicon.genericHedges.has(norm) || (k === i + 1 && lexicon.relativePronouns.has(norm)))
          return true
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
    const plural = lexicon.pluralGenericPeople.has(norm)
    const determined = i > first && lexicon.nounPhraseFillers.has(before?.norm ?? '')
    const quantified = i > first && lexicon.genericQuantifiers.has(before?.norm ?? '')
    const indefinite = lexicon.indefinitePeople.has(norm)
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
 * Whether the sentence holding `index` is a yes/no question: it opens with
 * an auxiliary (after an optional "Q:" label) and ends with a question mark.
 * "Why does she keep going back?" presumes its content and is not one.
 */
function isYesNoQuestion(context: Context, index: number): boolean {
  const {tokens} = context
  let first = index
  while (first > 0 && index - first < scanLimit && context.sameSentence(first - 1, index)) first--
  if (/^q\d*$/.test(tokens[first]?.norm ?? '') && /:/.test(tokens[first + 1]?.gapChars ?? '')) first++
  if (!lexicon.questionAuxiliaries.has(tokens[first]?.norm ?? '') && !formQuestionAt(context, first, index))
    return false
  let last = index
  while (last + 1 < tokens.length && context.sameSentence(index, last + 1) && last - index < scanLimit) last++
  const end = tokens[last + 1]?.gapChars ?? context.trailing
  return end.includes('?')
}

/**
 * A quoted question, a form's prompt cited in a note: "Section B Q3
 * 'Involved in a relationship with an adult?' Answer: Yes".
 */
function inQuotedQuestion(context: Context, match: Match): boolean {
  const {tokens} = context
  const span = context.quotes[tokens[match.first]?.quote ?? -1]
  if (!span || match.last > span.last) return false
  const after = tokens[span.last + 1]?.gapChars ?? context.trailing
  return /^[^\p{L}\p{N}]*\?/u.test(after) && after.indexOf('?') < Math.max(0, after.search(/['’"”]/u))
}

/**
 * A form's numbered question after its heading, in the same sentence as the
 * heading: "Screening tool Q12 Is the child in a relationship …?", "CSE
 * tool – Q7 Does the child present as …?". The auxiliary follows a
 * question number ("Q12", "7.") or a clause break.
 */
function formQuestionAt(context: Context, first: number, index: number): boolean {
  const {tokens} = context
  for (let p = first + 1; p < index; p++) {
    if (!lexicon.questionAuxiliaries.has(tokens[p]?.norm ?? '')) continue
    const before = tokens[p - 1]?.norm ?? ''
    if (/^q\d+[a-z]?$/.test(before) || /^\d{1,2}[a-z]?$/.test(before) || (tokens[p]?.gap ?? 0) >= Gap.clause)
      return true
  }
  return false
}

/**
 * "treated Rocco (16) as a suspect", "dismissed her as a liar": a match
 * opening with "as" after a framing verb, its object and an appositive age
 * (which a phrase cannot cross). Others' framing, reported.
 */
function framedObject(context: Context, first: number): boolean {
  const {tokens} = context
  if (tokens[first]?.norm !== 'as') return false
  let i = first - 1
  if (/^\d{1,2}$/.test(tokens[i]?.norm ?? '')) i--
  if (!tokens[i] || !context.sameClause(i, first)) return false
  i--
  const verb = tokens[i]
  if (!verb || !/^(treat|dismiss|portray|characteri|regard|brand)/.test(verb.norm)) return false
  if (lexicon.passiveAuxiliaries.has(tokens[i - 1]?.norm ?? '')) return true
  return !isChildsOwnView(context, i) && !isCurrentPractice(context, i)
}

/** `isCurrentPractice` for the framing verb of a cue ending at `cueEnd`. */
function framingIsCurrentPractice(context: Context, cueEnd: number): boolean {
  for (let i = cueEnd; i >= Math.max(0, cueEnd - 6); i--) {
    if (framingVerbs.test(context.tokens[i]?.norm ?? '')) return isCurrentPractice(context, i)
  }
  return false
}

/**
 * "Staff treat Amira (16) as a grown adult", "Officers regard Kofi as a
 * dealer": a present-tense framing by the writer's own side is their
 * framing now, not a report of what others once did.
 */
function isCurrentPractice(context: Context, verb: number): boolean {
  const {tokens} = context
  if (!/^(treat|treats|regard|regards|dismiss|dismisses|see|sees|view|views)$/.test(tokens[verb]?.norm ?? ''))
    return false
  // "… rather than a victim": the writer is criticising the framing.
  for (let i = verb + 1; i <= verb + 12 && context.sameSentence(verb, i); i++) {
    if (tokens[i]?.norm === 'rather' && tokens[i + 1]?.norm === 'than') return false
  }
  for (let i = verb - 1; i >= Math.max(0, verb - 4) && context.sameClause(i, verb); i--) {
    // The subject, not "at school" before the verb.
    if (isProfessional(tokens, i) && !lexicon.prepositions.has(tokens[i - 1]?.norm ?? '')) return true
  }
  return false
}

/**
 * The first word of a list value that the match belongs to, after a colon
 * or a dash ("terms: promiscuous, sexually active"), or -1. The words
 * before the match up to there are list items: no verb, copula or clause
 * word among them.
 */
function listOpening(context: Context, first: number): number {
  const {tokens} = context
  for (let i = first; i >= Math.max(1, first - 12) && context.sameSentence(i - 1, first); i--) {
    const token = tokens[i]
    if (!token) return -1
    if (i < first && (lexicon.copulas.has(token.norm) || lexicon.scopeBreakers.has(token.norm))) return -1
    if (/^[:\u2013\u2014-]/.test(token.gapChars.trim())) return i
    // Items are joined by commas, slashes or "and"/"or"; a plain space runs on within an item.
    if (token.gap > 2) return -1
  }
  return -1
}

/**
 * Whether the match is inside an opening gerund of naming or saying that
 * is the sentence's subject ("Describing a child as …", "Calling a child a
 * …", "Saying she went willingly …"): the gerund opens the sentence, and
 * no clause break or comma stands between it and the match ("Calling her a
 * sket, the men …" names, then narrates).
 */
function inNamingGerund(context: Context, first: number): boolean {
  const {tokens} = context
  for (let i = first - 1; i >= Math.max(0, first - 8) && context.sameSentence(i, first); i--) {
    if ((tokens[i + 1]?.gap ?? 0) >= 2 && !(tokens[i + 1]?.quote !== -1)) return false
    const token = tokens[i]
    if (!token) return false
    if (lexicon.namingGerunds.has(token.norm)) {
      const opens = i === 0 || !context.sameSentence(i - 1, i) || (token.gap >= 3 && token.lineStart)
      if (!opens) return false
      // The sentence goes on after the match: no comma closes the gerund before its verb.
      for (let k = first + 1; k < first + 12 && context.sameSentence(first, k); k++) {
        if ((tokens[k]?.gap ?? 0) >= 2) return false
      }
      return true
    }
  }
  return false
}
