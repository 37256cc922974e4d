/**
 * Hostile cases: the parser was quadratic on some shapes and one long token
 * overflowed its stack; nothing limited the size of an input, `/dev/zero`
 * was read forever and a small `.docx` could unpack to gigabytes; audit
 * rows were unbounded.
 */
import {closeSync, openSync, readFileSync, truncateSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {deflateRawSync} from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {audit, type AuditIo, type AuditReport} from '../../src/cli/audit.js'
import {lintSync} from '../../src/index.js'
import {ensureBuilt} from '../helpers/build.js'
import {removeCli, runCli, scratch, spawnTimeout} from './helpers.js'

beforeAll(ensureBuilt, 300_000)
afterAll(removeCli)

const notIndicator = (file: ReturnType<typeof lintSync>): number =>
  file.messages.filter((message) => message.category !== 'indicator').length

// No time limit on these: a test must not depend on the machine's speed (the
// growth tests show the cost is linear by counting operations).
const unlimited = {timeLimit: Infinity}

describe('bounded parsing', {timeout: spawnTimeout}, () => {
  it('a-b-repeated-40000-times', () => {
    const text = `${'a-b '.repeat(40_000)}She went willingly.`
    const file = lintSync(text, unlimited)
    const found = file.messages.find((message) => message.ruleId === 'went-willingly')
    expect(
      found &&
        text
          .slice(found.place && 'start' in found.place ? found.place.start.offset : 0)
          .startsWith('went willingly'),
    ).toBe(true)
  })

  it('dates-repeated', () => {
    expect(notIndicator(lintSync('12.03.2020 '.repeat(20_000), unlimited))).toBe(0)
  })

  it('e-g-repeated', () => {
    expect(notIndicator(lintSync('e.g. '.repeat(40_000), unlimited))).toBe(0)
  })

  it('one-124-kb-hyphenated-token-does-not-overflow-the-stack', () => {
    expect(() => lintSync('a-'.repeat(62_000), unlimited)).not.toThrow()
    expect(() => lintSync('a'.repeat(124_000), unlimited)).not.toThrow()
  })

  it('one-124-kb-token-file-and-a-good-file-are-both-reported', async () => {
    const folder = scratch('long-token', {
      'long.txt': `${'a-'.repeat(62_000)}\n`,
      'good.txt': 'Staff describe her as streetwise.\n',
    })
    const result = await runCli(['--no-config', '--time-limit', '3600000', 'long.txt', 'good.txt'], folder)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('good.txt')
    expect(result.stdout).toContain('streetwise')
    expect(result.stderr).toBe('')
  })

  it('audit-row-of-1-mb', async () => {
    const folder = scratch('audit-1mb')
    const row = JSON.stringify({text: 'e.g. '.repeat(199_000)})
    writeFileSync(join(folder, 'rows.jsonl'), `${row}\n${JSON.stringify({text: 'She went willingly.'})}\n`)
    const io = capture()
    const code = await audit(
      // No time limit: a busy test machine must not turn this into a bad row.
      [
        join(folder, 'rows.jsonl'),
        '--field',
        'text',
        '--workers',
        '1',
        '--time-limit',
        '3600000',
        '--out',
        join(folder, 'out'),
      ],
      io,
    )
    expect(code).toBe(0)
    const report = JSON.parse(readFileSync(join(folder, 'out', 'summary.json'), 'utf8')) as AuditReport
    expect(report.narratives.linted).toBe(2)
  })
})

describe('size limits', {timeout: spawnTimeout}, () => {
  it('text-file-of-50-mb', async () => {
    const folder = scratch('50mb', {'good.txt': 'Staff describe her as streetwise.\n'})
    // Sparse: 50 MB that take no disk; the size is checked before reading.
    closeSync(openSync(join(folder, 'big.txt'), 'w'))
    truncateSync(join(folder, 'big.txt'), 50 * 1024 * 1024)
    const result = await runCli(['--no-config', 'big.txt', 'good.txt'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'referral-lint: "big.txt" is over the size limit of 1048576 bytes; split it or raise --max-size\n',
    )
    expect(result.stdout).toContain('streetwise')
  })

  it('docx-zip-bomb', async () => {
    const folder = scratch('zip-bomb', {
      'bomb.docx': zipOf('word/document.xml', Buffer.alloc(64 * 1024 * 1024, 0x20)),
    })
    expect(readFileSync(join(folder, 'bomb.docx')).length).toBeLessThan(300 * 1024)
    const result = await runCli(['--no-config', 'bomb.docx'], folder)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'referral-lint: "bomb.docx" unpacks to 67108864 bytes, over the limit of 16777216 (16 × --max-size); split it or raise --max-size\n',
    )
  })

  it('dev-zero', async () => {
    const result = await runCli(['--no-config', '/dev/zero'], scratch('dev-zero'))
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'referral-lint: cannot read "/dev/zero": not a regular file (a device, pipe or socket); give a file\n',
    )
  })

  it('stdin-over-the-size-limit', async () => {
    const result = await runCli(['--no-config', '--max-size', '1000', '-'], scratch('stdin'), {
      stdin: 'x '.repeat(5000),
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'referral-lint: "<stdin>" is over the size limit of 1000 bytes; split it or raise --max-size\n',
    )
  })

  it('time-limit-per-file', async () => {
    const folder = scratch('time', {
      'slow.txt': 'She is streetwise. '.repeat(20_000),
      'good.txt': 'Staff describe her as streetwise.\n',
    })
    const result = await runCli(
      ['--no-config', '--time-limit', '1', '--format', 'json', 'slow.txt', 'good.txt'],
      folder,
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^referral-lint: "(slow|good)\.txt": linting took longer than the time limit of 1 ms; split the document or raise the time limit\n/,
    )
  })

  it('three-16-mib-audit-rows', async () => {
    const folder = scratch('audit-rows')
    const big = JSON.stringify({text: 'word '.repeat(400_000)})
    writeFileSync(join(folder, 'rows.jsonl'), `${big}\n${big}\n${big}\n${JSON.stringify({text: 'fine'})}\n`)
    const io = capture()
    const code = await audit(
      [join(folder, 'rows.jsonl'), '--field', 'text', '--workers', '2', '--out', join(folder, 'out')],
      io,
    )
    expect(code).toBe(0)
    const report = JSON.parse(readFileSync(join(folder, 'out', 'summary.json'), 'utf8')) as AuditReport
    expect(report.badRows.count).toBe(3)
    expect(report.badRows.rows.map((row) => row.reason)).toEqual([
      'row too long',
      'row too long',
      'row too long',
    ])
    expect(report.narratives.linted).toBe(1)
  })

  it('library-text-over-max-length', () => {
    expect(() => lintSync('x'.repeat(2001), {maxLength: 2000})).toThrow(
      'the text is 2001 characters, over the limit of 2000; split it or raise the size limit',
    )
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

/** A zip of one deflated entry (what a `.docx` is), with honest sizes in its directory. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content, {level: 9})
  const nameBytes = Buffer.from(name)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(content.length, 22)
  local.writeUInt16LE(nameBytes.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(content.length, 24)
  central.writeUInt16LE(nameBytes.length, 28)
  const localSize = local.length + nameBytes.length + data.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + nameBytes.length, 12)
  end.writeUInt32LE(localSize, 16)
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end])
}
