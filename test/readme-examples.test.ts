/**
 * Every code block in the README's sections on editors, pre-commit, CI and
 * adopting with a baseline is an example that a test runs as written: each
 * is marked `<!-- example: name -->`, and a test file extracts it by that
 * name with `readmeExample('name')`.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/build.js'
import {exampleSections, readmeBlocks} from './helpers/readme.js'

const readme = readFileSync(join(root, 'README.md'), 'utf8')
const blocks = readmeBlocks(readme).filter((block) => exampleSections.includes(block.section))
const testSources = readdirSync(join(root, 'test'))
  .filter((name) => name.endsWith('.test.ts') && name !== 'readme-examples.test.ts')
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
