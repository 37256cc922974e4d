/** Guard `quotation`: quoted or reported words of the child or another person are evidence (info). */
import type {Target} from '../../types.js'
import {ageAfter} from '../age.js'
import type {Context} from '../context.js'
import {scanLimit, sharedCues} from '../context.js'
import * as lexicon from '../lexicon.js'
import {Gap} from '../tokens.js'
import type {Match} from '../phrase-index.js'
import {isLikelyName, breaksScope, isProperName, isProfessional, isAdultNoun} from '../people.js'

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
    if (before !== -1)
      return speakerOf(context, before) !== 'professional' || toldProfessional(context, before)
    for (let i = span.last + 1; i <= span.last + 3; i++) {
      if (!context.sameSentence(span.last, i)) break
      if (context.endsBefore(reporting, i + 1, 1)) return speakerOf(context, i) !== 'professional'
    }
    return isScareQuoted(match, span)
  }
  // Unquoted. A naming verb gives the word to its speaker ("his father
  // called the man a paedo"); other reporting verbs give only the content,
  // so the words are the writer's unless the child is speaking about
  // themselves ("she describes it as her choice", "Kyle said he likes the
  // money"). "Staff say she is streetwise" is the professionals' framing and
  // a term the writer chose ("she disclosed historical abuse") is theirs.
  const named = context.lastEndBefore(naming, match.first, 9)
  if (
    named !== -1 &&
    !lexicon.determiners.has(tokens[named - 1]?.norm ?? '') &&
    !breaksScope(context, named, match.first)
  ) {
    const speaker = speakerOf(context, named)
    if (speaker === 'child' || speaker === 'other') return true
  }
  const cueEnd = context.lastEndBefore(reporting, match.first, 10)
  if (cueEnd === -1 || lexicon.determiners.has(tokens[cueEnd - 1]?.norm ?? '')) return false
  if (reportsNothing(context, cueEnd, match.first)) return false
  // A reporting verb governs its own clause: after a semicolon or dash the writer speaks again
  // ("she disclosed she was raped; story has changed twice"), and so after a comment clause
  // on what was said ("she said a man made her steal, which is what they all say"). A colon
  // right after the verb opens the speech itself ("Mum says: he is fine") and keeps it.
  if (!context.sameClause(cueEnd + 1, match.first)) return false
  for (let i = cueEnd + 2; i <= match.first; i++) {
    if (tokens[i]?.norm === 'which' && (tokens[i]?.gapChars.includes(',') ?? false)) return false
  }
  // A term the writer chose is theirs ("she disclosed historical abuse"); in
  // a clause reporting the child's own account ("she says it is consensual",
  // "Ella (14) stated that she had consensual sex") it is the child's. Others'
  // accounts are paraphrased in the writer's terms ("Tom and Jo said that they
  // found child pornography": the writer's word for it).
  if (target === 'term' && (!inReportedClause(context, cueEnd, match.first) || !childSpeaks(context, cueEnd)))
    return false
  // The child's or another person's account ("his mother says he is a gang
  // member"): evidence, recorded as said. A professional's is the writer's side.
  const speaker = speakerOf(context, cueEnd)
  return speaker === 'child' || speaker === 'other'
}

/** Nouns among the reporting cues that head a record ("Incident report:", "Tutor report, 3 May"). */
const headingNouns = /^(report|text|message|note|statement|post)$/

/**
 * A reporting cue that gives no words to anyone before the match at
 * `first`: a heading noun ("Shift report, Dundee unit: Lacey (15) went
 * AWOL", "Incident report 0417 — Summary: …"), a negated verb whose clause
 * has ended ("would not say where she'd been, was rude"), or a claimed age and nothing else
 * ("Subject says 14, obviously older", "who says he is 15, is far too
 * worldly"): the words after it are the writer's.
 */
function reportsNothing(context: Context, cueEnd: number, first: number): boolean {
  const {tokens} = context
  const cue = tokens[cueEnd]
  const next = tokens[cueEnd + 1]
  if (!cue || !next) return false
  if (headingNouns.test(cue.norm) && (/[:,\u2013\u2014-]/.test(next.gapChars) || /^\d+$/.test(next.norm)))
    return true
  const before = tokens[cueEnd - 1]?.norm ?? ''
  const negated =
    lexicon.negators.has(before) ||
    (before === 'to' && /^(refus|declin)/.test(tokens[cueEnd - 2]?.norm ?? ''))
  // A refusal to say, then a comma and the writer's next predicate: "would not say where she'd been, was rude".
  if (negated) {
    for (let k = cueEnd + 1; k <= first; k++) if (/[,;]/.test(tokens[k]?.gapChars ?? '')) return true
  }
  // The content is an age: "says 14,", "says he is 15,", "claims to be 15,".
  let i = cueEnd + 1
  while (i < first && /^(he|she|they|i|is|was|s|to|be|aged|age|only|just|that)$/.test(tokens[i]?.norm ?? ''))
    i++
  const age = tokens[i]
  return (
    i < first &&
    age !== undefined &&
    /^\d{1,2}$/.test(age.norm) &&
    /[,;:\u2013\u2014]/.test(tokens[i + 1]?.gapChars ?? '')
  )
}

