/**
 * Hostile cases: the smaller ones of the report, each with its own test.
 */
import {mkdirSync, readFileSync, symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {spawn} from 'node:child_process'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {audit, type AuditIo, type AuditReport} from '../../src/cli/audit.js'
import {lintSync} from '../../src/index.js'
import {ensureBuilt} from '../helpers/build.js'
import {builtCli, removeCli, runCli, scratch, spawnTimeout} from './helpers.js'

beforeAll(ensureBuilt, 300_000)
afterAll(removeCli)

const secret = 'Zebedee-Quillfeather'

describe('smaller cases', {timeout: spawnTimeout}, () => {
  it('csv-unterminated-quote', async () => {
    const folder = scratch('csv-quote', {
      'rows.csv': 'id,text\n1,"She is streetwise.\n2,She went willingly.\n3,Fine.\n',
    })
    const io = capture()
    const code = await audit([join(folder, 'rows.csv'), '--field', 'text', '--out', join(folder, 'out')], io)
    expect(code).toBe(0)
    const report = JSON.parse(readFileSync(join(folder, 'out', 'summary.json'), 'utf8')) as AuditReport
    expect(report.badRows.rows).toEqual([{line: 2, reason: 'unterminated quote'}])
    expect(io.err).toContain('line 2 (unterminated quote)')
  })

  it('pipe-to-head-ends-quietly', async () => {
    const folder = scratch('epipe', {'a.txt': 'Staff describe her as streetwise.\n'.repeat(20_000)})
    const cli = await builtCli()
    const result = await new Promise<{code: number | null; stderr: string}>((resolve) => {
      const child = spawn(
        'bash',
        [
          '-c',
          `"${process.execPath}" "${cli}" --no-config --time-limit 3600000 a.txt | head -n 1 >/dev/null`,
        ],
        {cwd: folder},
      )
      let stderr = ''
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
      child.on('close', (code) => resolve({code, stderr}))
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  it('empty-directory', async () => {
    const folder = scratch('empty-dir')
    mkdirSync(join(folder, 'docs'))
    const result = await runCli(['--no-config', 'docs'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'referral-lint: no files to lint in "docs" (looked for .txt .md .markdown .html .htm .docx; symbolic links are not followed): give a directory that holds some, change --ext, or pass --no-error-on-unmatched-pattern to allow it\n',
    )
  })

  it('directory-of-symlinks-only', async () => {
    const folder = scratch('links-dir', {'real/a.txt': 'She is streetwise.\n'})
    mkdirSync(join(folder, 'docs'))
    symlinkSync(join(folder, 'real', 'a.txt'), join(folder, 'docs', 'a.txt'))
    const result = await runCli(['--no-config', 'docs'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^referral-lint: no files to lint in "docs"/)
  })

  it('empty-directory-and-links-only-with-no-error-on-unmatched-pattern', async () => {
    const folder = scratch('empty-allowed', {'real/a.txt': 'She is streetwise.\n'})
    mkdirSync(join(folder, 'empty'))
    mkdirSync(join(folder, 'links'))
    symlinkSync(join(folder, 'real', 'a.txt'), join(folder, 'links', 'a.txt'))
    const result = await runCli(['--no-config', '--no-error-on-unmatched-pattern', 'empty', 'links'], folder)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe('')
    expect(result.code).toBe(0)
  })

  it('glob-with-a-reversed-range', async () => {
    const result = await runCli(['--no-config', '[z-a]*.txt'], scratch('range'))
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'referral-lint: the glob "[z-a]*.txt" has the range "z-a", which is reversed; write "a-z"\n',
    )
  })

  it('pack-unless-is-a-number', async () => {
    const folder = scratch('unless', {
      '.referrallintrc.yaml': 'packs: [team.yaml]\n',
      'team.yaml': `- id: team-x
  category: judgemental
  severity: error
  target: term
  phrases: [troubled teen]
  unless: 5
  message: '\`{actual}\`'
  suggestions: [x]
  note: x
  examples: {incorrect: ['A [[troubled teen]].'], correct: ['Fine.']}
`,
      'a.txt': 'Fine.\n',
    })
    const result = await runCli(['a.txt'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'referral-lint: team.yaml: `rules[0].unless` rule "team-x": must be a list of {precededBy, followedBy, within} objects\n',
    )
  })

  it('pack-rule-with-an-unknown-key', async () => {
    const folder = scratch('pack-key', {
      'team.json': JSON.stringify([
        {
          id: 'team-x',
          category: 'judgemental',
          severity: 'error',
          target: 'term',
          phrases: ['troubled teen'],
          sugestions: ['x'],
          suggestions: ['x'],
          message: 'x',
          note: 'x',
          examples: {incorrect: ['A [[troubled teen]].'], correct: ['Fine.']},
        },
      ]),
      '.referrallintrc.json': JSON.stringify({packs: ['team.json']}),
      'a.txt': 'Fine.\n',
    })
    const result = await runCli(['a.txt'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'referral-lint: team.json: `rules[0].sugestions` rule "team-x": is not a rule field (did you mean "suggestions"?); remove it\n',
    )
  })

  it('audit-out-onto-an-existing-file', async () => {
    const folder = scratch('audit-out', {'rows.jsonl': '{"text": "fine"}\n', taken: 'x'})
    const io = capture()
    const code = await audit(
      [join(folder, 'rows.jsonl'), '--field', 'text', '--out', join(folder, 'taken')],
      io,
    )
    expect(code).toBe(2)
    expect(io.err).toBe(
      `referral-lint audit: --out \`${join(folder, 'taken')}\` is a file; give a directory (it is created if missing)\n`,
    )
  })

  it('config-ignore-key-is-honoured', async () => {
    const folder = scratch('config-ignore', {
      '.referrallintrc.json': JSON.stringify({ignore: ['drafts/']}),
      'drafts/a.txt': 'She is streetwise.\n',
      'final/b.txt': 'She was found at a flat.\n',
    })
    const result = await runCli(['drafts/a.txt', 'final/b.txt'], folder)
    expect(result.code).toBe(0)
    expect(result.stdout).not.toContain('drafts')
  })

  it('json-config-error-does-not-quote-the-file', async () => {
    const folder = scratch('json-secret', {
      '.referrallintrc.json': `{"allow": [${secret}]}`,
      'a.txt': 'Fine.\n',
    })
    const result = await runCli(['a.txt'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('referral-lint: .referrallintrc.json: is not valid JSON; fix the syntax\n')
    const positioned = scratch('json-secret-2', {
      '.referrallintrc.json': `{"allow": ["${secret}"] "more"}`,
      'a.txt': 'Fine.\n',
    })
    const second = await runCli(['a.txt'], positioned)
    expect(second.stderr).not.toContain(secret)
    expect(second.stderr).toMatch(/is not valid JSON at line 1, column \d+; fix the syntax/)
  })

  it('yaml-config-error-does-not-quote-the-file', async () => {
    const folder = scratch('yaml-secret', {
      '.referrallintrc.yaml': `allow: [*${secret}]\n`,
      'a.txt': 'Fine.\n',
    })
    const result = await runCli(['a.txt'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).not.toContain(secret)
    expect(result.stderr).toMatch(/^referral-lint: \.referrallintrc\.yaml: is not valid YAML/)
  })

  it('library-array-value', () => {
    expect(() => lintSync(['She went willingly.'] as never)).toThrow(
      new TypeError('referral-lint: lint() needs the text as a string, UTF-8 bytes or a VFile, not an array'),
    )
  })

  it('library-string-object-value', () => {
    expect(() => lintSync(new String('She went willingly.') as never)).toThrow(
      /not a String object \(use a primitive string\)/,
    )
  })

  it('library-plain-object-value', () => {
    expect(() => lintSync({text: 'She went willingly.'})).toThrow(/not an object$/)
  })

  it('library-number-value', () => {
    expect(() => lintSync(42 as never)).toThrow(/not a number$/)
  })

  it('library-bad-options', () => {
    expect(() => lintSync('x', 42 as never)).toThrow('referral-lint: options must be an object, not a number')
    expect(() => lintSync('x', {rules: 'off'} as never)).toThrow(
      'referral-lint: option `rules` must be an object of rule id or category to "off", "info", "warning" or "error"',
    )
    expect(() => lintSync('x', {prest: 'adult'} as never)).toThrow(/unknown option `prest`/)
    expect(() => lintSync('x', {allow: 'went'} as never)).toThrow(
      /option `allow` must be an array of phrases/,
    )
  })

  it('soft-hyphen-inside-a-word', () => {
    const text = 'Staff describe her as street\u00ADwise.'
    const found = lintSync(text).messages.find((message) => message.ruleId === 'streetwise')
    expect(found?.actual).toBe('street\u00ADwise')
  })

  it('zero-width-space-inside-a-word', () => {
    const text = 'She is a pros\u200Btitute.'
    const found = lintSync(text).messages.find((message) => message.ruleId === 'prostitute')
    expect(found?.actual).toBe('pros\u200Btitute')
  })
})

function capture(): AuditIo & {out: string; err: string} {
  const io = {
    out: '',
    err: '',
    stderrIsTTY: false,
    stdout: (text: string) => {
      io.out += text
    },
    stderr: (text: string) => {
      io.err += text
    },
  }
  return io
}
