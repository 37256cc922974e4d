/**
 * The edges choose the date ages are read at; the engine never reads the
 * clock. The CLI takes `--date`, then the config's `referenceDate`, then
 * today's date; the text's own event dates win over all of them.
 * (The service's `options.referenceDate` is tested in test/serve.test.ts.)
 */
import {execFile} from 'node:child_process'
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'
import {parseCommand} from '../src/cli/args.js'
import {UsageError} from '../src/cli/errors.js'
import {today} from '../src/cli/today.js'
import {ConfigError, toOptions, validateConfig} from '../src/config/index.js'
import {privateCli, root} from './helpers/build.js'

const run = promisify(execFile)
/** Born in 2012: a child in 2026, an adult in 2033. */
const text = 'Jade (DOB 2012) is sexually active.\n'

describe('--date and referenceDate', () => {
  it('parses --date and names what to fix in a bad one', () => {
    expect(parseCommand(['--date', '2033-06-01', 'a.txt'])).toMatchObject({date: '2033-06-01'})
    expect(parseCommand(['--date', '2033', 'a.txt'])).toMatchObject({date: '2033'})
    expect(parseCommand(['a.txt'])).not.toHaveProperty('date')
    expect(() => parseCommand(['--date', '01/06/2033', 'a.txt'])).toThrow(
      new UsageError('--date needs a date such as 2026-03-14 (or 2026-03, or 2026), not "01/06/2033"'),
    )
  })

  it('reads referenceDate from a config, also when YAML gives a date, and rejects a bad one', () => {
    const file = '.referrallintrc.yaml'
    expect(toOptions(validateConfig({referenceDate: '2033-06'}, file), [], file)).toEqual({
      referenceDate: '2033-06',
    })
    expect(validateConfig({referenceDate: new Date('2033-06-01T00:00:00Z')}, file)).toEqual({
      referenceDate: '2033-06-01',
    })
    expect(() => validateConfig({referenceDate: 'June'}, file)).toThrow(ConfigError)
    expect(() => validateConfig({referenceDate: 'June'}, file)).toThrow(/referenceDate/)
  })

  it("formats today's local date", () => {
    expect(today(new Date(2031, 0, 5, 23, 59))).toBe('2031-01-05')
  })
})

describe('the CLI reads ages at --date, the config date, or today', {timeout: 120_000}, () => {
  let cli: string
  const dir = join(root, 'test-artifacts', `reference-date-${process.pid}`)

  beforeAll(async () => {
    cli = await privateCli('reference-date')
    rmSync(dir, {recursive: true, force: true})
    mkdirSync(join(dir, 'dated'), {recursive: true})
    writeFileSync(join(dir, 'narrative.txt'), text)
    writeFileSync(join(dir, 'dated', 'narrative.txt'), text)
    writeFileSync(join(dir, 'dated', '.referrallintrc.json'), JSON.stringify({referenceDate: '2033-06-01'}))
  }, 300_000)

  async function ids(...args: string[]): Promise<string[]> {
    const result = await run(process.execPath, [cli, '--format', 'json', ...args], {
      cwd: dir,
      timeout: 60_000,
    }).catch((error: {stdout?: string; code?: number}) => {
      if (error.code !== 1) throw error as Error
      return {stdout: error.stdout ?? ''}
    })
    const report = JSON.parse(result.stdout) as {files: {messages: {ruleId: string}[]}[]}
    return report.files.flatMap((file) => file.messages.map((message) => message.ruleId))
  }

  it('--date sets the day; a config date applies under its folder; --date wins over it', async () => {
    expect(await ids('--no-config', '--date', '2026-12-07', 'narrative.txt')).toEqual(['sexually-active'])
    expect(await ids('--no-config', '--date', '2033-06-01', 'narrative.txt')).toEqual([])
    expect(await ids('dated/narrative.txt')).toEqual([])
    expect(await ids('--date', '2026-12-07', 'dated/narrative.txt')).toEqual(['sexually-active'])
  })

  it("without either, reads ages at today's date", async () => {
    expect(await ids('--no-config', 'narrative.txt')).toEqual(
      await ids('--no-config', '--date', today(), 'narrative.txt'),
    )
  })
})
