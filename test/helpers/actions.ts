/**
 * A small stand-in for a GitHub Actions runner, enough to run the README's
 * workflow here (GitHub's runner and Docker are not available): `run:` steps
 * in bash, this repository's composite action (`action.yml`) with its inputs
 * and outputs, and named stand-ins for the well-known actions the workflow
 * uses (checkout, setup-node, upload-sarif). A failed step skips the rest
 * unless it says `if: always()`. Any other `uses:` or `${{ }}` expression
 * fails the test, so a change to the workflow or the action cannot slip past.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parse} from 'yaml'
import {root} from './build.js'

/** What a stand-in for a well-known action does with its `with:` inputs. */
export type StandIn = (inputs: Readonly<Record<string, string>>, workspace: string) => void

/** One step as it ran. */
export interface StepRun {
  readonly name: string
  readonly ran: boolean
  readonly code: number
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Readonly<Record<string, string>>
}

interface Step {
  readonly name?: string
  readonly id?: string
  readonly if?: string
  readonly uses?: string
  readonly run?: string
  readonly with?: Record<string, unknown>
  readonly env?: Record<string, unknown>
  readonly shell?: string
  readonly 'working-directory'?: string
}

interface ActionManifest {
  readonly inputs: Record<string, {default?: string}>
  readonly outputs: Record<string, {value: string}>
  readonly runs: {using: string; steps: Step[]}
}

/**
 * Run the steps of `job` in the workflow text, in `workspace`.
 *
 * @param standIns - By `uses` prefix (`actions/checkout@`): what replaces that action.
 */
export function runWorkflowJob(
  workflow: string,
  job: string,
  workspace: string,
  standIns: Readonly<Record<string, StandIn>>,
  env: NodeJS.ProcessEnv,
): StepRun[] {
  const jobs = (parse(workflow) as {jobs: Record<string, {steps: Step[]}>}).jobs
  const steps = jobs[job]?.steps
  if (!steps) throw new Error(`the workflow has no job "${job}"`)
  const temp = mkdtempSync(join(tmpdir(), 'referral-lint-runner-'))
  const runs: StepRun[] = []
  let failed = false
  try {
    for (const [index, step] of steps.entries()) {
      const name = step.name ?? step.uses ?? step.run ?? `step ${String(index)}`
      const condition = step.if?.trim()
      if (condition !== undefined && condition !== 'always()')
        throw new Error(`unsupported condition "${condition}"`)
      if (failed && condition !== 'always()') {
        runs.push({name, ran: false, code: 0, stdout: '', stderr: '', outputs: {}})
        continue
      }
      const inputs = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([key, value]) => [key, String(value)]),
      )
      let run: StepRun
      if (step.run !== undefined) {
        run = {
          name,
          ran: true,
          ...bash(step.run, workspace, {...env, ...runnerEnv(workspace, temp)}),
          outputs: {},
        }
      } else if (step.uses?.startsWith('referral-lint/referral-lint@')) {
        run = {name, ran: true, ...runAction(inputs, workspace, {...env, ...runnerEnv(workspace, temp)})}
      } else {
        const standIn = Object.entries(standIns).find(([prefix]) => step.uses?.startsWith(prefix))?.[1]
        if (!standIn) throw new Error(`no stand-in for "${String(step.uses)}": add one to the test`)
        standIn(inputs, workspace)
        run = {name, ran: true, code: 0, stdout: '', stderr: '', outputs: {}}
      }
      runs.push(run)
      if (run.code !== 0) failed = true
    }
  } finally {
    rmSync(temp, {recursive: true, force: true})
  }
  return runs
}

function runnerEnv(workspace: string, temp: string): NodeJS.ProcessEnv {
  return {CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp}
}

function bash(
  script: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): {code: number; stdout: string; stderr: string} {
  // As GitHub runs `shell: bash`: bash --noprofile --norc -eo pipefail {0}.
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    env,
    encoding: 'utf8',
  })
  return {code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr}
}

/** Run this repository's composite action with `with` inputs. */
export function runAction(
  given: Readonly<Record<string, string>>,
  workspace: string,
  env: NodeJS.ProcessEnv,
): {code: number; stdout: string; stderr: string; outputs: Record<string, string>} {
  const manifest = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionManifest
  if (manifest.runs.using !== 'composite') throw new Error('action.yml is expected to be a composite action')
  for (const key of Object.keys(given)) {
    if (!(key in manifest.inputs)) throw new Error(`the action has no input "${key}"`)
  }
  const inputs = Object.fromEntries(
    Object.entries(manifest.inputs).map(([key, spec]) => [key, given[key] ?? spec.default ?? '']),
  )
  const stepOutputs: Record<string, Record<string, string>> = {}
  let stdout = ''
  let stderr = ''
  let code = 0
  for (const step of manifest.runs.steps) {
    if (step.run === undefined || step.shell !== 'bash') throw new Error('the action runs bash steps only')
    const output = join(String(env['RUNNER_TEMP']), `output-${String(step.id)}`)
    writeFileSync(output, '')
    const expand = (value: unknown): string =>
      String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
        const input = /^inputs\.([\w-]+)$/.exec(expression)
        if (input) return inputs[input[1] ?? ''] ?? ''
        if (expression === 'github.action_path') return root
        throw new Error(`unsupported expression "${expression}" in action.yml`)
      })
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(value)]),
    )
    const cwd = join(workspace, expand(step['working-directory'] ?? '.'))
    const result = bash(expand(step.run), cwd, {...env, ...stepEnv, GITHUB_OUTPUT: output})
    stdout += result.stdout
    stderr += result.stderr
    stepOutputs[String(step.id)] = Object.fromEntries(
      readFileSync(output, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    )
    // A failed step still sets its outputs; the steps after it do not run.
    if (result.code !== 0) {
      code = result.code
      break
    }
  }
  const outputs = Object.fromEntries(
    Object.entries(manifest.outputs).map(([key, {value}]) => {
      const match = /^\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}$/.exec(value)
      if (!match) throw new Error(`unsupported output expression "${value}"`)
      return [key, stepOutputs[match[1] ?? '']?.[match[2] ?? ''] ?? '']
    }),
  )
  return {code, stdout, stderr, outputs}
}
