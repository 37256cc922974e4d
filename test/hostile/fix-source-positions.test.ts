/**
 * Hostile cases: `--fix` on Markdown and HTML used positions counted in the
 * parsed text, not the source, so an entity, an escape or a container
 * prefix shifted every later offset and the fix wrote into the wrong bytes.
 * Each case checks the exact bytes after `--fix`, and that SARIF, GitHub
 * annotations and `--fix-dry-run` point at the same source bytes.
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {removeCli, runCli, scratch, spawnTimeout} from './helpers.js'

afterAll(removeCli)

const cases: readonly {name: string; file: string; before: string; after: string}[] = [
  {
    name: 'markdown-amp-entity',
    file: 'a.md',
    before: 'Tom &amp; Jo found child pornography on his phone.\n',
    after: 'Tom &amp; Jo found child sexual abuse material on his phone.\n',
  },
  {
    name: 'markdown-nbsp-entity',
    file: 'a.md',
    before: 'Tom&nbsp;and Jo found child pornography on his phone.\n',
    after: 'Tom&nbsp;and Jo found child sexual abuse material on his phone.\n',
  },
  {
    name: 'markdown-escape',
    file: 'a.md',
    before: 'Tom \\& Jo found child pornography on his phone.\n',
    after: 'Tom \\& Jo found child sexual abuse material on his phone.\n',
  },
  {
    name: 'markdown-blockquote-line',
    file: 'a.md',
    before: '> Tom &amp; Jo said that\n> they found child pornography on his phone.\n',
    after: '> Tom &amp; Jo said that\n> they found child sexual abuse material on his phone.\n',
  },
  {
    name: 'markdown-list-continuation-line',
    file: 'a.md',
    before: '- Tom &amp; Jo said that\n  they found child pornography on his phone.\n',
    after: '- Tom &amp; Jo said that\n  they found child sexual abuse material on his phone.\n',
  },
  {
    name: 'markdown-entity-inside-the-phrase',
    file: 'a.md',
    before: 'Tom &amp; Jo found child&nbsp;pornography on his phone.\n',
    after: 'Tom &amp; Jo found child sexual abuse material on his phone.\n',
  },
  {
    name: 'html-entities',
    file: 'a.html',
    before: '<p>Tom &amp; Jo &nbsp; found <b>child</b> pornography &#38; more.</p>\n',
    after: '<p>Tom &amp; Jo &nbsp; found <b>child</b> pornography &#38; more.</p>\n',
  },
  {
    name: 'html-amp-entity',
    file: 'a.html',
    before: '<p>Tom &amp; Jo found child pornography on his phone.</p>\n',
    after: '<p>Tom &amp; Jo found child sexual abuse material on his phone.</p>\n',
  },
]

describe('--fix changes only the bytes of the phrase', {timeout: spawnTimeout}, () => {
  for (const item of cases) {
    it(item.name, async () => {
      const folder = scratch(item.name, {[item.file]: item.before})
      const result = await runCli(['--fix', '--no-config', item.file], folder)
      expect(result.stderr).toBe('')
      expect(readFileSync(join(folder, item.file), 'utf8')).toBe(item.after)
    })
  }

  it('markdown-amp-entity: SARIF, GitHub annotations and --fix-dry-run carry source positions', async () => {
    const text = 'Tom &amp; Jo found child pornography on his phone.\n'
    const start = text.indexOf('child pornography')
    const folder = scratch('positions', {'a.md': text})
    const sarif = await runCli(['--format', 'sarif', '--no-config', 'a.md'], folder)
    const region = (
      JSON.parse(sarif.stdout) as {
        runs: {
          results: {locations: {physicalLocation: {region: {startColumn: number; endColumn: number}}}[]}[]
        }[]
      }
    ).runs[0]?.results[0]?.locations[0]?.physicalLocation.region
    expect(region?.startColumn).toBe(start + 1)
    expect(region?.endColumn).toBe(start + 'child pornography'.length + 1)
    const github = await runCli(['--format', 'github', '--no-config', 'a.md'], folder)
    expect(github.stdout).toMatch(new RegExp(`line=1,.*col=${String(start + 1)},`))
    const diff = await runCli(['--fix-dry-run', '--no-config', 'a.md'], folder)
    expect(diff.stdout).toContain('+Tom &amp; Jo found child sexual abuse material on his phone.')
    expect(readFileSync(join(folder, 'a.md'), 'utf8')).toBe(text)
  })
})
