/**
 * `--baseline-write` and `--baseline`, run in process through the command's
 * injected I/O: edits above and below a baselined finding report nothing
 * new; a new phrase is reported alone; identical findings are counted; a
 * reworded neighbourhood keeps a finding matched by its phrase; fixed
 * findings and deleted files are listed as removable; a broken baseline is
 * one usage error before anything is linted.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeEach, describe, expect, it} from 'vitest'
import {run, type Io} from '../src/cli/run.js'
import {root} from './helpers/build.js'

const folder = join(root, 'test-artifacts', `baseline-${process.pid}`)

const letter = `Referral for Child A (15).

On 3 May two men drove her to Leeds. Staff say she went willingly with them.

She was found at the address on 5 May.
`

beforeEach(() => {
  rmSync(folder, {recursive: true, force: true})
  mkdirSync(join(folder, 'templates'), {recursive: true})
  writeFileSync(join(folder, 'templates', 'letter.txt'), letter)
  writeFileSync(
    join(folder, 'templates', 'guide.md'),
    '# Guide\n\nAvoid labels. Staff say she is streetwise.\n',
  )
})

afterAll(() => rmSync(folder, {recursive: true, force: true}))

interface Finding {
  readonly file: string
  readonly ruleId: string
  readonly line: number
  readonly actual: string
}

async function lint(...args: string[]): Promise<{code: number; stderr: string; findings: Finding[]}> {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdinIsTTY: true,
    readStdin: () => Promise.resolve(new Uint8Array()),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: {},
  }
  const cwd = process.cwd()
  process.chdir(folder)
  try {
    const code = await run(['--format', 'json', ...args], io, '0.0.0-test')
    const report = stdout
      ? (JSON.parse(stdout) as {
          files: {file: string; messages: {ruleId: string; line: number; actual: string}[]}[]
        })
      : {files: []}
    const findings = report.files.flatMap(({file, messages}) =>
      messages.map(({ruleId, line, actual}) => ({file, ruleId, line, actual})),
    )
    return {code, stderr, findings}
  } finally {
    process.chdir(cwd)
  }
}

function edit(name: string, change: (text: string) => string): void {
  const path = join(folder, 'templates', name)
  writeFileSync(path, change(readFileSync(path, 'utf8')))
}

describe('baseline', {timeout: 60_000}, () => {
  it('records every finding, then reports nothing and exits 0', async () => {
    const written = await lint('--baseline-write', 'baseline.json', 'templates')
    expect(written.code).toBe(0)
    expect(written.findings).toEqual([])
    expect(written.stderr).toBe(
      'referral-lint: wrote the baseline "baseline.json" (2 findings in 2 files); lint with --baseline baseline.json to report only new findings\n',
    )
    const baseline = JSON.parse(readFileSync(join(folder, 'baseline.json'), 'utf8')) as {
      version: number
      files: Record<string, {rule: string; count: number}[]>
    }
    expect(baseline.version).toBe(1)
    expect(Object.keys(baseline.files)).toEqual(['templates/guide.md', 'templates/letter.txt'])
    expect(baseline.files['templates/letter.txt']?.map(({rule, count}) => [rule, count])).toEqual([
      ['went-willingly', 1],
    ])
    const again = await lint('--baseline', 'baseline.json', 'templates')
    expect([again.code, again.findings, again.stderr]).toEqual([0, [], ''])
  })

  it('reports nothing new after lines are added, removed and changed above and below a finding', async () => {
    await lint('--baseline-write', 'baseline.json', 'templates')
    edit('letter.txt', (text) =>
      text
        .replace(
          'Referral for Child A (15).',
          'NRM referral\n\nReferral for Child A (15), written 6 May.\n\nSummary follows.',
        )
        .replace(
          'She was found at the address on 5 May.',
          'Police found her at the flat on 5 May.\nShe was taken home.',
        ),
    )
    edit('guide.md', (text) => `Introduction for new staff.\n\n${text}\nMore guidance below.\n`)
    const result = await lint('--baseline', 'baseline.json', 'templates')
    expect([result.code, result.findings, result.stderr]).toEqual([0, [], ''])
  })

  it('reports exactly a new phrase, including a second copy of a baselined one', async () => {
    await lint('--baseline-write', 'baseline.json', 'templates')
    edit(
      'letter.txt',
      (text) => `${text}\nShe is described as a drug runner. Later she went willingly to Hull.\n`,
    )
    const result = await lint('--baseline', 'baseline.json', 'templates')
    expect(result.code).toBe(1)
    expect(result.findings).toEqual([
      {file: 'templates/letter.txt', ruleId: 'drug-runner', line: 7, actual: 'drug runner'},
      {file: 'templates/letter.txt', ruleId: 'went-willingly', line: 7, actual: 'went willingly'},
    ])
  })

  it('keeps a finding matched when the words next to it are reworded, by its phrase', async () => {
    await lint('--baseline-write', 'baseline.json', 'templates')
    edit('letter.txt', (text) =>
      text.replace(
        'Staff say she went willingly with them.',
        'Her carers believe she went willingly to meet them.',
      ),
    )
    const without = await lint('templates/letter.txt')
    expect(without.findings.map(({ruleId}) => ruleId)).toEqual(['went-willingly'])
    const result = await lint('--baseline', 'baseline.json', 'templates')
    expect([result.code, result.findings]).toEqual([0, []])
  })

  it('counts identical findings: a third copy of a phrase baselined twice is new', async () => {
    writeFileSync(join(folder, 'templates', 'letter.txt'), 'She is streetwise.\n\nShe is streetwise.\n')
    await lint('--baseline-write', 'baseline.json', 'templates/letter.txt')
    const baseline = JSON.parse(readFileSync(join(folder, 'baseline.json'), 'utf8')) as {
      files: Record<string, {count: number}[]>
    }
    expect(baseline.files['templates/letter.txt']?.map(({count}) => count)).toEqual([2])
    edit('letter.txt', (text) => `${text}\nShe is streetwise.\n`)
    const result = await lint('--baseline', 'baseline.json', 'templates/letter.txt')
    expect(result.findings.map(({ruleId}) => ruleId)).toEqual(['streetwise'])
  })

  it('lists fixed findings and files that are gone as removable, without failing', async () => {
    await lint('--baseline-write', 'baseline.json', 'templates')
    edit('letter.txt', (text) =>
      text.replace('Staff say she went willingly with them.', 'The men told her she owed them money.'),
    )
    rmSync(join(folder, 'templates', 'guide.md'))
    const result = await lint('--baseline', 'baseline.json', 'templates')
    expect([result.code, result.findings]).toEqual([0, []])
    expect(result.stderr).toBe(
      'referral-lint: 2 findings in the baseline "baseline.json" no longer occur; remove them with --baseline-write baseline.json\n' +
        '  templates/letter.txt: went-willingly (1)\n' +
        '  templates/guide.md: streetwise (1)\n',
    )
    await lint('--baseline-write', 'baseline.json', 'templates')
    expect((await lint('--baseline', 'baseline.json', 'templates')).stderr).toBe('')
  })

  it('keys files relative to the baseline, so it works from another folder', async () => {
    await lint('--baseline-write', 'templates/baseline.json', 'templates')
    const baseline = JSON.parse(readFileSync(join(folder, 'templates', 'baseline.json'), 'utf8')) as {
      files: Record<string, unknown>
    }
    expect(Object.keys(baseline.files)).toEqual(['guide.md', 'letter.txt'])
  })

  it('refuses a missing or broken baseline with one line, before linting anything', async () => {
    const cases: [string, string][] = [
      [
        '',
        'referral-lint: cannot read the baseline "baseline.json": no such file; create it with --baseline-write baseline.json\n',
      ],
      [
        '{nope',
        'referral-lint: the baseline "baseline.json" is not valid JSON; create it with --baseline-write baseline.json\n',
      ],
      [
        '{"version": 2, "files": {}}',
        'referral-lint: the baseline "baseline.json" is not a referral-lint baseline (version must be 1); create it with --baseline-write baseline.json\n',
      ],
      [
        '{"version": 1, "files": {"a.txt": [{"rule": "x"}]}}',
        'referral-lint: the baseline "baseline.json" is not a referral-lint baseline (files["a.txt"] has an entry without rule, phrase, context and a count of 1 or more); create it with --baseline-write baseline.json\n',
      ],
    ]
    for (const [text, message] of cases) {
      rmSync(join(folder, 'baseline.json'), {force: true})
      if (text) writeFileSync(join(folder, 'baseline.json'), text)
      const result = await lint('--baseline', 'baseline.json', 'templates')
      expect([result.code, result.stderr, result.findings]).toEqual([2, message, []])
    }
    const both = await lint('--baseline', 'a.json', '--baseline-write', 'b.json', 'templates')
    expect([both.code, both.stderr]).toEqual([
      2,
      'referral-lint: use either --baseline or --baseline-write, not both\n',
    ])
  })
})
