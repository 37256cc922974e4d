/**
 * Every code block in the README's sections on the web component,
 * suppression, editors, pre-commit, CI and adopting with a baseline is an
 * example that a test runs as written: each is marked `<!-- example: name -->`,
 * and a test file (here, in test/ or in a folder of it) extracts it by that
 * name with `readmeExample('name')`. Examples told in prose (the suggestion
 * the `agreed-to-go` rule makes) are read from the README and checked here.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {run, type Io} from '../src/cli/run.js'
import {lintSync} from '../src/index.js'
import {root} from './helpers/build.js'
import {exampleSections, readmeBlocks, readmeExample} from './helpers/readme.js'

const readme = readFileSync(join(root, 'README.md'), 'utf8')
const blocks = readmeBlocks(readme).filter((block) => exampleSections.includes(block.section))
const testSources = readdirSync(join(root, 'test'), {recursive: true, encoding: 'utf8'})
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => readFileSync(join(root, 'test', name), 'utf8'))
  .join('\n')

describe('README examples', () => {
  it('has the sections, each with examples', () => {
    for (const section of exampleSections) {
      expect(readme, `README.md needs a "## ${section}" section`).toContain(`\n## ${section}\n`)
      expect(
        blocks.some((block) => block.section === section),
        `no example in "${section}"`,
      ).toBe(true)
    }
  })

  it('names every code block in those sections, once', () => {
    const unnamed = blocks
      .filter((block) => !block.name)
      .map((block) => `${block.section}: ${block.code.split('\n')[0] ?? ''}`)
    expect(unnamed, 'put <!-- example: name --> before each of these blocks and run it in a test').toEqual([])
    const names = blocks.map((block) => block.name)
    expect(new Set(names).size, 'example names are unique').toBe(names.length)
    const markers = [...readme.matchAll(/^<!-- example: ([a-z0-9-]+) -->$/gm)].map((match) => match[1])
    expect(markers, 'every example marker is followed by a code block').toEqual(
      readmeBlocks(readme).flatMap((block) => (block.name ? [block.name] : [])),
    )
  })

  it('runs every example in a test', () => {
    const unrun = blocks
      .map((block) => block.name ?? '')
      .filter((name) => !testSources.includes(`readmeExample('${name}')`))
    expect(
      unrun,
      "each example needs a test that extracts it with readmeExample('name') and runs it",
    ).toEqual([])
  })
})

describe('the Suppression example', () => {
  const {code} = readmeExample('suppression')

  it('has findings without its directives, so they suppress something', () => {
    const bare = code.replace(/(?:<!--\s*|\/\/\s*)?referral-lint-(?:disable|enable)\S*.*$/gm, '')
    expect(bare, 'every directive removed').not.toContain('referral-lint-')
    expect(
      lintSync(bare)
        .messages.map((message) => message.ruleId)
        .sort(),
    ).toEqual(['mature-for-age', 'streetwise', 'streetwise', 'went-willingly'])
  })

  it('as written: no finding and no unused directive', () => {
    const file = lintSync(code)
    expect(file.messages.map((message) => `${String(message.ruleId)}: ${message.reason}`)).toEqual([])
    expect(file.data.directives?.unused).toEqual([])
  })

  it('passes --report-unused-disable-directives --max-warnings 0 on the command line', async () => {
    let stdout = ''
    const io: Io = {
      stdinIsTTY: false,
      readStdin: () => Promise.resolve(new TextEncoder().encode(code)),
      stdoutIsTTY: false,
      stdout: (text) => {
        stdout += text
      },
      stderr: () => undefined,
      env: {},
    }
    const args = ['--report-unused-disable-directives', '--max-warnings', '0', '--no-config', '-']
    const status = await run(args, io, '0.0.0')
    expect(stdout).not.toMatch(/unused-disable-directive|went-willingly|streetwise|mature-for-age/)
    expect(status).toBe(0)
  })
})

describe('the Suggestions example', () => {
  it('is what the bundled rule suggests for the README sentence', () => {
    const told = /For `([^`]+)` the `([a-z-]+)` rule suggests\s+"([^"]+)"/.exec(readme)
    expect(told, 'README "Suggestions" gives a sentence, a rule id and its suggestion').not.toBeNull()
    const [, text = '', ruleId = '', suggestion = ''] = told ?? []
    const messages = lintSync(text).messages.filter((message) => message.ruleId === ruleId)
    expect(messages).toHaveLength(1)
    expect(messages[0]?.expected).toContain(suggestion)
  })
})
