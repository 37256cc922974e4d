/**
 * Hostile cases: `--fix` lost or damaged data in other ways (untyped pack
 * fixes, edits made while it ran, symbolic and hard links, ownership,
 * several files, the byte order mark, a report written over an input).
 */
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import {join} from 'node:path'
import process from 'node:process'
import {afterAll, describe, expect, it} from 'vitest'
import {planFix, writeAll, writeFix, type FixPlan} from '../../src/cli/fix.js'
import {removeCli, runCli, scratch, spawnTimeout} from './helpers.js'

afterAll(removeCli)

const flagged = 'Officers found child pornography on the phone.\n'
const fixed = 'Officers found child sexual abuse material on the phone.\n'

/** A config with one pack whose rule has the given YAML `fix:` line. */
function packWithFix(fixLine: string): Record<string, string> {
  return {
    '.referrallintrc.yaml': 'packs: [team.yaml]\n',
    'team.yaml': `- id: team-images
  category: minimising
  severity: error
  target: term
  phrases: ['indecent pictures']
  message: '\`{actual}\` minimises the abuse'
  suggestions: ['indecent images of children']
  note: Use the legal term.
${fixLine}
  examples:
    incorrect: ['They found [[indecent pictures]] on it.']
    correct: ['They found indecent images of children.']
`,
    'narrative.txt': 'They found indecent pictures on the phone.\n',
  }
}

