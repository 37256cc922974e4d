/**
 * A project that uses referral-lint, as the README's examples assume: a git
 * repository with templates and referral-lint installed as a dependency.
 *
 * - `linkedProject` links `node_modules/referral-lint` to a private copy of
 *   the built package (fast; for examples that only run `npx referral-lint`).
 * - `installedProject` installs it with npm from a packed tarball, with a
 *   lockfile, so examples that run `npm ci` work as written (from npm's
 *   cache where it has the dependencies).
 */
import {execFileSync} from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {privateCli, root} from './build.js'

/** A project folder and how to clean it up. */
export interface Project {
  readonly folder: string
  /** The private built package (its `dist/cli.js` is the CLI). */
  readonly cli: string
  /** Remove the project and the private package. */
  readonly remove: () => void
}

/** Environment for commands in a project: no colour, no npm update notices, npm's cache first. */
export function projectEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_UPDATE_NOTIFIER: '1',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_prefer_offline: 'true',
    GIT_AUTHOR_NAME: 'referral-lint test',
    GIT_AUTHOR_EMAIL: 'test@referral-lint.invalid',
    GIT_COMMITTER_NAME: 'referral-lint test',
    GIT_COMMITTER_EMAIL: 'test@referral-lint.invalid',
    ...extra,
  }
  delete env['FORCE_COLOR']
  delete env['NO_COLOR']
  // npm run passes its own settings down; a project's commands must not inherit them.
  for (const key of Object.keys(env))
    if (key.startsWith('npm_package_') || key === 'npm_lifecycle_event') delete env[key]
  return env
}

async function start(
  label: string,
  files: Readonly<Record<string, string>>,
): Promise<{folder: string; cli: string; pkg: string}> {
  const cli = await privateCli(label)
  const pkg = dirname(dirname(cli))
  copyFileSync(join(root, 'package.json'), join(pkg, 'package.json'))
  chmodSync(cli, 0o755)
  const folder = mkdtempSync(join(tmpdir(), `referral-lint-${label}-`))
  writeFileSync(
    join(folder, 'package.json'),
    `${JSON.stringify({name: 'referral-templates', version: '1.0.0', private: true}, null, 2)}\n`,
  )
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, name)), {recursive: true})
    writeFileSync(join(folder, name), text)
  }
  execFileSync('git', ['init', '-q', '-b', 'main'], {cwd: folder, env: projectEnv()})
  return {folder, cli, pkg}
}

/** A project whose `node_modules/referral-lint` is a link to the built package. */
export async function linkedProject(
  label: string,
  files: Readonly<Record<string, string>>,
): Promise<Project> {
  const {folder, cli, pkg} = await start(label, files)
  mkdirSync(join(folder, 'node_modules', '.bin'), {recursive: true})
  symlinkSync(pkg, join(folder, 'node_modules', 'referral-lint'), 'dir')
  symlinkSync(
    join('..', 'referral-lint', 'dist', 'cli.js'),
    join(folder, 'node_modules', '.bin', 'referral-lint'),
  )
  writeFileSync(join(folder, '.gitignore'), 'node_modules/\n')
  return {folder, cli, remove: () => remove(folder, pkg)}
}

/** A project that installs referral-lint with npm, from a tarball of the built package. */
export async function installedProject(
  label: string,
  files: Readonly<Record<string, string>>,
): Promise<Project> {
  const {folder, cli, pkg} = await start(label, files)
  execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', pkg], {
    cwd: pkg,
    env: projectEnv(),
  })
  const tarball = readdirSync(pkg).find((name) => name.endsWith('.tgz'))
  if (!tarball) throw new Error('npm pack made no tarball')
  mkdirSync(join(folder, 'vendor'))
  copyFileSync(join(pkg, tarball), join(folder, 'vendor', tarball))
  writeFileSync(
    join(folder, 'package.json'),
    `${JSON.stringify(
      {
        name: 'referral-templates',
        version: '1.0.0',
        private: true,
        devDependencies: {'referral-lint': `file:vendor/${tarball}`},
      },
      null,
      2,
    )}\n`,
  )
  writeFileSync(join(folder, '.gitignore'), 'node_modules/\n')
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel', 'error'], {
    cwd: folder,
    env: projectEnv(),
    stdio: 'pipe',
  })
  return {folder, cli, remove: () => remove(folder, pkg)}
}

function remove(folder: string, pkg: string): void {
  rmSync(folder, {recursive: true, force: true})
  rmSync(pkg, {recursive: true, force: true})
}
