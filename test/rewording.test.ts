/**
 * Rewording that reads: putting the first suggestion of every finding in
 * place, in every golden narrative, gives text that lints clean, and no
 * suggestion repeats a run of words its sentence already said.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintSync} from '../src/index.js'
import {toResult} from '../src/web/findings.js'
import {suggestionsOf} from '../src/web/popover.js'
import {span} from './helpers/lint.js'

const root = join(import.meta.dirname, '..', 'fixtures', 'narratives')
const folders = readdirSync(root).sort()

interface Edit {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Put the first suggestion of each warning and error in place, right to left. */
function reword(text: string): {text: string; inserted: Array<{start: number; end: number; text: string}>} {
  // `inserted` holds each suggestion with where its span started in the original text.
  const edits: Edit[] = lintSync(text)
    .messages.filter((message) => message.fatal !== undefined && (message.expected?.length ?? 0) > 0)
    .map((message) => {
      const [start = 0, end = 0] = span(message)
      return {start, end, text: message.expected?.[0] ?? ''}
    })
    .sort((a, b) => b.start - a.start)
  let result = text
  let lastStart = Infinity
  for (const edit of edits) {
    if (edit.end > lastStart) continue
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
    lastStart = edit.start
  }
  const inserted = edits.map((edit) => ({start: edit.start, end: edit.end, text: edit.text}))
  return {text: result, inserted}
}

/** The sentence around `offset`: from the previous full stop or line break to the next. */
function sentenceAt(text: string, offset: number): string {
  const before = Math.max(text.lastIndexOf('.', offset - 1), text.lastIndexOf('\n', offset - 1))
  const afterStop = text.indexOf('.', offset)
  const afterLine = text.indexOf('\n', offset)
  const ends = [afterStop, afterLine].filter((index) => index !== -1)
  return text.slice(before + 1, ends.length > 0 ? Math.min(...ends) : text.length)
}

const words = (value: string): string[] =>
  value
    .toLowerCase()
    .replace(/\[[^\]]*\]/g, ' ')
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)

describe('rewording with the first suggestions', () => {
  for (const folder of folders) {
    it(`${folder}: lints clean and repeats nothing its sentence says`, () => {
      const input = readFileSync(join(root, folder, 'input.txt'), 'utf8')
      const {text, inserted} = reword(input)
      const left = lintSync(text).messages.filter((message) => message.fatal !== undefined)
      expect(
        left.map((message) => `${message.ruleId} "${message.actual}"`),
        `${folder}: the reworded text is flagged again`,
      ).toEqual([])
      for (const {start, end, text: suggestion} of inserted) {
        // The sentence as written, without the words the suggestion replaces.
        const blanked = input.slice(0, start) + ' '.repeat(end - start) + input.slice(end)
        const original = words(sentenceAt(blanked, start))
        const own = words(suggestion)
        for (let i = 0; i + 1 < own.length; i++) {
          const pair = ` ${own[i]} ${own[i + 1]} `
          expect(
            ` ${original.join(' ')} `.includes(pair),
            `${folder}: "${pair.trim()}" from the suggestion "${suggestion}" repeats its sentence`,
          ).toBe(false)
        }
      }
    })
  }
})

describe('the playground and the web component put a suggestion after a form of "be"', () => {
  // The flagged words can start after the sentence's own "was" ("…, 24, and was happy to sell"):
  // the suggestion's "was persuaded" must not make "was was persuaded".
  const doubled = /\b(?:am|is|are|was|were|be|been)\s+(?:am|is|are|was|were|be|been)\b|\b(\w+)\s+\1\b/i

  /** What the playground's "Reworded text" does: each finding's first replacement, right to left. */
  function rewordInPage(text: string): {text: string; replaced: number} {
    const findings = toResult(lintSync(text))
      .findings.filter((finding) => (finding.endOffset ?? 0) > (finding.offset ?? 0))
      .sort((a, b) => (b.offset ?? 0) - (a.offset ?? 0))
    let result = text
    for (const finding of findings) {
      const choice = suggestionsOf(finding, result)[0]
      if (choice !== undefined) {
        result = result.slice(0, finding.offset ?? 0) + choice + result.slice(finding.endOffset ?? 0)
      }
    }
    return {text: result, replaced: findings.length}
  }

  it.each([
    'Jade, 15, agreed to go to Leeds with Deano, 24, and was happy to sell drugs for him.',
    'Jade, 15, agreed to go to Leeds with Deano, 24, and is happy to sell drugs for him.',
    'Tomasz (15) is old for his age and talks like a man.',
    'She was happy to go to the hotel with them.',
  ])('%s', (input) => {
    const {text, replaced} = rewordInPage(input)
    expect(replaced, 'the sentence has findings to reword').toBeGreaterThan(0)
    expect(text).not.toMatch(doubled)
  })

  it('keeps the suggestion whole where the word before is not a form of "be"', () => {
    const input = 'She was happy to go to the hotel with them.'
    const [finding] = toResult(lintSync(input)).findings
    expect(finding?.actual).toBe('was happy to go')
    expect(suggestionsOf(finding!, input)).toEqual(suggestionsOf(finding!))
    expect(suggestionsOf(finding!)[0]).toMatch(/^was /)
  })

  it('is wired into the playground and the editor', () => {
    const playground = readFileSync(join(import.meta.dirname, '..', 'playground', 'playground.js'), 'utf8')
    expect(playground).toContain('ReferralLint.suggestionsOf(finding, result)')
  })
})
