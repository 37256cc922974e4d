/**
 * Golden narratives: every folder in fixtures/narratives/ holds input.txt,
 * an optional config.json (Options) and expected.txt, one line per message:
 * `line:column-line:column  severity  rule-id  category`. Messages are
 * sorted by position; text is left out so wording changes do not churn.
 * `UPDATE_FIXTURES=1 npm test` rewrites expected.txt; review the diff.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {lintSync, type Options} from '../src/index.js'

const root = join(import.meta.dirname, '..', 'fixtures', 'narratives')
const update = process.env.UPDATE_FIXTURES === '1'
const folders = existsSync(root)
  ? readdirSync(root, {withFileTypes: true})
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  : []

function severity(message: VFileMessage): string {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

function line(message: VFileMessage): string {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : place
  const range = `${start?.line}:${start?.column}-${end?.line}:${end?.column}`
  return `${range.padEnd(12)}  ${severity(message).padEnd(7)}  ${message.ruleId}  ${message.category}`
}

describe('golden narratives', () => {
  it('has fixtures to run', () => {
    expect(folders.length, 'no folders in fixtures/narratives').toBeGreaterThan(0)
  })

  for (const folder of folders) {
    it(folder, () => {
      const dir = join(root, folder)
      const input = readFileSync(join(dir, 'input.txt'), 'utf8')
      const configPath = join(dir, 'config.json')
      const options = existsSync(configPath)
        ? (JSON.parse(readFileSync(configPath, 'utf8')) as Options)
        : undefined
      const actual = lintSync(input, options).messages.map(line).join('\n')
      const expectedPath = join(dir, 'expected.txt')
      if (update || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, actual === '' ? '' : actual + '\n')
        if (!update) throw new Error(`${folder}: wrote a new expected.txt; review it and run again`)
        return
      }
      const expected = readFileSync(expectedPath, 'utf8').trimEnd()
      expect(
        actual,
        `${folder}: findings changed; if intended, run UPDATE_FIXTURES=1 npm test and review the diff`,
      ).toBe(expected)
    })
  }
})