/**
 * Whether the reporting verb at `cue` has the child as its plain subject
 * right before it: a third-person pronoun ("she says"), a child noun ("the
 * girl said") or a child's age ("Ella (14) stated"), with an auxiliary or
 * adverb between at most.
 */
function childSpeaks(context: Context, cue: number): boolean {
  const {tokens} = context
  let i = cue - 1
  while (
    i > cue - 3 &&
    /^(has|have|had|now|also|then|later|initially|first|always|still|just)$/.test(tokens[i]?.norm ?? '')
  )
    i--
  const token = tokens[i]
  if (!token || !context.sameClause(i, cue)) return false
  if (/^(she|he|they)$/.test(token.norm) || lexicon.childNouns.has(token.norm)) return true
  return /^\d{1,2}$/.test(token.norm) && Number(token.norm) < 18
}

/**
 * Whether the word at `index` stands in a clause reported by the verb at
 * `cue`: the clause opens right after the verb ("says that …", "said it
 * was …"), nothing breaks it before the word ("she says she loves him and in
 * truth she is choosing this life"), and the writer does not speak in
 * between ("Although Kyle now says he was under threat, I am not convinced").
 */
function inReportedClause(context: Context, cue: number, index: number): boolean {
  const {tokens} = context
  const next = tokens[cue + 1]
  if (!next || !context.sameClause(cue, cue + 1)) return false
  if (next.norm !== 'that' && !lexicon.subjectPronouns.has(next.norm) && !/^(it|there|this)$/.test(next.norm))
    return false
  if (breaksScope(context, cue, index)) return false
  for (let i = cue + 2; i < index; i++) if (/^(i|we)$/.test(tokens[i]?.norm ?? '')) return false
  return true
}

/**
 * Scare quotes: the quotation marks hold the term itself and little else
 * ("her 'boyfriend' is 32", "☑ Older 'boyfriend'", "transport provided by
 * 'employer'"). The writer is keeping the word at a distance, marking it as
 * the child's or the adults' word — the practice the guidance recommends —
 * so it is evidence, not the writer's own framing.
 */
function isScareQuoted(match: Match, span: {first: number; last: number}): boolean {
  return span.first >= match.first - 1 && span.last <= match.last + 1 && span.last - span.first <= 3
}

/**
 * "The manager told police the girl 'looked older'": words told to the
 * police or another professional are a witness's account, quoted as evidence.
 */
function toldProfessional(context: Context, cue: number): boolean {
  const {tokens} = context
  if (!/^(told|tells|tell|telling)$/.test(tokens[cue]?.norm ?? '')) return false
  const next = lexicon.determiners.has(tokens[cue + 1]?.norm ?? '') ? cue + 2 : cue + 1
  return isProfessional(tokens, next)
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
      if (isProfessional(tokens, i) || lexicon.carerNouns.has(token.norm)) return 'professional'
      if (lexicon.childNouns.has(token.norm)) return 'child'
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
  if (lexicon.passiveAuxiliaries.has(skipped)) return undefined
  // "Y8 boy, said to be a wheeler dealer", "Kai, thought to have been selling": a reduced
  // passive of hearsay ("said to be|have"), the writer's report of a rumour, not anyone's words.
  if (tokens[cue + 1]?.norm === 'to' && /^(be|have)$/.test(tokens[cue + 2]?.norm ?? '')) return undefined
  for (let i = cue - 1; i >= Math.max(0, cue - scanLimit) && context.sameClause(i, cue); i--) {
    const token = tokens[i]
    if (!token) break
    if (token.quote !== -1) continue
    // "mouthy towards officers and said": the object of a preposition is not the speaker.
    if (/^(to|towards|at|with|from|against)$/.test(tokens[i - 1]?.norm ?? '')) continue
    if (isProfessional(tokens, i) || lexicon.carerNouns.has(token.norm)) return 'professional'
    if (lexicon.familyNouns.has(token.norm) || lexicon.otherPeople.has(token.norm) || isAdultNoun(tokens, i))
      return 'other'
    if (lexicon.subjectPronouns.has(token.norm) || lexicon.childNouns.has(token.norm)) return 'child'
    // "A (17) says": a one-letter pseudonym with an age.
    if (/^\p{Lu}$/u.test(token.value)) {
      const age = ageAfter(tokens, i)
      if (age !== undefined) return age < 18 ? 'child' : 'other'
    }
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
