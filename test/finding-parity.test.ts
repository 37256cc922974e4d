/**
 * One finding model (src/finding.ts): the same synthetic narrative linted
 * through the library, the built CLI's `--format json`, the service and the
 * built browser bundle (its ESM build, loaded in Node) gives byte-identical
 * findings after `JSON.stringify`, in the shape of
 * docs/json-format.schema.json. Pack and deny rules never link to a
 * docs/rules.md section that does not exist.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {Ajv} from 'ajv'
import formats from 'ajv-formats'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lintSync, toResult, type Finding} from '../src/index.js'
import {startServer, type RunningServer} from '../src/cli/serve.js'
import {docsUrl} from '../src/vocabulary.js'
import {browserOutputs} from './e2e/setup.js'
import {cliPath, ensureBuilt, root} from './helpers/build.js'
import {post} from './hostile/http.js'

/** Synthetic: no real person or case. */
const narrative = [
  'Referral for Kyla Brandreth (15). Kyla is a prostitute who went willingly with older males.',
  'She is streetwise and has been putting herself at risk; she was found with child pornography on her phone.',
  'Her boyfriend (24) collects her from school. Kyla is sexually active and looks older.',
].join('\n')

const referenceDate = '2026-03-14'

interface Case {
  readonly name: string
  /** Options of `lint`; the CLI and the service get the same as flags or request options. */
  readonly options: {readonly preset?: 'child' | 'adult'; readonly indicators?: boolean}
  readonly flags: readonly string[]
}

const cases: readonly Case[] = [
  {name: 'defaults', options: {}, flags: []},
  {
    name: 'adult preset, indicators',
    options: {preset: 'adult', indicators: true},
    flags: ['--preset', 'adult', '--indicators'],
  },
]

interface BrowserApi {
  ready(): Promise<void>
  lintSync(text: string, options?: unknown): unknown
  toResult(file: unknown): {findings: readonly Finding[]}
}

let service: RunningServer
let browser: BrowserApi

beforeAll(async () => {
  await ensureBuilt()
  browser = (await import(pathToFileURL(browserOutputs.esm).href)) as BrowserApi
  await browser.ready()
  service = await startServer({port: 0, workers: 1, timeLimit: 120_000, noConfig: true, log: () => undefined})
}, 600_000)

afterAll(async () => {
  await service.close()
})

function cliFindings(
  flags: readonly string[],
  cwd = root,
  extra: readonly string[] = ['--no-config'],
): string {
  const result = spawnSync(
    process.execPath,
    [cliPath, '--format', 'json', '--date', referenceDate, ...extra, ...flags],
    {cwd, input: narrative, encoding: 'utf8', timeout: 120_000},
  )
  expect(result.status, result.stderr).toBe(1)
  const report = JSON.parse(result.stdout) as {files: {messages: unknown[]}[]}
  return JSON.stringify(report.files[0]?.messages)
}

async function serviceFindings(options: object, base = service.url): Promise<string> {
  const answer = await post(base, '/v1/lint', JSON.stringify({text: narrative, options}))
  expect(answer.status, answer.body).toBe(200)
  return JSON.stringify((JSON.parse(answer.body) as {files: {messages: unknown[]}[]}).files[0]?.messages)
}

describe(
  'the same findings from the library, the CLI, the service and the browser bundle',
  {timeout: 300_000},
  () => {
    it.each(cases)('$name', async ({options, flags}) => {
      const settings = {...options, referenceDate}
      const library = JSON.stringify(
        toResult(lintSync(narrative, {...settings, timeLimit: Infinity})).findings,
      )
      const found = JSON.parse(library) as Finding[]
      expect(found.map((finding) => finding.ruleId)).toEqual(
        expect.arrayContaining(['prostitute', 'went-willingly', 'streetwise', 'child-pornography']),
      )
      // The report's message shape, exactly.
      const schema = JSON.parse(readFileSync(join(root, 'docs', 'json-format.schema.json'), 'utf8')) as {
        definitions: Record<string, object>
      }
      const ajv = new Ajv({allErrors: true, strict: false})
      ;(formats as unknown as {default: (ajv: Ajv) => Ajv}).default(ajv)
      const validate = ajv.compile({...schema.definitions.message, definitions: schema.definitions})
      for (const finding of found) expect(validate(finding), JSON.stringify(validate.errors)).toBe(true)
      if (options.preset === 'adult') {
        const adultNotes = found.filter((finding) => finding.ruleId === 'went-willingly').map((f) => f.note)
        const childNotes = toResult(lintSync(narrative, {referenceDate, timeLimit: Infinity}))
          .findings.filter((finding) => finding.ruleId === 'went-willingly')
          .map((f) => f.note)
        expect(adultNotes).not.toEqual(childNotes)
      }

      expect(cliFindings(flags)).toBe(library)
      expect(await serviceFindings(settings)).toBe(library)
      const bundle = JSON.stringify(
        browser.toResult(browser.lintSync(narrative, {...settings, timeLimit: Infinity})).findings,
      )
      expect(bundle).toBe(library)
    })
  },
)

describe('documentation links', {timeout: 300_000}, () => {
  let folder = ''
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'referral-lint-parity-'))
    writeFileSync(
      join(folder, '.referrallintrc.yaml'),
      [
        'deny:',
        '  - phrase: older males',
        '    suggestion: adults',
        '    category: judgemental',
        'packs: [team.yaml]',
        '',
      ].join('\n'),
    )
    writeFileSync(
      join(folder, 'team.yaml'),
      [
        '- id: collects-her',
        '  category: responsibility',
        '  severity: warning',
        '  target: term',
        '  phrases: [collects her]',
        "  message: '`{actual}` hides who arranges the contact'",
        '  suggestions: [is collected by]',
        '  note: Say who arranged it.',
        '  url: https://team.example/rules/collects-her',
        '  examples:',
        "    incorrect: ['He [[collects her]] at noon.']",
        "    correct: ['He collected the parcel.']",
        '- id: from-school',
        '  category: responsibility',
        '  severity: info',
        '  target: term',
        '  phrases: [from school]',
        "  message: '`{actual}` is a place, not a fact'",
        '  suggestions: [from school, where staff saw]',
        '  note: Say what staff saw.',
        '  examples:',
        "    incorrect: ['She walked [[from school]].']",
        "    correct: ['She walked to the park.']",
        '',
      ].join('\n'),
    )
  })
  afterAll(() => {
    rmSync(folder, {recursive: true, force: true})
  })

  it('bundled rules link to their docs/rules.md section; pack rules carry their own url or none; deny rules none', () => {
    const messages = JSON.parse(cliFindings([], folder, [])) as Finding[]
    const url = (id: string): string | null | undefined => messages.find((m) => m.ruleId === id)?.url
    expect(url('prostitute')).toBe(`${docsUrl}#prostitute`)
    expect(url('collects-her')).toBe('https://team.example/rules/collects-her')
    expect(url('from-school')).toBeNull()
    expect(url('deny-older-males')).toBeNull()
    for (const message of messages) {
      if (message.url?.startsWith(docsUrl)) expect(message.url).toBe(`${docsUrl}#${String(message.ruleId)}`)
    }
    const rulesDoc = readFileSync(join(root, 'docs', 'rules.md'), 'utf8')
    for (const message of messages) {
      if (message.url?.startsWith(`${docsUrl}#`)) {
        expect(rulesDoc, String(message.ruleId)).toContain(`id="${String(message.ruleId)}"`)
      }
    }
  })
})
