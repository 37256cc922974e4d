/**
 * Lint one input by kind: plain text (and .docx text) through `lint`,
 * Markdown through remark-retext (code, URLs and front matter are not
 * prose), HTML through rehype-retext (scripts, styles and attributes are
 * skipped). Template placeholders are masked first with same-length words,
 * so every position still points into the source.
 */
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {maskPlaceholders, unmask} from '../config/index.js'
import {lintSync, retextReferralLint} from '../index.js'
import type {Options} from '../types.js'
import type {Input, InputKind} from './read.js'

const processors = new Map<InputKind, WeakMap<Options, Processor>>()

function processorFor(kind: 'markdown' | 'html', options: Options): Processor {
  let cache = processors.get(kind)
  if (!cache) {
    cache = new WeakMap()
    processors.set(kind, cache)
  }
  let processor = cache.get(options)
  if (!processor) {
    // Bridge mode: the retext processor runs on the nlcst tree, messages land on the same file.
    const retext = unified().use(retextEnglish).use(retextReferralLint, options) as never
    processor = (kind === 'markdown'
      ? unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkRetext, retext)
      : unified().use(rehypeParse, {fragment: false}).use(rehypeRetext, retext)
    ).freeze() as unknown as Processor
    cache.set(options, processor)
  }
  return processor
}

/** Lint an input; the file's `value` is the original text (placeholders unmasked). */
export async function lintInput(input: Input, options: Options): Promise<VFile> {
  const original = input.value
  const {value, placeholders} = maskPlaceholders(original)
  const path = input.path === '-' ? (input.name === '<stdin>' ? undefined : input.name) : input.path
  const file = new VFile({value, ...(path === undefined ? {} : {path})})
  if (input.kind === 'markdown' || input.kind === 'html') {
    const processor = processorFor(input.kind, options)
    await processor.run(processor.parse(file), file)
  } else {
    lintSync(file, options)
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
 * Report `.docx` findings by paragraph and character: `line` becomes the
 * paragraph number and `column` the character in it (offsets stay those of
 * the extracted text).
 */
function toParagraphs(file: VFile, text: string): void {
  const starts = [0]
  for (let i = text.indexOf('\n\n'); i !== -1; i = text.indexOf('\n\n', i + 2)) starts.push(i + 2)
  const at = (offset: number): {line: number; column: number; offset: number} => {
    let index = 0
    while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= offset) index++
    return {line: index + 1, column: offset - (starts[index] ?? 0) + 1, offset}
  }
  for (const message of file.messages) {
    const place = message.place
    if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined)
      continue
    const start = at(place.start.offset)
    const end = at(place.end.offset)
    message.place = {start, end}
    message.line = start.line
    message.column = start.column
  }
}
