/**
 * The `referral-lint` bin. See `run.ts` for the command and `--help` for
 * its usage.
 */
import process from 'node:process'
import packageJson from '../../package.json' with {type: 'json'}
import {readAll} from './read.js'
import {exitCodes, run} from './run.js'

try {
  process.exitCode = await run(
    process.argv.slice(2),
    {
      stdinIsTTY: process.stdin.isTTY === true,
      readStdin: () => readAll(process.stdin),
      stdoutIsTTY: process.stdout.isTTY === true,
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      env: process.env,
    },
    packageJson.version,
  )
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
