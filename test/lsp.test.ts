/**
 * The built CLI's language server (`referral-lint lsp`), spoken to over its
 * stdin and stdout: diagnostics for each kind of document, hover, code
 * actions that remove the finding once applied, configuration from
 * `.referrallintrc` reloaded when it changes, and a clean exit. Each step
 * waits for the server's answer; nothing depends on how long anything takes.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {CodeAction, Diagnostic, TextEdit} from 'vscode-languageserver-protocol'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {privateCli, root} from './helpers/build.js'
import {spawnClient, type TestClient} from './helpers/lsp.js'

let cli = ''
const scratch = join(root, 'test-artifacts', `lsp-${process.pid}`)
const clients: TestClient[] = []

beforeAll(async () => {
  cli = await privateCli('lsp')
  rmSync(scratch, {recursive: true, force: true})
  mkdirSync(scratch, {recursive: true})
}, 300_000)

afterAll(() => {
  rmSync(scratch, {recursive: true, force: true})
  if (cli) rmSync(join(cli, '..', '..'), {recursive: true, force: true})
})

/** A folder of the scratch area with these files, and a server started in it. */
async function start(
  name: string,
  files: Record<string, string>,
  options: Record<string, unknown> = {},
  watch = false,
): Promise<{client: TestClient; folder: string}> {
  const folder = join(scratch, name)
  mkdirSync(folder, {recursive: true})
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(folder, file, '..'), {recursive: true})
    writeFileSync(join(folder, file), text)
  }
  const client = spawnClient(cli, folder)
  clients.push(client)
  await client.initialize({debounce: 0, ...options}, watch)
  return {client, folder}
}

const codes = (diagnostics: readonly Diagnostic[]): string[] =>
  diagnostics.map((diagnostic) => String(diagnostic.code)).sort()

/** The text a diagnostic's range covers. */
function covered(text: string, diagnostic: Diagnostic): string {
  const document = TextDocument.create('file:///x', 'plaintext', 1, text)
  return document.getText(diagnostic.range)
}

function apply(text: string, action: CodeAction, uri: string): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? []
  return TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, text), edits)
}

