/**
 * The shape of the source around a finding: lists, tables, headings and
 * "Field: value" lines. Referrals are mostly typed into such shapes, so a
 * blaming term alone in a bullet, a field or a cell is a finding like any
 * other; it is a mention only when the document shows it is guidance: a cue
 * on its own line ("Avoid: …", "Bad: …"), in the heading or introduction of
 * its list ("Language to avoid:"), in its table's header row ("Instead of |
 * Use"), or a definition after it ("Going country – slang for …").
 *
 * Evidence, not the shape of the line, decides.
 */

/** Words that make a heading, an introduction or a table header guidance about wording. */
const guidanceCue =
  /\b(avoid|instead of|rather than|(do not|don'?t|never|not to) (use|say|write|describe|call|label)|unhelpful|less helpful|inappropriate|victim[- ]blaming|blaming (language|terms|words|phrases)|outdated|old (wording|terms?|language)|(not|un)acceptable|problematic|harmful (language|terms|words|phrases)|language matters|why language matters|glossary|(terms|words|phrases|language|wording|labels) (to avoid|that blame|we do not use|not to use)|examples of (language|wording|phrases|terms|victim)|what not to (say|write)|replace (with|by)|alternative (wording|terms|language|phrases)|preferred (wording|terms|language)|suggested (wording|alternatives?|terms|language))\b/i

/** A line that opens with a verdict on the wording that follows ("Bad: …", "Avoid – …"). */
const verdictPrefix =
  /^[\s>*+\-\u2022\d.)(|#]*(bad|wrong|poor|unhelpful|less helpful|avoid|instead of|don'?t (say|write|use)|do not (say|write|use)|not this|old( wording| term| phrase)?|outdated|unacceptable|inappropriate|blaming|victim[- ]blaming)( (example|wording|language|practice|term|phrase|version))?\s*[:\u2013\u2014=-]/i

/** After a term at the start of a line: "– slang for …", ": a term used …", "means …". */
const definitionCue =
  /^\s*[\u2013\u2014:=-]+\s*(\(?(slang|street slang|a term|term|a word|word|a phrase|phrase|an? (outdated|offensive|derogatory|victim-blaming) (term|word|label))\b|(refers to|means|is used (to describe|for)|describes|a euphemism|euphemism|exploiters'? (term|slang|word))\b|(a|the) (child|young person|person) (who|that) (is|has been|was) (being )?(criminally |sexually )?(exploited|groomed|abused|coerced|trafficked)\b)/i

/**
 * A checklist item: a box opening the line ("☐ Older boyfriend/girlfriend",
 * "[x] Going missing"). Its words are the form's list of indicators, ticked
 * or not, not the writer's description of the child.
 */
const checkbox = /^[\s>*+\-\u2022]*([\u2610\u2611\u2612]|\[\s*[xX\u2713\u2714\u2717]?\s*\])/

/** A table header naming a checklist of indicators with a column to tick ("| Indicator | Present |"). */
const checklistHeader =
  /\b(indicators?|warning signs?|risk factors?|signs)\b.*\|.*\b(present|yes\s*\/\s*no|y\s*\/\s*n|tick(ed)?|identified|observed|noted)\b/i

const listMarker =
  /^\s*([-*+\u2022\u00B7\u25AA\u25CF\u25E6\u2023\u2043\u2610\u2611\u2612]|\d{1,2}[.)]|[a-z][.)])\s+/i

type Kind = 'blank' | 'list' | 'table' | 'heading' | 'text'

interface Line {
  readonly text: string
  readonly kind: Kind
  /** Offset of the line's first character in the source. */
  readonly start: number
}

export class Layout {
  readonly #lines: Line[] = []
  readonly #starts: number[] = []
  /** Per line, what does not depend on the finding: computed once, so a long line costs linear time. */
  readonly #facts = new Map<number, LineFacts>()
  /** Per line, whether it holds a guidance cue: the lines above each list item are read for every finding in it. */
  readonly #cues = new Map<number, boolean>()

  constructor(source: string) {
    let start = 0
    for (const text of source.split('\n')) {
      this.#lines.push({text, kind: kindOf(text), start})
      this.#starts.push(start)
      start += text.length + 1
    }
  }

  /**
   * Whether the words between source offsets `from` and `to` stand in
   * guidance about wording, by evidence in the document's layout.
   */
  isGuidance(from: number, to: number): boolean {
    const index = this.#lineAt(from)
    const line = this.#lines[index]
    if (!line) return false
    const facts = this.#factsOf(index, line)
    const at = from - line.start
    // "☐ Older boyfriend/girlfriend": an indicator checklist's own item.
    if (checkbox.test(line.text)) return true
    // "| Older boyfriend | Yes |" under "| Indicator | Present |": the first cell names the indicator.
    if (line.kind === 'table' && this.#inChecklistFirstCell(index, at)) return true
    // "Bad: she went willingly": a verdict opening the line, before the words.
    if (facts.verdictEnd !== -1 && facts.verdictEnd <= at) return true
    // "Words to avoid in referrals: streetwise, mature for age": a cue introducing the rest of the line.
    if (facts.cueColon !== -1 && facts.cueColon < at) return true
    // A term opening its line, then a definition: a glossary row.
    if (at <= facts.openingPunctuation) {
      const after = line.text.slice(to - line.start, to - line.start + 200)
      if (definitionCue.test(after.replace(/^["'\u2019\u201D]/, ''))) return true
    }
    if (line.kind === 'table') {
      // "| YP (15) | inappropriate touching |": the finding's own words are
      // no cue, so a row holding it is read without them.
      if (this.#inTableHeader(index)) return this.#tableIsGuidance(index, at, to - line.start)
      return (facts.table ??= this.#tableIsGuidance(index))
    }
    if (line.kind === 'list' || facts.short) return (facts.intro ??= this.#introIsGuidance(index))
    return false
  }

  #factsOf(index: number, line: Line): LineFacts {
    let facts = this.#facts.get(index)
    if (!facts) {
      const verdict = verdictPrefix.exec(line.text)
      const cue = guidanceCue.exec(line.text)
      const opening = /^[\s>*+\-\u2022\d.)("'\u2018\u201C|]*/.exec(line.text)
      facts = {
        verdictEnd: verdict ? verdict.index + verdict[0].length : -1,
        cueColon: cue ? line.text.indexOf(':', cue.index + cue[0].length) : -1,
        openingPunctuation: opening ? opening[0].length : 0,
        short: isShortItem(line),
      }
      this.#facts.set(index, facts)
    }
    return facts
  }

  #lineAt(offset: number): number {
    let low = 0
    let high = this.#starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.#starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return low
  }

  /** The heading or introduction of the list holding line `index`: the first line above that is not an item. */
  #introIsGuidance(index: number): boolean {
    let blanks = 0
    for (let i = index - 1; i >= 0 && index - i <= 60; i--) {
      const line = this.#lines[i]
      if (!line) break
      if (line.kind === 'blank') {
        if (++blanks > 1) return false
        continue
      }
      if (line.kind === 'list' || this.#factsOf(i, line).short) {
        // An item that ends in a colon, or opens its block, introduces what follows.
        const opensBlock = i === 0 || this.#lines[i - 1]?.kind === 'blank'
        if (this.#hasCue(i) && (/[:]\s*$/.test(line.text) || opensBlock)) return true
        continue
      }
      return this.#hasCue(i)
    }
    return false
  }

  /** Whether column `at` of table line `index` is in its first cell, under a checklist header (`checklistHeader`). */
  #inChecklistFirstCell(index: number, at: number): boolean {
    const text = this.#lines[index]?.text ?? ''
    const open = /^\s*\|/.exec(text)
    const bar = text.indexOf('|', open ? open[0].length : 0)
    if (bar !== -1 && at > bar) return false
    let first = index
    while (first > 0 && this.#lines[first - 1]?.kind === 'table') first--
    return first < index && checklistHeader.test(this.#lines[first]?.text ?? '')
  }

  /** Whether line `index` is one of its table's first two rows, which `#tableIsGuidance` reads for cues. */
  #inTableHeader(index: number): boolean {
    return index === 0 || this.#lines[index - 1]?.kind !== 'table' || this.#lines[index - 2]?.kind !== 'table'
  }

  /**
   * Whether the table holding line `index` has a header row or title that
   * speaks of wording; the columns `from`–`to` of line `index` (a finding's
   * own words) are left out.
   */
  #tableIsGuidance(index: number, from = 0, to = 0): boolean {
    let first = index
    while (first > 0 && this.#lines[first - 1]?.kind === 'table') first--
    for (let i = first; i <= Math.min(index, first + 1); i++) {
      if (i !== index) {
        if (this.#hasCue(i)) return true
        continue
      }
      // The match's own row: its own words ("| YP (15) | inappropriate touching |") are not a cue.
      const text = this.#lines[i]?.text ?? ''
      if (guidanceCue.test(text.slice(0, from) + ' ' + text.slice(to))) return true
    }
    // The line above the table: its title ("Table 2: language to avoid").
    for (let i = first - 1; i >= Math.max(0, first - 2); i--) {
      const line = this.#lines[i]
      if (!line || line.kind === 'blank') continue
      return this.#hasCue(i)
    }
    return false
  }

  /** Whether line `index` holds a guidance cue, tested once per line. */
  #hasCue(index: number): boolean {
    let cue = this.#cues.get(index)
    if (cue === undefined) {
      cue = guidanceCue.test(this.#lines[index]?.text ?? '')
      this.#cues.set(index, cue)
    }
    return cue
  }
}

/** What a line says about guidance whatever finding is on it. */
interface LineFacts {
  /** End of a verdict opening the line ("Bad:"), or -1. */
  readonly verdictEnd: number
  /** The first colon after the line's first guidance cue, or -1. */
  readonly cueColon: number
  /** Length of the punctuation and list marks opening the line. */
  readonly openingPunctuation: number
  /** A line of a few words with no full stop: an item of an unmarked list. */
  readonly short: boolean
  table?: boolean
  intro?: boolean
}

/** A line of a few words with no full stop: an item of an unmarked list. */
function isShortItem(line: Line): boolean {
  if (line.kind !== 'text') return false
  const trimmed = line.text.trim()
  // Seven words take at most a few hundred characters; a longer line is no short item.
  if (trimmed.length > 400) return false
  return trimmed.split(/\s+/).length <= 6 && !/[.!?]\s*$/.test(trimmed)
}

function kindOf(text: string): Kind {
  const trimmed = text.trim()
  if (trimmed === '') return 'blank'
  if (/^\|.*\|$/.test(trimmed) || /\S\s\|\s\S/.test(trimmed) || trimmed.includes('\t')) return 'table'
  if (/^#{1,6}\s/.test(trimmed)) return 'heading'
  if (listMarker.test(text)) return 'list'
  return 'text'
}
