/**
 * Parse a config or pack file's text: JSON for `.json`, YAML (a superset of
 * JSON) otherwise. Errors name the file and the line.
 */
import {parse as parseYaml, YAMLParseError} from 'yaml'
import {ConfigError} from './errors.js'

/** Parse JSON or YAML text; `file` decides the syntax and names errors. */
export function parseConfigText(text: string, file: string): unknown {
  if (file.endsWith('.json')) {
    try {
      return JSON.parse(text) as unknown
    } catch (error) {
      // Only the parser's reason, not the snippet of the file it quotes.
      const detail =
        error instanceof Error ? (error.message.split('\n')[0] ?? '').replace(/, ".*$/, '') : 'invalid JSON'
      throw new ConfigError(file, '', `is not valid JSON (${detail}); fix the syntax`)
    }
  }
  try {
    return parseYaml(text, {prettyErrors: true, uniqueKeys: true}) as unknown
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line
      throw new ConfigError(
        file,
        '',
        `is not valid YAML${line ? ` at line ${line}` : ''} (${error.code}); fix the syntax (JSON is also accepted)`,
      )
    }
    throw error
  }
}
