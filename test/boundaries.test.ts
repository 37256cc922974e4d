/**
 * The import boundaries of eslint.config.js bite: a snippet with a forbidden
 * import, linted as if it stood in each folder, gets the error, and an
 * allowed import gets none. The layering is described in
 * src/engine/README.md ("Layers").
 *
 * Only the import rules run, and without type information (the snippets are
 * not on disk, and the import rules need none); the rules' options are those
 * of eslint.config.js as it is.
 */
import {join} from 'node:path'
import {ESLint} from 'eslint'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/build.js'

const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ruleId}) => ruleId.endsWith('no-restricted-imports'),
  overrideConfig: {languageOptions: {parserOptions: {projectService: false, project: null}}},
})

/** The import-rule messages for `code` linted as the file at `path` (relative to the root). */
async function importErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {filePath: join(root, path)})
  expect(result, `${path} was not linted`).toBeDefined()
  return result!.messages.map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`)
}

const engine = /src\/engine\/\*\* imports only src\/engine\/\*\*/
const cli = /Only src\/cli\/\*\* imports from src\/cli\//

describe('import boundaries (eslint.config.js)', {timeout: 120_000}, () => {
  it.each([
    ['src/engine/probe.ts', "import {rules} from '../../rules/index.js'"],
    ['src/engine/probe.ts', "import type {RuleSpec} from '../../rules/index.js'"],
    ['src/engine/probe.ts', "import {run} from '../cli/run.js'"],
    ['src/engine/probe.ts', "import {validateConfig} from '../config/index.js'"],
    ['src/engine/probe.ts', "import {ready} from '../web/engine.js'"],
    ['src/engine/probe.ts', "import {lintSync} from '../lint.js'"],
    ['src/engine/probe.ts', "import retextReferralLint from '../plugin.js'"],
    ['src/engine/guards/probe.ts', "import {coverage} from '../../../rules/coverage.js'"],
    ['src/engine/guards/probe.ts', "export {closest} from '../../config/errors.js'"],
  ])('the engine (%s) may not: %s', async (path, line) => {
    const errors = await importErrors(path, `${line}\n`)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^@typescript-eslint\/no-restricted-imports: /)
    expect(errors[0]).toMatch(engine)
  })

  it.each([
    ['src/web/probe.ts', "import {run} from '../cli/run.js'"],
    ['src/config/probe.ts', "import type {Io} from '../cli/run.js'"],
    ['src/probe.ts', "import {run} from './cli/run.js'"],
    ['extension/probe.ts', "import {run} from '../src/cli/run.js'"],
    ['rules/probe.ts', "import type {Io} from '../src/cli/run.js'"],
    ['rules/label/probe.ts', "import type {Io} from '../../src/cli/run.js'"],
  ])('outside src/cli, %s may not: %s', async (path, line) => {
    const errors = await importErrors(path, `${line}\n`)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(cli)
  })

  it('keeps a rule file to type imports', async () => {
    const errors = await importErrors('rules/label/probe.ts', "import {lintSync} from '../../src/lint.js'\n")
    expect(errors).toEqual([expect.stringMatching(/A rule file is data: import only types/)])
  })

  it('keeps the engine off Node built-ins (the boundaries do not replace that rule)', async () => {
    const errors = await importErrors('src/engine/guards/probe.ts', "import {readFileSync} from 'node:fs'\n")
    expect(errors).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Only src\/cli\/\*\* may import Node/),
    ])
  })

  it.each([
    [
      'src/engine/probe.ts',
      "import type {Options} from '../types.js'\nimport {docsUrl} from '../vocabulary.js'",
    ],
    ['src/engine/probe.ts', "import {fatalOf} from '../finding.js'\nimport {tokenize} from './tokens.js'"],
    ['src/engine/guards/probe.ts', "import {check} from '../check.js'\nimport type {Parent} from 'unist'"],
    ['src/cli/probe.ts', "import {run} from './run.js'\nimport {readFileSync} from 'node:fs'"],
    ['src/cli/lsp/probe.ts', "import {run} from '../run.js'\nimport {rules} from '../../../rules/index.js'"],
    ['src/config/probe.ts', "import {compileRules} from '../engine/compile.js'"],
    [
      'src/web/probe.ts',
      "import {lintSync} from '../lint.js'\nimport {useGrammar} from '../engine/grammar.js'",
    ],
    ['rules/label/probe.ts', "import type {RuleSpec} from '../../src/types.js'"],
    ['test/probe.test.ts', "import {run} from '../src/cli/run.js'"],
    ['scripts/probe.ts', "import {run} from '../src/cli/run.js'"],
  ])('allows %s: %s', async (path, code) => {
    expect(await importErrors(path, `${code}\n`)).toEqual([])
  })
})
