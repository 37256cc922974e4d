/**
 * string-width for vfile-reporter, with a fast path. string-width 6 builds
 * an `Intl.Segmenter` per call and the emoji regular expression per
 * character, and vfile-reporter measures every cell of every row: on a
 * report of a few dozen findings that was a tenth of a cold CLI run. A
 * string of the characters below, once its colour codes (SGR) are dropped,
 * is as wide as it is long, which is what string-width returns for it
 * (test/cli-string-width.test.ts); anything else goes to string-width
 * itself. The CLI build bundles vfile-reporter
 * with this module in place of its `string-width` import (tsup.config.ts).
 */
import stringWidthOf from 'string-width'

// eslint-disable-next-line no-control-regex -- the escape that opens a colour code
const colour = /\u001B\[[\d;]*m/g
// Printable ASCII, Latin-1 but for © and ® (emoji with a variation
// selector), and the dashes, quotes, bullet and ellipsis of U+2010-U+2027:
// each is one grapheme one column wide to string-width, so such a string
// is as wide as it is long.
const narrow = /^[\u0020-\u007E\u00A0-\u00A8\u00AA-\u00AD\u00AF-\u00FF\u2010-\u2027]*$/

export default function stringWidth(value: string, options?: Parameters<typeof stringWidthOf>[1]): number {
  if (typeof value === 'string') {
    const plain = value.includes('\u001B') ? value.replace(colour, '') : value
    if (narrow.test(plain) && options?.countAnsiEscapeCodes !== true) return plain.length
  }
  return stringWidthOf(value, options)
}
