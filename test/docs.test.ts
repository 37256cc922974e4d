/**
 * The generated docs (`docs/rules.md`, the README rules table) and the
 * generated rule-id union (`src/rule-ids.ts`) are fresh,
 * deterministic, and give every rule the anchor its message `url` points to.
 */
import {cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {generateDocs, markers, outputs, staleDocs} from '../scripts/build-rules-doc.js'
import {docsUrl} from '../src/vocabulary.js'
import {root} from './helpers/build.js'

// Generating runs Prettier over the whole of docs/rules.md: allow for a busy machine.
describe('rules documentation', {timeout: 120_000}, () => {
  it('docs/rules.md, the README rules table and src/rule-ids.ts are up to date', async () => {
    expect(await staleDocs(), 'generated docs are stale: run `npm run docs` and commit the result').toEqual(
      [],
    )
  })

  it('is deterministic', async () => {
    expect(await generateDocs()).toEqual(await generateDocs())
  })

  it('gives every rule the anchor its message url points to, and a README row', async () => {
    const [rulesDoc, readme] = await generateDocs()
    const missing: string[] = []
    for (const rule of rules) {
      if (!rulesDoc!.content.includes(`<a id="${rule.id}"></a>`)) missing.push(`${rule.id} (anchor)`)
      if (!readme!.content.includes(`(docs/rules.md#${rule.id})`)) missing.push(`${rule.id} (README row)`)
    }
    expect(missing, 'rules missing from the generated docs').toEqual([])
    expect(docsUrl.endsWith(`/${outputs.rules}`), 'docsUrl must point at docs/rules.md').toBe(true)
  })

  it('reports a stale README table and a missing docs/rules.md and src/rule-ids.ts', async () => {
    const scratch = join(root, 'test-artifacts', 'docs')
    rmSync(scratch, {recursive: true, force: true})
    mkdirSync(scratch, {recursive: true})
    cpSync(join(root, '.prettierrc.json'), join(scratch, '.prettierrc.json'))
    writeFileSync(join(scratch, 'README.md'), `# x\n\n${markers.start}\n\n| old |\n\n${markers.end}\n`)
    expect(await staleDocs(scratch)).toEqual([outputs.rules, outputs.readme, outputs.ruleIds])
  })

  it('fails with a clear message when the README has no markers', async () => {
    const scratch = join(root, 'test-artifacts', 'docs-no-markers')
    mkdirSync(scratch, {recursive: true})
    writeFileSync(join(scratch, 'README.md'), '# x\n')
    await expect(generateDocs(scratch)).rejects.toThrow(/<!-- rules:start -->/)
  })

  it('keeps the text outside the markers as it is', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme.indexOf(markers.start)).toBeGreaterThan(0)
    expect(readme.indexOf(markers.end)).toBeGreaterThan(readme.indexOf(markers.start))
  })
})
