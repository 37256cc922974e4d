/**
 * Rule metadata: ids, files, folders, index parity, sources, examples and
 * message shape. Failures name the rule and what to change.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules, sources, vocabulary} from '../rules/index.js'
import {expandPattern} from '../src/engine/pattern.js'
import {categories} from '../src/vocabulary.js'

const rulesDir = join(import.meta.dirname, '..', 'rules')
const folders = readdirSync(rulesDir, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

describe('rule metadata', () => {
  it('has one folder per category and nothing else', () => {
    expect(folders).toEqual([...categories].sort())
  })

  it('has unique kebab-case ids', () => {
    const ids = rules.map((rule) => rule.id)
    expect(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      'duplicate ids',
    ).toEqual([])
    for (const id of ids) expect(id, `${id}: ids are kebab-case`).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/)
  })

  for (const folder of folders) {
    describe(folder, () => {
      const dir = join(rulesDir, folder)
      const files = readdirSync(dir)
        .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
        .map((name) => name.slice(0, -3))
        .sort()
      const index = readFileSync(join(dir, 'index.ts'), 'utf8')
      const imported = [...index.matchAll(/from '\.\/([a-z0-9-]+)\.js'/g)].map((match) => match[1])

      it('index imports every rule file, alphabetically', () => {
        expect(imported, `rules/${folder}/index.ts must import every rule file in the folder`).toEqual(files)
      })

      it('rules in this folder have this category and file name = id', () => {
        const inFolder = rules.filter((rule) => rule.category === folder).map((rule) => rule.id)
        expect([...inFolder].sort(), `rules with category "${folder}" must live in rules/${folder}/`).toEqual(
          files,
        )
      })
    })
  }

  for (const rule of rules) {
    it(`${rule.id} › is complete`, () => {
      for (const key of rule.sources) {
        expect(
          Object.hasOwn(sources, key),
          `${rule.id}: unknown source "${key}"; add it to rules/sources.ts`,
        ).toBe(true)
      }
      expect(rule.sources.length, `${rule.id}: cite at least one source`).toBeGreaterThan(0)
      expect(rule.message, `${rule.id}: message names the phrase as {actual}`).toContain('{actual}')
      expect(rule.message, `${rule.id}: message has no trailing full stop`).not.toMatch(/\.$/)
      expect(rule.note.length, `${rule.id}: write a note`).toBeGreaterThan(20)
      expect(rule.suggestions.length, `${rule.id}: give at least one suggestion`).toBeGreaterThan(0)
      expect(
        rule.examples.incorrect.length,
        `${rule.id}: add at least two incorrect examples`,
      ).toBeGreaterThanOrEqual(2)
      expect(
        rule.examples.correct.length,
        `${rule.id}: add at least two correct examples`,
      ).toBeGreaterThanOrEqual(2)
      const withSuggestions = rule.examples.incorrect.filter(
        (example) => typeof example !== 'string' && example.suggestions,
      )
      expect(
        withSuggestions.length,
        `${rule.id}: give one incorrect example in object form with suggestions`,
      ).toBeGreaterThan(0)
    })
  }
})

describe('shared vocabulary (word classes and named conditions)', () => {
  const files = readdirSync(rulesDir).filter((name) =>
    /^(classes|conditions|vocabulary-[a-z-]+)\.ts$/.test(name),
  )
  const sourceOf = (name: string): string => readFileSync(join(rulesDir, name), 'utf8')
  const ruleText = readdirSync(rulesDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(rulesDir, entry.name)).map((file) =>
        readFileSync(join(rulesDir, entry.name, file), 'utf8'),
      ),
    )
    .join('\n')
  const vocabularyText = files.map(sourceOf).join('\n')

  it('defines each class and condition name once', () => {
    const names = [...Object.keys(vocabulary.classes), ...Object.keys(vocabulary.conditions)]
    const declared = [...vocabularyText.matchAll(/^ {2}'?([a-z][a-z0-9-]*)'?: [[{]/gm)].map(
      (found) => found[1],
    )
    const repeated = declared.filter((name, index) => declared.indexOf(name) !== index)
    expect(
      repeated,
      'a name defined in two vocabulary files: the later one silently wins; rename one',
    ).toEqual([])
    expect(new Set(names).size).toBe(names.length)
  })

  it('uses every class and condition somewhere', () => {
    const everything = `${ruleText}\n${vocabularyText}`
    for (const name of Object.keys(vocabulary.classes)) {
      expect(
        everything.includes(`@${name}`),
        `word class "@${name}" is never used; use it or remove it`,
      ).toBe(true)
    }
    for (const name of Object.keys(vocabulary.conditions)) {
      expect(
        ruleText.includes(`'${name}'`),
        `condition "${name}" is never cited in a rule's unless; cite it or remove it`,
      ).toBe(true)
    }
  })

  it('compiles every class', () => {
    for (const name of Object.keys(vocabulary.classes)) {
      expect(() => expandPattern(`@${name}`, vocabulary.classes), `word class "@${name}"`).not.toThrow()
    }
  })
})