describe('--fix keeps every byte and every link', {timeout: spawnTimeout}, () => {
  for (const [name, line, why] of [
    ['pack-fix-with-no-value', '  fix:', /`rules\[0\]\.fix` rule "team-images": must be a non-empty string/],
    [
      'pack-fix-object',
      '  fix: {text: x}',
      /`rules\[0\]\.fix` rule "team-images": must be a non-empty string/,
    ],
    ['pack-fix-nul-byte', '  fix: "indecent\\0images"', /must not hold line breaks or control characters/],
  ] as const) {
    it(name, async () => {
      const folder = scratch(name, packWithFix(line))
      const result = await runCli(['--fix', 'narrative.txt'], folder)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(why)
      expect(readFileSync(join(folder, 'narrative.txt'), 'utf8')).toBe(
        'They found indecent pictures on the phone.\n',
      )
    })
  }

  it('file-edited-while-fix-runs', async () => {
    const folder = scratch('edited', {'a.txt': flagged})
    const path = join(folder, 'a.txt')
    const digest = await sha256(flagged)
    // The plan is made from what was read; the file then changes on disk.
    const plan = await planFix(path, fixed, false, digest)
    writeFileSync(path, `${flagged}A line added meanwhile.\n`)
    await expect(writeFix(plan)).rejects.toThrow(/changed since it was read/)
    expect(readFileSync(path, 'utf8')).toBe(`${flagged}A line added meanwhile.\n`)
    await expect(planFix(path, fixed, false, digest)).rejects.toThrow(/changed since it was read; run again/)
  })

  it('symlink-is-written-through-to-its-target', async () => {
    const folder = scratch('symlink', {'target.txt': flagged})
    symlinkSync('target.txt', join(folder, 'link.txt'))
    const result = await runCli(['--fix', '--no-config', 'link.txt'], folder)
    expect(result.code).toBe(0)
    expect(lstatSync(join(folder, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(folder, 'link.txt'))).toBe('target.txt')
    expect(readFileSync(join(folder, 'target.txt'), 'utf8')).toBe(fixed)
  })

  it('hard-links-stay-linked', async () => {
    const folder = scratch('hardlink', {'a.txt': flagged})
    linkSync(join(folder, 'a.txt'), join(folder, 'b.txt'))
    const inode = statSync(join(folder, 'a.txt')).ino
    const result = await runCli(['--fix', '--no-config', 'a.txt'], folder)
    expect(result.code).toBe(0)
    expect(statSync(join(folder, 'a.txt')).ino).toBe(inode)
    expect(statSync(join(folder, 'a.txt')).nlink).toBe(2)
    expect(readFileSync(join(folder, 'b.txt'), 'utf8')).toBe(fixed)
  })

  it.skipIf(process.getuid?.() !== 0)('file-owned-by-another-user-keeps-its-owner', async () => {
    const folder = scratch('owner', {'a.txt': flagged})
    const path = join(folder, 'a.txt')
    chownSync(path, 65534, 65534)
    chmodSync(path, 0o640)
    const result = await runCli(['--fix', '--no-config', 'a.txt'], folder)
    expect(result.code).toBe(0)
    const stats = statSync(path)
    expect([stats.uid, stats.gid, stats.mode & 0o777]).toEqual([65534, 65534, 0o640])
    expect(readFileSync(path, 'utf8')).toBe(fixed)
  })

  it('several-files-one-fails-its-pre-check', async () => {
    const folder = scratch('several', {'a.txt': flagged, 'b.txt': flagged})
    chmodSync(join(folder, 'b.txt'), 0o444)
    const result = await runCli(['--fix', '--no-config', 'a.txt', 'b.txt'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'referral-lint: cannot fix "b.txt": the file is read-only; nothing was changed\n',
    )
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe(flagged)
    expect(readFileSync(join(folder, 'b.txt'), 'utf8')).toBe(flagged)
  })

  it('several-files-a-write-fails-part-way', async () => {
    const folder = scratch('part-way', {'a.txt': flagged, 'b.txt': flagged, 'c.txt': flagged})
    const digest = await sha256(flagged)
    const plans: FixPlan[] = []
    for (const name of ['a.txt', 'b.txt', 'c.txt'])
      plans.push(await planFix(join(folder, name), fixed, false, digest))
    // The second write fails (a full disk, say): the error says exactly what was written.
    const failing = (plan: FixPlan): Promise<void> =>
      plan.path.endsWith('b.txt') ? Promise.reject(new Error('cannot fix "b.txt": ENOSPC')) : writeFix(plan)
    await expect(writeAll(plans, failing)).rejects.toThrow(
      `cannot fix "b.txt": ENOSPC; written: "${join(folder, 'a.txt')}"; not written: "${join(folder, 'b.txt')}", "${join(folder, 'c.txt')}"`,
    )
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe(fixed)
    expect(readFileSync(join(folder, 'b.txt'), 'utf8')).toBe(flagged)
    expect(readFileSync(join(folder, 'c.txt'), 'utf8')).toBe(flagged)
  })

  it('utf-8-bom-is-kept', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    const folder = scratch('bom', {'a.txt': Buffer.concat([bom, Buffer.from(flagged)])})
    const result = await runCli(['--fix', '--no-config', 'a.txt'], folder)
    expect(result.code).toBe(0)
    expect(readFileSync(join(folder, 'a.txt'))).toEqual(Buffer.concat([bom, Buffer.from(fixed)]))
  })

  it('crlf-and-other-bytes-are-kept', async () => {
    const text = 'Line one.\r\nOfficers found child pornography.\r\n\tTabbed  line.\r\n'
    const folder = scratch('crlf', {'a.txt': text})
    await runCli(['--fix', '--no-config', 'a.txt'], folder)
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe(
      'Line one.\r\nOfficers found child sexual abuse material.\r\n\tTabbed  line.\r\n',
    )
  })

  it('output-file-is-the-input', async () => {
    const folder = scratch('output', {'same.txt': flagged})
    const result = await runCli(['--no-config', '-o', 'same.txt', 'same.txt'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'referral-lint: the output file "same.txt" is also an input ("same.txt"); write the report elsewhere\n',
    )
    expect(readFileSync(join(folder, 'same.txt'), 'utf8')).toBe(flagged)
  })
})

async function sha256(text: string): Promise<string> {
  const {createHash} = await import('node:crypto')
  return createHash('sha256').update(text).digest('hex')
}
