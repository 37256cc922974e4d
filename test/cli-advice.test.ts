/**
 * The advice the `stylish` report prints under a finding, the note cut to
 * one line, and the `--help` lines for the subcommands. In process: the
 * built CLI's output is pinned by the fixtures in fixtures/cli/ (`no-advice`,
 * `format-compact`, `coverage-*`, `unmatched-pattern-*`).
 */
import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {helpText, parseCommand} from '../src/cli/args.js'
import {adviceLines, adviceNoteLength, truncate} from '../src/cli/formats/human.js'

function finding(expected: string[], note?: string): VFileMessage {
  const message = new VFileMessage('`x` is a label', {ruleId: 'x'})
  message.expected = expected
  if (note !== undefined) message.note = note
  return message
}

describe('advice under a finding', () => {
  it('shows two suggestions and counts the rest, then the note', () => {
    expect(
      adviceLines(finding(['is a girl', 'is a boy', 'is a child'], 'Say "girl", "boy" or "child".')),
    ).toEqual(['  try: is a girl / is a boy (+1 more)', '  why: Say "girl", "boy" or "child".'])
  })

  it('shows nothing for a finding with no suggestion and no note', () => {
    expect(adviceLines(finding([]))).toEqual([])
  })

  it('does not repeat a note that only restates the suggestion (a missing fact)', () => {
    const prompt = 'Give your professional view.'
    expect(adviceLines(finding([prompt], `The NRM form asks for this. ${prompt}`))).toEqual([
      `  try: ${prompt}`,
    ])
  })

  it('keeps each line on one line', () => {
    expect(adviceLines(finding(['went with\n[adult]'], 'A child\ncannot consent.'))).toEqual([
      '  try: went with [adult]',
      '  why: A child cannot consent.',
    ])
  })
})

describe('truncate', () => {
  it('keeps a note that fits', () => {
    expect(truncate('Short note.', adviceNoteLength)).toBe('Short note.')
  })

  it('stops after the last whole sentence past half-way, marked with …', () => {
    const text = `${'a'.repeat(60)}. ${'b'.repeat(60)}.`
    expect(truncate(text, 100)).toBe(`${'a'.repeat(60)}. …`)
  })

  it('otherwise cuts at a word, within the limit, marked with …', () => {
    const text = `${'word '.repeat(30)}end`
    const cut = truncate(text, 40)
    expect(cut).toBe(`${'word '.repeat(6)}word…`)
    expect(cut.length).toBeLessThanOrEqual(40)
  })
})

describe('options', () => {
  it('parses --no-advice, --coverage, --no-coverage and --no-error-on-unmatched-pattern', () => {
    const base = parseCommand(['a.txt'])
    expect(base).toMatchObject({advice: true, errorOnUnmatchedPattern: true})
    expect(base).not.toHaveProperty('coverage')
    expect(parseCommand(['--no-advice', 'a.txt'])).toMatchObject({advice: false})
    expect(parseCommand(['--coverage', 'a.txt'])).toMatchObject({coverage: true})
    expect(parseCommand(['--no-coverage', 'a.txt'])).toMatchObject({coverage: false})
    expect(parseCommand(['--no-error-on-unmatched-pattern', 'a.txt'])).toMatchObject({
      errorOnUnmatchedPattern: false,
    })
    expect(parseCommand(['-f', 'compact', 'a.txt'])).toMatchObject({format: 'compact'})
  })

  it('--help lists the serve, audit and lsp subcommands, one line each', () => {
    const lines = helpText('1.2.3').split('\n')
    for (const name of ['serve', 'audit', 'lsp']) {
      const matching = lines.filter((line) => line.trimStart().startsWith(`referral-lint ${name}`))
      expect(matching, name).toHaveLength(1)
      expect(matching[0], name).toMatch(new RegExp(`^( {7}|Usage: )referral-lint ${name} .*\\(.+\\)$`))
    }
  })
})
