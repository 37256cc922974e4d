// `npm start`: lint the bundled sample with the built CLI. Findings (exit
// code 1) are the expected outcome, so they exit 0; a usage error (2) or a
// crash still fails.
import {spawn} from 'node:child_process'
import process from 'node:process'

const sample = 'fixtures/sample/narrative.txt'
const child = spawn(process.execPath, ['dist/cli.js', sample], {stdio: 'inherit'})

child.on('error', (error) => {
  process.stderr.write(`npm start: could not run dist/cli.js (${error.message})\n`)
  process.exitCode = 1
})

child.on('exit', (code, signal) => {
  if (code === 0) {
    process.stderr.write(`\nnpm start: referral-lint exited 0: no error-level findings in ${sample}.\n`)
  } else if (code === 1) {
    process.stderr.write(
      `\nnpm start: referral-lint exited 1: ${sample} has error-level findings, as expected for the sample.\n`,
    )
    process.exitCode = 0
  } else if (code === 2) {
    process.stderr.write(`\nnpm start: referral-lint exited 2: a usage error (see the message above).\n`)
    process.exitCode = 2
  } else {
    process.stderr.write(
      `\nnpm start: referral-lint stopped unexpectedly (${signal ?? `exit code ${code}`}).\n`,
    )
    process.exitCode = 1
  }
})
