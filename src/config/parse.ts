/**
 * Parse a config or pack file's text: JSON for `.json`, YAML (a superset of
 * JSON) otherwise. Errors name the file, the line and the column, and never
 * quote the file's content (the parsers' own messages can).
 */
import {ConfigError} from './errors.js'

/** The YAML parser: loaded only when a config or pack is YAML (most runs have none). */
let yaml: typeof import('yaml') | undefined

/** Load the YAML parser before `parseConfigText` is given a YAML file. */
export async function loadConfigParser(): Promise<void> {
  yaml ??= await import('yaml')
}

/**
 * Parse JSON or YAML text; `file` decides the syntax and names errors. YAML
 * needs `loadConfigParser()` first.
 */
export function parseConfigText(text: string, file: string): unknown {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(text) as unknown
    } catch (error) {
      // Only where, from the parser's "position N": its message can quote the file.
      const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1]
      const where = position === undefined ? '' : ` at ${lineAndColumn(text, Number(position))}`
      throw new ConfigError(file, '', `is not valid JSON${where}; fix the syntax`)
    }
  }
  if (!yaml) throw new Error('parseConfigText: call loadConfigParser() before parsing YAML')
  const {parse, YAMLParseError} = yaml
  try {
    return parse(text, {prettyErrors: true, uniqueKeys: true}) as unknown
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0].line : undefined
    const code = error instanceof YAMLParseError ? ` (${error.code})` : ''
    throw new ConfigError(
      file,
      '',
      `is not valid YAML${line ? ` at line ${String(line)}` : ''}${code}; fix the syntax (JSON is also accepted)`,
    )
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `line ${String(line)}, column ${String(column)}`
}
