/** Parse an example with one `[[span]]` marker into its text and offsets. */
export interface ParsedExample {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly actual: string
}

export function parseExample(source: string, where: string): ParsedExample {
  const open = source.indexOf('[[')
  const close = source.indexOf(']]')
  if (open === -1 || close === -1 || close < open) {
    throw new Error(`${where}: mark the expected span with [[…]] in "${source}"`)
  }
  if (source.indexOf('[[', open + 2) !== -1 || source.indexOf(']]', close + 2) !== -1) {
    throw new Error(`${where}: use exactly one [[…]] pair in "${source}"`)
  }
  const actual = source.slice(open + 2, close)
  if (/[[\]]/.test(actual)) throw new Error(`${where}: brackets are not allowed inside [[…]] in "${source}"`)
  const text = source.slice(0, open) + actual + source.slice(close + 2)
  return {text, start: open, end: open + actual.length, actual}
}
