/**
 * What a user downloads: the packed tarball (`npm pack`) and a fresh
 * `npm install` of it into an empty project, as the bench's last section.
 *
 * The install reads the npm registry (or npm's cache, `--prefer-offline`);
 * where neither answers, the bench says so and goes on. Nothing of the
 * project's is sent anywhere: this is npm fetching the published
 * dependencies the tarball names.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

export interface InstallFootprint {
  /** The tarball's file name, bytes and file count. */
  readonly tarball: {
    readonly name: string
    readonly bytes: number
    readonly files: number
    readonly unpacked: number
  }
  /** Bytes on disk and packages under node_modules after the install, or why there are none. */
  readonly install: {readonly bytes: number; readonly packages: number} | {readonly error: string}
}

/** Total size of the files under `dir` (symbolic links not followed). */
function sizeOf(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) total += sizeOf(path)
    else if (entry.isFile()) total += statSync(path).size
  }
  return total
}

/** Pack the project at `root` (already built) and install the tarball into an empty project. */
export function installFootprint(root: string): InstallFootprint {
  const dir = mkdtempSync(join(tmpdir(), 'referral-lint-install-'))
  try {
    const packed = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
    })
    if (packed.status !== 0)
      throw new Error(`npm pack failed: ${packed.stderr.trim().split('\n').pop() ?? ''}`)
    const [info] = JSON.parse(packed.stdout) as {
      filename: string
      size: number
      unpackedSize: number
      entryCount: number
    }[]
    if (!info) throw new Error('npm pack printed no tarball')
    const tarball = {
      name: info.filename,
      bytes: info.size,
      files: info.entryCount,
      unpacked: info.unpackedSize,
    }
    const project = join(dir, 'project')
    spawnSync('mkdir', [project])
    writeFileSync(join(project, 'package.json'), '{"name":"install-probe","private":true}\n')
    const installed = spawnSync(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--ignore-scripts',
        join(dir, info.filename),
      ],
      {cwd: project, encoding: 'utf8'},
    )
    if (installed.status !== 0) {
      return {tarball, install: {error: installed.stderr.trim().split('\n').pop() ?? 'npm install failed'}}
    }
    const lock = JSON.parse(readFileSync(join(project, 'node_modules', '.package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>
    }
    const packages = Object.keys(lock.packages).filter((path) => path.startsWith('node_modules/')).length
    return {tarball, install: {bytes: sizeOf(join(project, 'node_modules')), packages}}
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
