/**
 * Property: for every input kind (text, Markdown, HTML), each finding's
 * offsets are source offsets: the source between them, with its markup,
 * entities, escapes and container prefixes read as a browser or a
 * Markdown renderer would, is the flagged phrase; and applying every fix
 * changes only those bytes.
 */
import fc from 'fast-check'
import {beforeAll, describe, expect, it} from 'vitest'
import {applyFixes} from '../../src/cli/fix.js'
import {lintInput, loadDocumentParsers} from '../../src/cli/lint-file.js'
import type {InputKind} from '../../src/cli/read.js'

const phrases = ['child pornography', 'streetwise', 'went willingly', 'prostitute']
const words = ['Tom', 'Jo', 'found', 'the', 'phone', 'at', 'a', 'flat', 'said', 'that', 'she']

const markdownJoins = [' ', ' &amp; ', ' \\& ', '&nbsp;', ' &#38; ', '\n> ', '\n  ', ' *', '* ', ' **', '** ']
const htmlJoins = [' ', ' &amp; ', '&nbsp;', ' &#38; ', ' <b>', '</b> ', ' <i>', '</i> ', '\n', '<br>']
const textJoins = [' ', '\n', ', ', '\u00AD', ' (', ') ']

/** Read the source as its renderer would: the text a person sees. */
function rendered(slice: string, kind: InputKind): string {
  let text = slice
  if (kind === 'markdown') {
    text = text
      .replace(/\n[ \t>]*/g, ' ')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/\*/g, '')
  }
  if (kind === 'html') text = text.replace(/<[^>]*>/g, ' ')
  if (kind !== 'text') text = text.replace(/&amp;|&#38;/g, '&').replace(/&nbsp;/g, ' ')
  return text
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

function documentOf(kind: InputKind): fc.Arbitrary<string> {
  const joins = kind === 'markdown' ? markdownJoins : kind === 'html' ? htmlJoins : textJoins
  const part = fc.oneof(
    {weight: 3, arbitrary: fc.constantFrom(...words)},
    {weight: 1, arbitrary: fc.constantFrom(...phrases)},
  )
  return fc.array(fc.tuple(part, fc.constantFrom(...joins)), {minLength: 1, maxLength: 30}).map((items) => {
    const body = items.map(([word, join]) => word + join).join('')
    return kind === 'html' ? `<p>${body}</p>\n` : `${body}.\n`
  })
}

// Markdown and HTML inputs need their parsers loaded (src/cli/lint-file.ts).
beforeAll(loadDocumentParsers)

describe('every finding carries source offsets', {timeout: 300_000}, () => {
  for (const kind of ['text', 'markdown', 'html'] as const) {
    it(`${kind}: the source between the offsets reads as the phrase, and fixes change only those bytes`, () => {
      fc.assert(
        fc.property(documentOf(kind), (source) => {
          const file = lintInput({path: 'x', name: 'x', kind, value: source}, {indicators: false})
          for (const message of file.messages) {
            const place = message.place
            if (!place || !('start' in place)) continue
            const start = place.start.offset ?? -1
            const end = place.end.offset ?? -1
            expect(start).toBeGreaterThanOrEqual(0)
            expect(source.slice(start, end).replace(/\s+/g, ' ')).toBe(
              String(message.actual).replace(/\s+/g, ' '),
            )
            const seen = rendered(source.slice(start, end), kind)
            expect(
              // The phrase or a run of its words (some rules flag "willingly" alone).
              phrases.some((phrase) => ` ${phrase} `.includes(` ${seen.replace(/-/g, ' ')} `)),
              `${kind}: ${JSON.stringify(source.slice(start, end))} in ${JSON.stringify(source)}`,
            ).toBe(true)
          }
          const applied = applyFixes(source, file.messages)
          if (!applied) return
          // Every byte outside the fixed spans is kept, in order.
          let rest = applied.text
          let last = 0
          const fixes = [...applied.fixed]
            .map((message) => message.fix!)
            .sort((a, b) => a.range[0] - b.range[0])
          for (const fix of fixes) {
            const kept = source.slice(last, fix.range[0])
            expect(rest.startsWith(kept + fix.text)).toBe(true)
            rest = rest.slice(kept.length + fix.text.length)
            last = fix.range[1]
          }
          expect(rest).toBe(source.slice(last))
        }),
        {numRuns: 300},
      )
    })
  }
})
