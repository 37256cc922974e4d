/**
 * The CI integrations and the adoption steps as the README shows them, run
 * as written in a project that installs referral-lint with npm:
 *
 * - GitHub Actions: `action.yml` and the README workflow pass the GitHub
 *   Actions schemas (`@action-validator/core`), and the workflow runs on a
 *   stand-in runner (`helpers/actions.ts`): annotations, the job's result,
 *   and a SARIF file that validates for the upload step.
 * - GitLab CI: `gitlab-ci-local` (which validates `.gitlab-ci.yml` against
 *   GitLab's schema) runs the README job in its shell executor; the Code
 *   Quality and JUnit reports it leaves are read by their consumers.
 * - Checkstyle: the README command's report, read by Danger's parser.
 * - Baseline and cache: the README commands, with edits around a baselined
 *   finding and a new phrase.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {validateAction, validateWorkflow} from '@action-validator/core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runAction, runWorkflowJob, type StandIn} from './helpers/actions.js'
import {root} from './helpers/build.js'
import {installedProject, projectEnv, type Project} from './helpers/consumer.js'
import {ensureDebian, type Availability} from './helpers/debian.js'
import {readmeExample} from './helpers/readme.js'
import {compileSchema} from './helpers/schema.js'

const letter = `# Letter to the school

Dear colleague,

She went willingly with the two men to Leeds.

Yours sincerely
`
const fixedLetter = letter.replace('She went willingly with', 'Two men took her')
const guide = 'Guidance: record who moved the child, where and when.\n'

let project: Project | undefined
let rsync: Availability = {ok: false, reason: 'not checked'}
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}

beforeAll(async () => {
  rsync = ensureDebian('rsync:rsync')
  project = await installedProject('ci', {'templates/letter.md': letter, 'templates/guide.txt': guide})
  git('add', '-A')
  git('commit', '-q', '-m', 'Templates')
}, 600_000)

afterAll(() => project?.remove())

function folder(): string {
  if (!project) throw new Error('the project was not set up')
  return project.folder
}

function git(...args: string[]): string {
  return execFileSync('git', args, {cwd: folder(), env: projectEnv(), encoding: 'utf8'})
}

function sh(script: string): {code: number | null; stdout: string; stderr: string} {
  const result = spawnSync('bash', ['-e', '-c', script], {cwd: folder(), env: projectEnv(), encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function write(name: string, text: string): void {
  writeFileSync(join(folder(), name), text)
}

describe('GitHub Actions', {timeout: 300_000}, () => {
  it('action.yml and the README workflow pass the GitHub Actions schemas', () => {
    expect(validateAction(readFileSync(join(root, 'action.yml'), 'utf8')).errors).toEqual([])
    expect(validateWorkflow(readmeExample('github-workflow').code).errors).toEqual([])
    // The validator does reject a broken action.
    expect(validateAction('name: x\nruns:\n  using: composite\n').errors).not.toEqual([])
  })

  it('the README workflow annotates the finding, fails the job, and leaves SARIF for the upload step', () => {
    const sarif = compileSchema(join(root, 'test', 'schemas', 'sarif-2.1.0.json'))
    const uploaded: {ruleId: string; uri: string; line: number}[][] = []
    const standIns: Record<string, StandIn> = {
      'actions/checkout@': (inputs) => expect(inputs['persist-credentials']).toBe('false'),
      'actions/setup-node@': (inputs) =>
        expect(Number(inputs['node-version'])).toBeLessThanOrEqual(
          Number(process.versions.node.split('.')[0]),
        ),
      'github/codeql-action/upload-sarif@': (inputs, workspace) => {
        const log = JSON.parse(readFileSync(join(workspace, inputs['sarif_file'] ?? ''), 'utf8')) as {
          runs: {
            results: {
              ruleId: string
              locations: {physicalLocation: {artifactLocation: {uri: string}; region?: {startLine: number}}}[]
            }[]
          }[]
        }
        expect(sarif(log), JSON.stringify(sarif.errors)).toBe(true)
        uploaded.push(
          (log.runs[0]?.results ?? [])
            .filter((result) => !result.ruleId.startsWith('missing-'))
            .map((result) => ({
              ruleId: result.ruleId,
              uri: result.locations[0]?.physicalLocation.artifactLocation.uri ?? '',
              line: result.locations[0]?.physicalLocation.region?.startLine ?? 0,
            })),
        )
      },
    }
    const workflow = readmeExample('github-workflow').code
    const failing = runWorkflowJob(workflow, 'referral-lint', folder(), standIns, projectEnv())
    expect(failing.map((step) => [step.name, step.ran, step.code])).toEqual([
      ['actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683', true, 0],
      ['actions/setup-node@39370e3970a6d050c480ffad4ff0ed4d3fdee5af', true, 0],
      ['npm ci', true, 0],
      ['referral-lint/referral-lint@v0.1.0', true, 1],
      ['github/codeql-action/upload-sarif@v3', true, 0],
    ])
    const action = failing[3]
    expect(action?.stdout).toMatch(
      /^::error file=templates\/letter\.md,line=5,endLine=5,col=5,endColumn=19,title=referral-lint\(went-willingly\)::/m,
    )
    expect(action?.outputs).toEqual({'sarif-file': 'referral-lint.sarif'})
    expect(uploaded).toEqual([[{ruleId: 'went-willingly', uri: 'templates/letter.md', line: 5}]])

    write('templates/letter.md', fixedLetter)
    const passing = runWorkflowJob(workflow, 'referral-lint', folder(), standIns, projectEnv())
    expect(passing.map((step) => step.code)).toEqual([0, 0, 0, 0, 0])
    expect(passing[3]?.stdout).not.toMatch(/^::(error|warning)/m)
    expect(uploaded[1]).toEqual([])
    write('templates/letter.md', letter)
  })

  it("runs this action's version with npx when the repository does not install referral-lint", () => {
    const empty = mkdtempSync(join(tmpdir(), 'referral-lint-action-'))
    const bin = join(empty, 'bin')
    mkdirSync(bin)
    // A stand-in npx that records its arguments (nothing is fetched).
    writeFileSync(join(bin, 'npx'), '#!/bin/sh\nprintf "%s\\n" "$@" >> "$NPX_LOG"\n')
    chmodSync(join(bin, 'npx'), 0o755)
    const log = join(empty, 'npx.log')
    try {
      const env = {
        ...projectEnv({NPX_LOG: log, RUNNER_TEMP: empty}),
        PATH: `${bin}:${String(process.env['PATH'])}`,
      }
      const result = runAction({paths: 'templates/ letters/', 'sarif-file': ''}, empty, env)
      expect(result.code).toBe(0)
      expect(readFileSync(log, 'utf8').split('\n').slice(0, 9)).toEqual([
        '--yes',
        `referral-lint@${version}`,
        '--format',
        'github',
        '--cache',
        '--cache-location',
        join(empty, 'referral-lint-action.cache'),
        '--',
        'templates/',
      ])
      expect(result.outputs).toEqual({'sarif-file': ''})
    } finally {
      rmSync(empty, {recursive: true, force: true})
    }
  })
})

describe('GitLab CI', {timeout: 400_000}, () => {
  it('gitlab-ci-local runs the README job: the job fails on the finding, and leaves Code Quality and JUnit reports', async (context) => {
    if (!rsync.ok) return context.skip(rsync.reason)
    write('.gitlab-ci.yml', readmeExample('gitlab-ci').code)
    git('add', '-A')
    git('commit', '-q', '-m', 'CI')
    const result = spawnSync(
      join(root, 'node_modules', '.bin', 'gitlab-ci-local'),
      ['--force-shell-executor', 'referral-lint'],
      {cwd: folder(), env: projectEnv(), encoding: 'utf8'},
    )
    const output = `${result.stdout}${result.stderr}`
    expect(output).toContain('json schema validated')
    expect(result.status, output).not.toBe(0)
    expect(output).toMatch(/FAIL\s+referral-lint/)

    const report = JSON.parse(readFileSync(join(folder(), 'gl-code-quality-report.json'), 'utf8')) as {
      check_name: string
      fingerprint: string
      location: {path: string; lines: {begin: number}}
    }[]
    const validate = compileSchema(join(root, 'test', 'schemas', 'gitlab-code-quality.schema.json'))
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    expect(report.map(({check_name, location}) => [check_name, location.path, location.lines.begin])).toEqual(
      [['went-willingly', 'templates/letter.md', 5]],
    )

    const {parse} = (await import('test-results-parser')) as {
      parse: (options: {type: string; files: string[]}) => {
        total: number
        failed: number
        suites: {name: string; cases: {name: string; status: string}[]}[]
      }
    }
    const junit = parse({type: 'junit', files: [join(folder(), 'referral-lint-junit.xml')]})
    expect([junit.total, junit.failed]).toEqual([2, 1])
    expect(
      junit.suites.map((suite) => [suite.name, suite.cases.map((test) => [test.name, test.status])]),
    ).toEqual([
      ['templates/guide.txt', [['referral-lint', 'PASS']]],
      ['templates/letter.md', [['went-willingly at 5:5-5:19', 'FAIL']]],
    ])
  })
})

describe('Checkstyle for other platforms', {timeout: 120_000}, () => {
  it("the README command writes a report that Danger's checkstyle parser reads", async () => {
    const result = sh(readmeExample('checkstyle').code)
    expect(result.code, result.stderr).toBe(0)
    const {scanXmlReport} = (await import('danger-plugin-lint-report')) as unknown as {
      scanXmlReport: (
        git: null,
        xml: Buffer,
        root: string,
        requireLineModification: boolean,
        callback: (violation: {file: string; line: number; column: number; severity: string}) => void,
      ) => Promise<void>
    }
    const violations: {file: string; line: number; column: number; severity: string}[] = []
    await scanXmlReport(
      null,
      readFileSync(join(folder(), 'referral-lint-checkstyle.xml')),
      folder(),
      false,
      (v) => violations.push(v),
    )
    expect(violations.map(({file, line, column, severity}) => [file, line, column, severity])).toEqual([
      ['templates/letter.md', 5, 5, 'error'],
    ])
  })
})

describe('Adopting with a baseline, as the README says', {timeout: 180_000}, () => {
  it('records today’s findings, reports nothing new after edits around them, and exactly a new phrase', () => {
    const record = sh(readmeExample('baseline-write').code)
    expect(record.code, record.stderr).toBe(0)
    expect(record.stderr).toBe(
      'referral-lint: wrote the baseline ".referrallint-baseline.json" (1 finding in 1 file); lint with --baseline .referrallint-baseline.json to report only new findings\n',
    )
    expect(git('diff', '--cached', '--name-only')).toBe('.referrallint-baseline.json\n')
    const baseline = readFileSync(join(folder(), '.referrallint-baseline.json'), 'utf8')
    // Rule ids and hashes only: no words of the template.
    for (const words of ['went willingly', 'Leeds', 'two men']) expect(baseline).not.toContain(words)

    const use = readmeExample('baseline-use').code
    // Lines added and changed above and below the baselined finding.
    write(
      'templates/letter.md',
      letter
        .replace('Dear colleague,', 'Dear Ms Patel,\n\nThank you for your call on Monday.')
        .replace('Yours sincerely', 'Please call me on the number below.\n\nKind regards'),
    )
    const quiet = sh(use)
    expect(quiet.code, quiet.stdout).toBe(0)
    expect(quiet.stdout).not.toMatch(/error|warning/)

    write('templates/letter.md', `${letter}\nStaff describe her as streetwise.\n`)
    const added = sh(use)
    expect(added.code).toBe(1)
    const findings = added.stdout
      .split('\n')
      .filter((line) => /^\d+:\d+-\d+:\d+\s+(error|warning|info)\s/.test(line))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatch(/^9:23-9:33\s+error\s+.*\sstreetwise\s+referral-lint$/)

    write('templates/letter.md', fixedLetter)
    const fixed = sh(use)
    expect(fixed.code).toBe(0)
    expect(fixed.stderr).toBe(
      'referral-lint: 1 finding in the baseline ".referrallint-baseline.json" no longer occurs; remove it with --baseline-write .referrallint-baseline.json\n  templates/letter.md: went-willingly (1)\n',
    )
    write('templates/letter.md', letter)
  })

  it('the README cache command reports the same findings from the cache on the second run', () => {
    const example = readmeExample('cache').code
    const first = sh(`${example.trim()} || true`)
    expect(existsSync(join(folder(), '.referrallintcache'))).toBe(true)
    const second = sh(`${example.trim()} || true`)
    expect(second.stdout).toBe(first.stdout)
    expect(second.stdout).toContain('went-willingly')
  })
})
