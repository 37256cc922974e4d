/**
 * The formats for people: `stylish` (vfile-reporter, each finding followed
 * by its advice, then the missing facts) and `compact` (one line per
 * finding, as ESLint's compact format). Also decides, for every format,
 * whether a file's missing facts are listed (`coverageShown`).
 */
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import type {ReportContext, Result} from '../formats.js'
import {severityOf, spanOf, visible} from './shared.js'

/** Suggestions shown under a finding; `--explain <rule>` gives the rest. */
export const adviceSuggestions = 2

/** Longest note line under a finding, in characters. */
export const adviceNoteLength = 100

/**
 * Whether a result's missing facts are listed. People's formats (`stylish`,
 * `compact`) list them for plain text and `.docx` unless turned off, and for
 * Markdown and HTML templates only when asked; `sarif` and `github` only
 * when asked (`--coverage`, or `coverage: true` in the config), so a CI run
 * over many files is not one location-less note per file. With
 * `--indicators` the facts are findings already, and never listed twice.
 */
export function coverageShown(result: Result, audience: 'people' | 'ci'): boolean {
  if (result.file.messages.some((message) => message.ruleId?.startsWith('missing-'))) return false
  if (result.coverage !== undefined) return result.coverage
  return audience === 'people' && (result.kind === 'text' || result.kind === 'docx')
}

/** The labels of the facts a file does not state, lower case. */
export function missingLabels(file: VFile): string[] {
  return (file.data.coverage?.elements ?? [])
    .filter((element) => !element.present)
    .map(({label}) => label.toLowerCase())
}

/** The footer: one line per file that has missing facts to list. */
function coverageLines(results: readonly Result[]): string[] {
  const lines: string[] = []
  for (const result of results) {
    const missing = missingLabels(result.file)
    if (missing.length === 0 || !coverageShown(result, 'people')) continue
    lines.push(`${result.name}: missing facts: ${missing.join('; ')}`)
  }
  return lines
}

/** `stylish`: vfile-reporter, the advice under each finding, then the missing facts. */
export function stylish({results, color, quiet, advice = true}: ReportContext): string {
  const files = results.map(({file}) => (advice ? withAdvice(file, color) : file))
  let out = reporter(files, {color, silent: quiet, defaultName: '<stdin>'})
  if (out) out += '\n'
  if (!quiet) {
    const lines = coverageLines(results)
    if (lines.length > 0) out += `\n${lines.join('\n')}\n`
  }
  return out
}

/**
 * A stand-in for `file` whose messages carry their advice as extra lines:
 * vfile-reporter prints the lines after a message's first under its row.
 * The file and its messages are left as they are.
 */
function withAdvice(file: VFile, color: boolean): VFile {
  const copy = new VFile()
  copy.history = [...file.history]
  copy.messages = file.messages.map((message) => {
    const lines = adviceLines(message)
    if (lines.length === 0) return message
    const shown = lines.map((line) => (color ? `\u001B[2m${line}\u001B[22m` : line))
    const clone = Object.assign(
      Object.create(Object.getPrototypeOf(message) as object),
      message,
    ) as VFileMessage
    clone.message = [message.message, ...shown].join('\n')
    clone.stack = ''
    return clone
  })
  return copy
}

/**
 * The advice under a finding: up to two suggestions on one line, and the
 * note cut to one line.
 */
export function adviceLines(message: VFileMessage): string[] {
  const lines: string[] = []
  const suggestions = (message.expected ?? []).filter((text) => text.trim() !== '')
  if (suggestions.length > 0) {
    const shown = suggestions.slice(0, adviceSuggestions).map(oneLine)
    const more = suggestions.length - shown.length
    lines.push(`  try: ${shown.join(' / ')}${more > 0 ? ` (+${String(more)} more)` : ''}`)
  }
  // A note that only repeats a suggestion (a missing fact's prompt) is not shown twice.
  const note = message.note ? oneLine(message.note) : ''
  if (note && !suggestions.some((text) => note.includes(oneLine(text)))) {
    lines.push(`  why: ${truncate(note, adviceNoteLength)}`)
  }
  return lines
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Text of at most `max` characters: whole if it fits; else up to the last
 * sentence that ends past half-way; else cut at a word, with `…`.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const head = text.slice(0, max)
  const sentence = head.lastIndexOf('. ')
  if (sentence >= max / 2) return `${head.slice(0, sentence + 1)} …`
  const space = head.lastIndexOf(' ', max - 2)
  return `${(space > max / 2 ? head.slice(0, space) : head.slice(0, max - 1)).replace(/[\s,;:]+$/, '')}…`
}

const compactSeverity = {error: 'Error', warning: 'Warning', info: 'Info'} as const

/**
 * `compact`: one line per finding, as ESLint's compact format
 * (`file: line L, col C, Error - message (rule)`), then the count of
 * problems, then the missing facts, one line per file.
 */
export function compact({results, quiet}: ReportContext): string {
  const lines: string[] = []
  for (const {file, name} of results) {
    for (const message of [...visible(file.messages, quiet)].sort(byPlace)) {
      const {line, column} = spanOf(message)
      const rule = message.ruleId ? ` (${message.ruleId})` : ''
      lines.push(
        `${name}: line ${String(line)}, col ${String(column)}, ${compactSeverity[severityOf(message)]} - ${oneLine(message.reason)}${rule}`,
      )
    }
  }
  let out =
    lines.length > 0
      ? `${lines.join('\n')}\n\n${String(lines.length)} problem${lines.length === 1 ? '' : 's'}\n`
      : ''
  if (!quiet) {
    const missing = coverageLines(results)
    if (missing.length > 0) out += `${out ? '\n' : ''}${missing.join('\n')}\n`
  }
  return out
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  const left = spanOf(a)
  const right = spanOf(b)
  return left.line - right.line || left.column - right.column
}
