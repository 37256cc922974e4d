/**
 * The editor integrations as the README shows them, with real clients:
 * Neovim (Debian's `neovim`, headless, its built-in LSP client configured
 * by the README's `init.lua` snippet) shows the diagnostics of a Markdown
 * file, and applying a code action changes the buffer; the README's VS Code
 * packaging command writes the `.vsix`.
 */
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root} from './helpers/build.js'
import {linkedProject, projectEnv, type Project} from './helpers/consumer.js'
import {ensureDebian, type Availability} from './helpers/debian.js'
import {readmeExample} from './helpers/readme.js'

let neovim: Availability = {ok: false, reason: 'not checked'}
let project: Project | undefined

const letter = `# Referral: Child A

Staff say she is streetwise.

Child pornography was found on his phone.
`

beforeAll(async () => {
  neovim = ensureDebian('nvim:neovim')
  project = await linkedProject('neovim', {'letter.md': letter})
}, 600_000)

afterAll(() => project?.remove())

/**
 * Driven inside Neovim after the README's init.lua: wait for the
 * diagnostics, pick the code action whose title starts with $ACTION (as a
 * person would in the menu `vim.lsp.buf.code_action()` opens), wait for the
 * buffer to change and for the server to lint it again, and write what
 * happened to $RESULT as JSON.
 */
const drive = `
local result = {}
local buf = vim.api.nvim_get_current_buf()
result.filetype = vim.bo[buf].filetype
result.published = vim.wait(90000, function() return #vim.diagnostic.get(buf) >= 2 end, 50)
result.clients = #vim.lsp.buf_get_clients(buf)
result.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(result.diagnostics, {line = d.lnum, col = d.col, end_col = d.end_col, code = lsp.code, source = d.source})
end
local target
for _, d in ipairs(vim.diagnostic.get(buf)) do
  if d.user_data and d.user_data.lsp and d.user_data.lsp.code == vim.env.RULE then target = d end
end
result.titles = {}
vim.ui.select = function(items, _, on_choice)
  local chosen
  for i, item in ipairs(items) do
    local action = item[2] or item.action
    table.insert(result.titles, action.title)
    if not chosen and action.title:sub(1, #vim.env.ACTION) == vim.env.ACTION then chosen = i end
  end
  if chosen then on_choice(items[chosen], chosen) else on_choice(nil) end
end
if target then
  vim.api.nvim_win_set_cursor(0, {target.lnum + 1, target.col})
  local tick = vim.api.nvim_buf_get_changedtick(buf)
  vim.lsp.buf.code_action()
  result.changed = vim.wait(60000, function() return vim.api.nvim_buf_get_changedtick(buf) ~= tick end, 50)
  result.relinted = vim.wait(90000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.user_data and d.user_data.lsp and d.user_data.lsp.code == vim.env.RULE then return false end
    end
    return #vim.diagnostic.get(buf) == 1
  end, 50)
end
result.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
result.remaining = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result.remaining, d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end
vim.fn.writefile({vim.fn.json_encode(result)}, vim.env.RESULT)
vim.cmd('qa!')
`

interface Outcome {
  readonly code: number | null
  readonly result: {
    filetype: string
    clients: number
    published: boolean
    diagnostics: {line: number; col: number; end_col: number; code: string; source: string}[]
    titles: string[]
    changed?: boolean
    relinted?: boolean
    lines: string[]
    remaining: string[]
  }
}

/** Run headless Neovim on letter.md with the README's init.lua, choosing `action` for `rule`. */
async function runNeovim(folder: string, rule: string, action: string): Promise<Outcome> {
  const home = join(folder, '.nvim-home')
  mkdirSync(home, {recursive: true})
  const init = join(home, 'init.lua')
  writeFileSync(init, readmeExample('neovim-init').code)
  writeFileSync(join(home, 'drive.lua'), drive)
  const resultPath = join(home, 'result.json')
  rmSync(resultPath, {force: true})
  const env = projectEnv({
    XDG_CONFIG_HOME: home,
    XDG_DATA_HOME: home,
    XDG_STATE_HOME: home,
    XDG_CACHE_HOME: home,
    RESULT: resultPath,
    RULE: rule,
    ACTION: action,
  })
  const child = spawn(
    'nvim',
    ['--headless', '-u', init, '-c', `luafile ${join(home, 'drive.lua')}`, 'letter.md'],
    {
      cwd: folder,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  // A guard against a hang, far above the waits inside the script; never an assertion on time.
  const guard = setTimeout(() => child.kill('SIGKILL'), 280_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(guard)
  if (!existsSync(resultPath)) throw new Error(`Neovim wrote no result (exit ${String(code)}): ${output}`)
  return {code, result: JSON.parse(readFileSync(resultPath, 'utf8')) as Outcome['result']}
}

describe('Neovim with the README init.lua', {timeout: 300_000}, () => {
  it('shows the diagnostics of a Markdown file, and the fix code action changes the buffer', async (context) => {
    if (!neovim.ok) return context.skip(neovim.reason)
    const {code, result} = await runNeovim(project!.folder, 'child-pornography', 'Fix:')
    expect(code).toBe(0)
    expect(result.filetype).toBe('markdown')
    expect(result.clients).toBe(1)
    expect(result.published).toBe(true)
    expect(
      result.diagnostics
        .map(({line, col, end_col, code, source}) => [line, col, end_col, code, source])
        .sort(),
    ).toEqual([
      [2, 17, 27, 'streetwise', 'referral-lint'],
      [4, 0, 17, 'child-pornography', 'referral-lint'],
    ])
    expect(result.titles).toEqual([
      'Fix: replace with "Child sexual abuse material"',
      'Reword as "Indecent images of children"',
      'Disable child-pornography for this line (with a comment)',
    ])
    expect(result.changed).toBe(true)
    expect(result.lines[4]).toBe('Child sexual abuse material was found on his phone.')
    expect(result.relinted).toBe(true)
    expect(result.remaining).toEqual(['streetwise'])
  })

  it('adds a disable comment with the code action that offers it', async (context) => {
    if (!neovim.ok) return context.skip(neovim.reason)
    const {code, result} = await runNeovim(project!.folder, 'streetwise', 'Disable streetwise')
    expect(code).toBe(0)
    expect(result.changed).toBe(true)
    expect(result.lines.slice(2, 4)).toEqual([
      '<!-- referral-lint-disable-next-line streetwise -- reason -->',
      'Staff say she is streetwise.',
    ])
    expect(result.relinted).toBe(true)
    expect(result.remaining).toEqual(['child-pornography'])
  })
})

describe('VS Code packaging, as the README says', {timeout: 300_000}, () => {
  it('writes editors/vscode/referral-lint-<version>.vsix', () => {
    const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}
    const vsix = join(root, 'editors', 'vscode', `referral-lint-${version}.vsix`)
    rmSync(vsix, {force: true})
    const example = readmeExample('vscode-package')
    const result = spawnSync('bash', ['-e', '-c', example.code], {
      cwd: root,
      env: projectEnv(),
      encoding: 'utf8',
    })
    expect(result.status, result.stderr).toBe(0)
    expect(existsSync(vsix)).toBe(true)
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(
      `editors/vscode/referral-lint-${version}.vsix`,
    )
  })
})
