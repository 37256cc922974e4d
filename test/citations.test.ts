/**
 * The README, docs/ and the code's comments cite only files that are in the
 * repository: Markdown links, repository paths (`docs/…`, `src/…`, …),
 * relative paths and `*.md` names must all resolve here. A design note kept
 * outside the repository ("design.md", "../shared") is no use to a reader.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/build.js'

/** The files read: the README, docs/, the code, and the build config at the top. */
const scanned = [
  ...readdirSync(root).filter((name) => /\.(?:ts|js|mjs|md)$/.test(name)),
  ...['docs', 'src', 'rules', 'scripts', 'playground'].flatMap((folder) => filesUnder(folder)),
].filter((path) => /\.(?:ts|js|mjs|md|html)$/.test(path))

function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), {recursive: true, encoding: 'utf8'})
    .map((name) => join(folder, name))
    .filter((path) => statSync(join(root, path)).isFile())
}

/** Folders of the repository a path may start with. */
const topFolders = [
  'bench',
  'docs',
  'editors',
  'extension',
  'fixtures',
  'playground',
  'rules',
  'scripts',
  'src',
  'test',
]

/** What the build makes (`dist/`, the `.vsix`, the bundle beside the page): not in the repository. */
const built = /(?:^|\/)dist(?:\/|$)|\.vsix$|^\.\/browser\.global\.js$/

/** Whether `cited` is in the repository, from `base` or the root (a `.js` import may name a `.ts` file). */
function exists(cited: string, base: string): boolean {
  return [base, root].some((from) => {
    const path = resolve(from, cited)
    const inside = relative(root, path)
    if (inside === '..' || inside.startsWith(`..${sep}`)) return false
    return existsSync(path) || (path.endsWith('.js') && existsSync(path.replace(/\.js$/, '.ts')))
  })
}

/** The prose of a file: all of a Markdown file, the comments of code. */
function prose(file: string, text: string): string {
  if (file.endsWith('.md')) return text
  return text
    .split('\n')
    .map((line) => (/^\s*(?:\/\*|\*|\/\/|<!--)/.test(line) ? line : (/\s\/\/\s.*$/.exec(line)?.[0] ?? '')))
    .join('\n')
}

/** Every file `text` (the file `file`) cites that is not in the repository. */
function missing(file: string, text: string): string[] {
  const here = dirname(join(root, file))
  const found: string[] = []
  const check = (cited: string): void => {
    const path = cited.replace(/[#?].*$/, '')
    if (!path || /[*<>${}]/.test(path) || built.test(path)) return
    if (!exists(path, here)) found.push(`${file}: ${cited}`)
  }
  const words = prose(file, text)
  // Markdown links to files: [text](path) and [text](path#anchor).
  if (file.endsWith('.md'))
    for (const [, target = ''] of words.matchAll(/\]\(([^)\s]+)\)/g))
      if (!/^(?:[a-z]+:|#|\/\/)/i.test(target)) check(target)
  // Repository paths (docs/json-format.schema.json, src/web/element.ts, rules/) and relative
  // ones (../shared, ./notes.md); a path may run into a glob or a template (rules/vocabulary-*.ts).
  const folders = topFolders.join('|')
  const paths = new RegExp(`(?<![\\w./@:-])(?:(?:${folders})/|\\.\\.?/)[\\w./*<>\${}-]*[\\w/*>}]`, 'g')
  for (const [path = ''] of words.matchAll(paths)) check(path)
  // The design notes kept outside the repository, and their numbered sections.
  for (const [name = ''] of words.matchAll(/\b(?:design|domain|conventions)\.md\b|\bsection [A-Z]\d+\b/g))
    found.push(`${file}: ${name}`)
  return found
}

describe('citations', () => {
  it('reads the README, docs/, src/ and rules/', () => {
    expect(scanned).toEqual(
      expect.arrayContaining(['README.md', join('docs', 'rules.md'), join('src', 'types.ts')]),
    )
    expect(scanned.some((path) => path.startsWith(`rules${sep}`))).toBe(true)
  })

  it('finds a citation of a file that is not in the repository', () => {
    const text = [
      'See [the design](../shared/design.md) and `docs/no-such-file.md`.',
      'The conventions (section B11) and domain.md §4 say so.',
      'As [the schema](docs/json-format.schema.json#/definitions/file) and src/web/element.ts do.',
    ].join('\n')
    expect(missing('README.md', text)).toEqual([
      'README.md: ../shared/design.md',
      'README.md: ../shared/design.md',
      'README.md: docs/no-such-file.md',
      'README.md: design.md',
      'README.md: section B11',
      'README.md: domain.md',
    ])
    expect(
      missing('src/x.ts', '/** The message contract (design.md, ../shared). */\nconst a = "docs/x.md"\n'),
    ).toEqual(['src/x.ts: ../shared', 'src/x.ts: design.md'])
  })

  it('README, docs/ and the code cite only files in the repository', () => {
    const found = scanned.flatMap((file) => missing(file, readFileSync(join(root, file), 'utf8')))
    expect(found, 'cite a file of the repository (copy what readers need into docs/)').toEqual([])
  })
})
