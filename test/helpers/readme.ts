/**
 * The README's examples, for tests that run them as written. An example is a
 * fenced code block right after an `<!-- example: NAME -->` comment; the
 * sections that document integrations must mark every block so (checked by
 * test/readme-examples.test.ts), and each name must be run by a test.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {root} from './build.js'

/** One fenced code block of the README. */
export interface Block {
  /** `NAME` of the `<!-- example: NAME -->` comment before it, if any. */
  readonly name?: string
  /** The fence's language. */
  readonly lang: string
  /** The code, ending in a newline. */
  readonly code: string
  /** The `##` section it is in. */
  readonly section: string
}

/** The sections whose every code block is an example run by a test. */
export const exampleSections: readonly string[] = [
  'Use in a browser / referral form',
  'Suppression',
  'Editors',
  'pre-commit',
  'Continuous integration',
  'Adopting referral-lint on a template library',
]

/** Every fenced code block of the README, in order. */
export function readmeBlocks(text = readFileSync(join(root, 'README.md'), 'utf8')): Block[] {
  const blocks: Block[] = []
  const lines = text.split('\n')
  let section = ''
  let name: string | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const heading = /^## (.+)$/.exec(line)
    if (heading) section = heading[1] ?? ''
    const marker = /^<!-- example: ([a-z0-9-]+) -->$/.exec(line)
    if (marker) {
      name = marker[1]
      continue
    }
    const fence = /^(`{3,})(\w*)/.exec(line)
    if (fence) {
      const close = fence[1] ?? '```'
      const code: string[] = []
      for (index++; index < lines.length && (lines[index] ?? '') !== close; index++)
        code.push(lines[index] ?? '')
      blocks.push({...(name ? {name} : {}), lang: fence[2] ?? '', code: `${code.join('\n')}\n`, section})
      name = undefined
      continue
    }
    if (line.trim() !== '') name = undefined
  }
  return blocks
}

/** The README example `name`; throws when there is none, naming what to add. */
export function readmeExample(name: string): Block {
  const block = readmeBlocks().find((item) => item.name === name)
  if (!block)
    throw new Error(`README.md has no example "${name}": put <!-- example: ${name} --> before its code block`)
  return block
}
