/**
 * The `referral-lint` bin. See `run.ts` for the command and `--help` for
 * its usage.
 *
 * Why a thin layer of our own rather than unified-engine / unified-args:
 *
 * - The inputs are not one unified pipeline: `.docx` goes through mammoth,
 *   Markdown and HTML through remark/rehype bridges, templates are masked
 *   before parsing. unified-engine assumes one processor for every file.
 * - unified-engine's config (`plugins`/`settings`) and ignore semantics are
 *   not ours: we need a validated schema whose every error names the file,
 *   the field and what to do (unknown rule ids with the closest id, deny
 *   phrases, packs with executable examples), and exit code 2 for them.
 * - Formats (SARIF 2.1.0, JSON with a documented schema, GitHub
 *   annotations), atomic `--fix` writes and `--fix-dry-run` diffs would all
 *   sit outside unified-args anyway.
 * - Cold start: `--help` and `--version` load nothing but `node:util`; the
 *   engine, config code and formats are imported only when needed.
 *
 * What remains is small: `node:util` `parseArgs` (strict), a directory walk
 * with a glob-to-RegExp compiler (no fast-glob), and caches for config.
 *
 * Subcommands `serve`, `audit` and `lsp` live in their own modules,
 * imported only when asked for.
 */
import module from 'node:module'
import process from 'node:process'
import packageJson from '../../package.json' with {type: 'json'}
import {readAll} from './read.js'
import {exitCodes, run} from './run.js'

/** A subcommand module: resolves to the exit code. */
interface Subcommand {
  readonly serve?: (argv: readonly string[]) => Promise<number>
  readonly audit?: (argv: readonly string[]) => Promise<number>
  readonly lsp?: (argv: readonly string[]) => Promise<number>
}

// Where Node has it (22.1 and later), keep V8's compiled code of the modules
// imported from here on (the engine and the rules, imported by `run`) between
// runs, in the temporary directory or where NODE_COMPILE_CACHE says
// (NODE_DISABLE_COMPILE_CACHE=1 turns it off). It holds compiled code only,
// never text. Node 20 has no such call.
;(module as {enableCompileCache?: () => unknown}).enableCompileCache?.()

// A reader that stops early (`| head`) closes the pipe: stop quietly, as
// other command-line tools do, instead of printing an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

try {
  const [first, ...rest] = process.argv.slice(2)
  if (first === 'serve') {
    const module = (await import('./serve.js')) as Subcommand
    process.exitCode = (await module.serve?.(rest)) ?? exitCodes.usage
  } else if (first === 'audit') {
    const module = (await import('./audit.js')) as Subcommand
    process.exitCode = (await module.audit?.(rest)) ?? exitCodes.usage
  } else if (first === 'lsp') {
    const module = (await import('./lsp/index.js')) as Subcommand
    process.exitCode = (await module.lsp?.(rest)) ?? exitCodes.usage
  } else {
    process.exitCode = await run(
      process.argv.slice(2),
      {
        stdinIsTTY: process.stdin.isTTY === true,
        readStdin: (limit) => readAll(process.stdin, limit),
        stdoutIsTTY: process.stdout.isTTY === true,
        stderrIsTTY: process.stderr.isTTY === true,
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        env: process.env,
      },
      packageJson.version,
    )
  }
} catch (error) {
  // Unexpected failures print no message or stack: either could quote the
  // narrative. A broken rule file is named, as it holds no narrative text.
  const reason = isRuleSpecError(error) ? error.message.split('\n')[0] : describe(error)
  process.stderr.write(`referral-lint: internal error: ${reason}; please report it (without the text)\n`)
  process.exitCode = exitCodes.usage
}

/** Checked by name: importing the class would load the whole engine up front. */
function isRuleSpecError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'RuleSpecError'
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : typeof error
}