describe('referral-lint lsp (built CLI)', {timeout: 120_000}, () => {
  it('lints plain text, Markdown, HTML and templates on open, tagged with the version', async () => {
    const {client, folder} = await start('kinds', {})
    const text = 'Staff say she is streetwise and went willingly with the men.\n'
    const markdown = '# Referral\n\nStaff say she is streetwise.\n\n```\nshe went willingly\n```\n'
    const html = '<p>Staff say she is <b>streetwise</b>.</p><script>var s = "went willingly"</script>\n'
    const template = '<p>{{child_name}} is streetwise. [NAME] went willingly.</p>\n'
    const cases = [
      ['note.txt', 'plaintext', text, ['streetwise', 'went-willingly']],
      ['letter.md', 'markdown', markdown, ['streetwise']],
      ['page.html', 'html', html, ['streetwise']],
      ['welcome.hbs', 'handlebars', template, ['streetwise', 'went-willingly']],
    ] as const
    for (const [name, language, value, expected] of cases) {
      const uri = client.open(join(folder, name), language, value, 7)
      const published = await client.diagnostics(uri)
      expect(published.version, name).toBe(7)
      expect(codes(published.diagnostics), name).toEqual([...expected])
      for (const diagnostic of published.diagnostics) {
        expect(diagnostic.source).toBe('referral-lint')
        expect(
          covered(value, diagnostic).toLowerCase().replace(/\s+/g, ' '),
          `${name}: ${String(diagnostic.code)}`,
        ).toBe(diagnostic.code === 'streetwise' ? 'streetwise' : 'went willingly')
      }
    }
    expect(await client.stop()).toBe(0)
  })

  it('shows the message, note, suggested wording and sources on hover', async () => {
    const {client, folder} = await start('hover', {})
    const uri = client.open(join(folder, 'note.txt'), 'plaintext', 'She went willingly with him.\n')
    await client.diagnostics(uri)
    const hover = await client.hover(uri, 0, 8)
    const value = (hover?.contents as {kind: string; value: string}).value
    expect((hover?.contents as {kind: string}).kind).toBe('markdown')
    expect(value).toContain('`went-willingly`')
    expect(value).toContain('A child cannot consent to being exploited')
    expect(value).toContain('Suggested wording: `went with [adult] after [promise / threat / debt]`')
    expect(value).toMatch(/Sources:\n- \[.+\]\(https:\/\//)
    expect(value).toContain(
      '(https://github.com/referral-lint/referral-lint/blob/main/docs/rules.md#went-willingly)',
    )
    expect(await client.hover(uri, 0, 1)).toBeNull()
    expect(await client.stop()).toBe(0)
  })

  it('offers the fix, each suggestion and a disable comment; each removes the finding once applied', async () => {
    const {client, folder} = await start('actions', {})
    const cases = [
      ['note.txt', 'plaintext', 'Intro.\nChild pornography was found on his phone.\n'],
      ['letter.md', 'markdown', '# Referral\n\nChild pornography was found on his phone.\n'],
    ] as const
    for (const [name, language, text] of cases) {
      const uri = client.open(join(folder, name), language, text, 1)
      const published = await client.diagnostics(uri)
      const [diagnostic] = published.diagnostics
      expect(diagnostic?.code).toBe('child-pornography')
      const actions = await client.codeActions(uri, diagnostic!.range, [diagnostic!])
      expect(
        actions.map((action) => [action.title, action.isPreferred ?? false]),
        name,
      ).toEqual([
        ['Fix: replace with "Child sexual abuse material"', true],
        ['Reword as "Indecent images of children"', false],
        ['Disable child-pornography for this line (with a comment)', false],
      ])
      for (const [index, action] of actions.entries()) {
        expect(action.kind).toBe('quickfix')
        expect(action.diagnostics?.map((item) => item.code)).toEqual(['child-pornography'])
        const changed = apply(text, action, uri)
        const version = 2 + index
        client.change(uri, version, changed)
        const after = await client.diagnostics(uri, (params) => params.version === version)
        expect(codes(after.diagnostics), `${name}: after "${action.title}"`).toEqual([])
      }
      const last = apply(text, actions[2]!, uri)
      expect(last).toContain(
        language === 'markdown'
          ? '<!-- referral-lint-disable-next-line child-pornography -- reason -->\nChild pornography'
          : '\nreferral-lint-disable-next-line child-pornography -- reason\nChild pornography',
      )
    }
    expect(await client.stop()).toBe(0)
  })

  it('reads .referrallintrc, and lints again when the client reports it changed', async () => {
    const {client, folder} = await start(
      'reload',
      {'.referrallintrc.json': '{"rules": {"streetwise": "off"}}\n'},
      {},
      true,
    )
    const uri = client.open(
      join(folder, 'note.txt'),
      'plaintext',
      'She is streetwise. Child pornography was found.\n',
      1,
    )
    const first = await client.diagnostics(uri)
    // Asked for after `initialized`, so before anything published for the document.
    expect(JSON.stringify(client.registrations)).toContain('.referrallintrc')
    expect(codes(first.diagnostics)).toEqual(['child-pornography'])
    const count = client.published.length
    writeFileSync(
      join(folder, '.referrallintrc.json'),
      '{"rules": {"child-pornography": "off", "streetwise": "error"}}\n',
    )
    client.watchedFilesChanged([join(folder, '.referrallintrc.json')])
    const reloaded = await client.diagnostics(uri, () => true, count)
    expect(reloaded.version).toBe(1)
    expect(codes(reloaded.diagnostics)).toEqual(['streetwise'])
    expect(client.logs.join('\n')).toContain('configuration changed on disk')
    expect(await client.stop()).toBe(0)
  })

  it("publishes nothing for a document the config's ignore patterns skip, as the CLI does", async () => {
    const {client, folder} = await start('ignored', {'.referrallintrc.json': '{"ignore": ["archive/"]}\n'})
    const text = 'She is streetwise.\n'
    const skipped = await client.diagnostics(
      client.open(join(folder, 'archive', 'old.txt'), 'plaintext', text, 1),
    )
    expect(skipped.diagnostics).toEqual([])
    const linted = await client.diagnostics(client.open(join(folder, 'new.txt'), 'plaintext', text, 1))
    expect(codes(linted.diagnostics)).toEqual(['streetwise'])
    expect(await client.stop()).toBe(0)
  })

  it('notices a changed config on disk at the next change, for clients that watch no files', async () => {
    const {client, folder} = await start('stat', {'.referrallintrc.yaml': 'rules:\n  streetwise: "off"\n'})
    const uri = client.open(
      join(folder, 'note.txt'),
      'plaintext',
      'She is streetwise. Child pornography was found.\n',
      1,
    )
    expect(codes((await client.diagnostics(uri)).diagnostics)).toEqual(['child-pornography'])
    writeFileSync(
      join(folder, '.referrallintrc.yaml'),
      'rules:\n  child-pornography: "off"\n  streetwise: warning\n',
    )
    client.change(uri, 2, 'She is streetwise. Child pornography was found, it said.\n')
    const after = await client.diagnostics(uri, (params) => params.version === 2)
    expect(codes(after.diagnostics)).toEqual(['streetwise'])
    expect(await client.stop()).toBe(0)
  })

  it('reports a broken config as one diagnostic naming the file and field', async () => {
    const {client, folder} = await start('broken', {
      '.referrallintrc.json': '{"rules": {"went-wilingly": "off"}}\n',
    })
    const uri = client.open(join(folder, 'note.txt'), 'plaintext', 'She went willingly.\n', 1)
    const published = await client.diagnostics(uri)
    expect(published.diagnostics).toHaveLength(1)
    expect(published.diagnostics[0]?.code).toBe('config-error')
    expect(published.diagnostics[0]?.message).toMatch(
      /^referral-lint: .*\.referrallintrc\.json: `rules\.went-wilingly` is not a rule id or category; use "went-willingly"/,
    )
    expect(await client.stop()).toBe(0)
  })

  it('prints its usage, and refuses an unknown argument with exit code 2', () => {
    const help = spawnSync(process.execPath, [cli, 'lsp', '--help'], {encoding: 'utf8'})
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: referral-lint lsp \[--stdio\]/)
    const wrong = spawnSync(process.execPath, [cli, 'lsp', '--socket=4000'], {encoding: 'utf8'})
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toBe(
      'referral-lint lsp: unknown argument "--socket=4000" (only --stdio is supported; see lsp --help)\n',
    )
  })
})
