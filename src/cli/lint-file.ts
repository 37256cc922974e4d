/**
 * Lint one input by kind: plain text (and .docx text) as it is; Markdown
 * and HTML by their prose (code, URLs, front matter, scripts, styles and
 * attributes are not prose), drawn with a map back to the source so that
 * every finding carries source offsets (see `prose.ts`). Template
 * placeholders are masked first with same-length words, so every position
 * still points into the source.
 */
import {VFile} from 'vfile'
import {maskPlaceholders, unmask} from '../config/index.js'
import {Points, type Prose} from '../engine/bounded-parse.js'
import {checkLength, lintProse, lintSync, type Limits} from '../lint.js'
import type {Options} from '../types.js'
import type {Input} from './read.js'

/** The Markdown and HTML parsers (remark, rehype): loaded only when an input needs them. */
let parsers: typeof import('./prose.js') | undefined

/**
 * Load the Markdown and HTML parsers before `lintInput` is given such an
 * input: they take longer to load than a plain-text file takes to lint.
 */
export async function loadDocumentParsers(): Promise<void> {
  parsers ??= await import('./prose.js')
}

/**
 * Lint an input; the file's `value` is the original text (placeholders
 * unmasked). A Markdown or HTML input needs `loadDocumentParsers()` first.
 */
export function lintInput(input: Input, options: Options, limits: Limits = {}): VFile {
  const original = input.value
  const {value, placeholders} = maskPlaceholders(original)
  const path = input.path === '-' ? (input.name === '<stdin>' ? undefined : input.name) : input.path
  const file = new VFile({value, ...(path === undefined ? {} : {path})})
  const settings = {...options, ...limits}
  if (input.kind === 'markdown' || input.kind === 'html') {
    // The size limit applies before the document parser runs too.
    checkLength(value.length, settings.maxLength)
    if (!parsers) throw new Error('lintInput: call loadDocumentParsers() before linting Markdown or HTML')
    const prose = input.kind === 'markdown' ? parsers.markdownProse(value) : parsers.htmlProse(value)
    lintProse(file, prose, settings)
    dropFixesAcrossMarkup(file, prose, value.length)
  } else {
    lintSync(file, settings)
  }
  file.value = original
  for (const message of file.messages) {
    const place = message.place
    if (place && 'start' in place && place.start.offset !== undefined && place.end.offset !== undefined) {
      if (message.actual) message.actual = original.slice(place.start.offset, place.end.offset)
    }
    if (placeholders.length > 0 && message.expected) {
      message.expected = message.expected.map((text) => unmask(text, placeholders))
    }
    if (placeholders.length > 0 && message.fix)
      message.fix = {...message.fix, text: unmask(message.fix.text, placeholders)}
  }
  if (input.kind === 'docx') toParagraphs(file, original)
  return file
}

/**
 * A phrase that spans markup (`<b>child</b> pornography`) is still
 * reported, but its fix is dropped: replacing the span would delete the
 * markup inside it. Only a span made wholly of prose characters (entities
 * and escapes included) keeps its fix.
 */
function dropFixesAcrossMarkup(file: VFile, prose: Prose, length: number): void {
  if (!file.messages.some((message) => message.fix)) return
  const covered = new Uint8Array(length + 1)
  const {map} = prose
  if (!map) return
  for (let index = 0; index < map.starts.length; index++) {
    for (let at = map.starts[index] ?? 0; at < (map.ends[index] ?? 0); at++) covered[at] = 1
  }
  for (const message of file.messages) {
    if (!message.fix) continue
    const [start, end] = message.fix.range
    for (let at = start; at < end; at++) {
      if (!covered[at]) {
        message.fix = undefined
        break
      }
    }
  }
}

/**
 * Report `.docx` findings by paragraph and character: `line` becomes the
 * paragraph number and `column` the character in it (offsets stay those of
 * the extracted text).
 */
function toParagraphs(file: VFile, text: string): void {
  const starts = [0]
  for (let i = text.indexOf('\n\n'); i !== -1; i = text.indexOf('\n\n', i + 2)) starts.push(i + 2)
  // The engine's offset → line/column, with paragraphs for lines (binary search
  // behind a cursor: a long document with many findings stays linear-logarithmic).
  const paragraphs = new Points(Int32Array.from(starts))
  for (const message of file.messages) {
    const place = message.place
    if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined)
      continue
    const start = paragraphs.at(place.start.offset)
    const end = paragraphs.at(place.end.offset)
    message.place = {start, end}
    message.line = start.line
    message.column = start.column
  }
}
