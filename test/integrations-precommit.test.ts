/**
 * The commit hooks as the README shows them, with Debian's `pre-commit` on a
 * temporary git repository: a commit that adds a blaming phrase is refused,
 * a clean one goes through. The hook repository is a local clone holding this
 * repository's `.pre-commit-hooks.yaml`, so the README's `repo:` URL and `rev:`
 * tag are the only words changed (nothing is fetched).
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'yaml'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root} from './helpers/build.js'
import {linkedProject, projectEnv, type Project} from './helpers/consumer.js'
import {ensureDebian, type Availability} from './helpers/debian.js'
import {readmeExample} from './helpers/readme.js'

let tools: Availability = {ok: false, reason: 'not checked'}
let hookRepo = ''
let hookRev = ''
const home = mkdtempSync(join(tmpdir(), 'referral-lint-pre-commit-home-'))
const projects: Project[] = []

const blaming = '# Referral\n\nShe went willingly with the two men to Leeds.\n'
const clean = '# Referral\n\nTwo men drove her to Leeds on 3 May; she was 15.\n'

beforeAll(() => {
  tools = ensureDebian('pre-commit:pre-commit')
  // The hook repository: this repository's hook manifest, committed.
  hookRepo = mkdtempSync(join(tmpdir(), 'referral-lint-hooks-'))
  copyFileSync(join(root, '.pre-commit-hooks.yaml'), join(hookRepo, '.pre-commit-hooks.yaml'))
  git(hookRepo, 'init', '-q', '-b', 'main')
  git(hookRepo, 'add', '.')
  git(hookRepo, 'commit', '-q', '-m', 'hooks')
  hookRev = git(hookRepo, 'rev-parse', 'HEAD').trim()
}, 600_000)

afterAll(() => {
  for (const project of projects) project.remove()
  rmSync(hookRepo, {recursive: true, force: true})
  rmSync(home, {recursive: true, force: true})
})

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {cwd, env: projectEnv(), encoding: 'utf8'})
}

function env(): NodeJS.ProcessEnv {
  return projectEnv({PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never'})
}

/** Try to commit everything; the exit code, the output and how many commits there are. */
function commit(folder: string, message: string): {code: number | null; output: string; commits: number} {
  spawnSync('git', ['add', '-A'], {cwd: folder, env: env()})
  const result = spawnSync('git', ['commit', '-m', message], {cwd: folder, env: env(), encoding: 'utf8'})
  const log = spawnSync('git', ['rev-list', '--count', 'HEAD'], {cwd: folder, env: env(), encoding: 'utf8'})
  return {
    code: result.status,
    output: `${result.stdout}${result.stderr}`,
    commits: Number(log.stdout.trim() || 0),
  }
}

async function project(label: string): Promise<Project> {
  const created = await linkedProject(label, {'templates/letter.md': blaming})
  projects.push(created)
  return created
}

describe('pre-commit (Debian package) with the README config', {timeout: 300_000}, () => {
  it('refuses a commit with a blaming phrase and accepts a clean one, through the hook repository', async (context) => {
    if (!tools.ok) return context.skip(tools.reason)
    const {folder} = await project('pre-commit')
    const example = readmeExample('pre-commit-config').code
    // The only change: the hook repository is the local clone, at its commit.
    const config = example
      .replace('repo: https://github.com/referral-lint/referral-lint', `repo: ${hookRepo}`)
      .replace('rev: v0.1.0', `rev: ${hookRev}`)
    expect(config.split('\n').filter((line, index) => line !== example.split('\n')[index])).toHaveLength(2)
    writeFileSync(join(folder, '.pre-commit-config.yaml'), config)
    const install = spawnSync('pre-commit', ['install'], {cwd: folder, env: env(), encoding: 'utf8'})
    expect(install.status, install.stderr).toBe(0)

    const refused = commit(folder, 'Add the letter template')
    expect(refused.code, refused.output).toBe(1)
    expect(refused.output).toMatch(/referral-lint\.+Failed/)
    expect(refused.output).toContain('went-willingly')
    expect(refused.output).toContain('templates/letter.md')
    expect(refused.commits).toBe(0)

    writeFileSync(join(folder, 'templates', 'letter.md'), clean)
    const accepted = commit(folder, 'Add the letter template')
    expect(accepted.code, accepted.output).toBe(0)
    expect(accepted.output).toMatch(/referral-lint\.+Passed/)
    expect(accepted.commits).toBe(1)
  })

  it('the hook manifest runs the installed referral-lint on templates, with no environment of its own', () => {
    const [hook] = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Record<
      string,
      unknown
    >[]
    expect(hook).toMatchObject({
      id: 'referral-lint',
      language: 'system',
      entry: 'npx --no-install referral-lint',
    })
    const files = new RegExp(String(hook?.['files']))
    for (const name of ['a.txt', 'b.md', 'c.markdown', 'd.html', 'e.htm', 'f.docx'])
      expect(files.test(name), name).toBe(true)
    for (const name of ['a.js', 'b.json', 'md.txt.bak']) expect(files.test(name), name).toBe(false)
  })

  it('the README local hook works as written', async (context) => {
    if (!tools.ok) return context.skip(tools.reason)
    const {folder} = await project('pre-commit-local')
    writeFileSync(join(folder, '.pre-commit-config.yaml'), readmeExample('pre-commit-local').code)
    expect(spawnSync('pre-commit', ['install'], {cwd: folder, env: env()}).status).toBe(0)
    const refused = commit(folder, 'Add the letter template')
    expect(refused.code, refused.output).toBe(1)
    expect(refused.output).toContain('went-willingly')
    writeFileSync(join(folder, 'templates', 'letter.md'), clean)
    const accepted = commit(folder, 'Add the letter template')
    expect(accepted.code, accepted.output).toBe(0)
    expect(accepted.commits).toBe(1)
  })
})

describe('plain Git hook from the README', {timeout: 300_000}, () => {
  it('refuses a commit with a blaming phrase and accepts a clean one', async () => {
    const {folder} = await project('git-hook')
    const hook = join(folder, '.git', 'hooks', 'pre-commit')
    writeFileSync(hook, readmeExample('git-hook').code)
    chmodSync(hook, 0o755)
    const refused = commit(folder, 'Add the letter template')
    expect(refused.code, refused.output).toBe(1)
    expect(refused.output).toContain('went-willingly')
    expect(refused.commits).toBe(0)
    writeFileSync(join(folder, 'templates', 'letter.md'), clean)
    const accepted = commit(folder, 'Add the letter template')
    expect(accepted.code, accepted.output).toBe(0)
    expect(accepted.commits).toBe(1)
  })
})
