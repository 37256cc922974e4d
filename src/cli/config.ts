/**
 * Find and load configuration: `--config <path>`, or the nearest of
 * `.referrallintrc`, `.referrallintrc.json`, `.referrallintrc.yaml`,
 * `.referrallintrc.yml` and the `referral-lint` key of `package.json`,
 * searched upward from each file's directory. Loaded once per file found.
 */
import {readFile} from 'node:fs/promises'
import process from 'node:process'
import {dirname, join, relative, resolve} from 'node:path'
import {
  ConfigError,
  loadConfigParser,
  parseConfigText,
  toOptions,
  validateConfig,
  validatePack,
  type Config,
} from '../config/index.js'
import type {Options, RuleSpec} from '../types.js'
import {UsageError} from './errors.js'
import {compileGlob} from './glob.js'
import {describeCode} from './read.js'

/** Config file names, in the order they are tried in each directory. */
export const configNames = [
  '.referrallintrc',
  '.referrallintrc.json',
  '.referrallintrc.yaml',
  '.referrallintrc.yml',
]

/** A loaded configuration. */
export interface LoadedConfig {
  /** The file it came from, if any. */
  readonly file?: string
  /** Options for `lint`. */
  readonly options: Options
  /** The validated configuration (without the command line's overrides), if a file was found. */
  readonly config?: Config
  /** The rules of its packs, loaded and checked. */
  readonly packRules?: readonly RuleSpec[]
  /** The config's `coverage` setting (optional). */
  readonly coverage?: boolean
  /** Whether the config's `ignore` patterns skip a file (optional). */
  readonly ignores?: (path: string) => boolean
}

/** Loads configs with caches, so each file and directory is read once. */
export class ConfigLoader {
  private readonly byFile = new Map<string, Promise<LoadedConfig>>()
  private readonly byDirectory = new Map<string, Promise<string | undefined>>()
  /** One options object when no config applies, so the processor is built once. */
  private defaults: Options | undefined

  constructor(
    private readonly overrides: Partial<Options>,
    private readonly explicit?: string,
    private readonly disabled = false,
  ) {}

  /** The configuration for a file (`undefined` path: stdin, searched from the working directory). */
  async forFile(path: string | undefined): Promise<LoadedConfig> {
    const file = this.disabled
      ? undefined
      : (this.explicit ?? (await this.find(resolve(path === undefined ? '.' : dirname(path)))))
    if (file === undefined) return {options: (this.defaults ??= this.apply({}))}
    let loaded = this.byFile.get(file)
    if (!loaded) {
      loaded = this.load(file)
      this.byFile.set(file, loaded)
    }
    return loaded
  }

  private apply(options: Options): Options {
    return Object.keys(this.overrides).length === 0 ? options : {...options, ...this.overrides}
  }

  private find(directory: string): Promise<string | undefined> {
    let found = this.byDirectory.get(directory)
    if (!found) {
      found = this.search(directory)
      this.byDirectory.set(directory, found)
    }
    return found
  }

  private async search(directory: string): Promise<string | undefined> {
    for (const name of configNames) {
      const path = join(directory, name)
      if (await exists(path)) return path
    }
    const packageJson = join(directory, 'package.json')
    if (await exists(packageJson)) {
      const text = await readText(packageJson, display(packageJson))
      try {
        const data = JSON.parse(text) as Record<string, unknown>
        if (data['referral-lint'] !== undefined) return `${packageJson}#referral-lint`
      } catch {
        // A broken package.json that is not ours to read: keep searching.
      }
    }
    const parent = dirname(directory)
    return parent === directory ? undefined : this.find(parent)
  }

  private async load(file: string): Promise<LoadedConfig> {
    const inPackage = file.endsWith('#referral-lint')
    const path = inPackage ? file.slice(0, -'#referral-lint'.length) : file
    const name = display(path)
    const shown = inPackage ? `${name} ("referral-lint" key)` : name
    const text = await readText(path, shown)
    if (!name.endsWith('.json')) await loadConfigParser()
    let raw = parseConfigText(text, name)
    if (inPackage) raw = (raw as Record<string, unknown>)['referral-lint']
    const config = validateConfig(raw, shown)
    const packRules: RuleSpec[] = []
    for (const [index, pack] of (config.packs ?? []).entries()) {
      const packPath = resolve(dirname(path), pack)
      const packName = display(packPath)
      const packText = await readText(packPath, shown, `packs[${index}]`)
      if (!packName.endsWith('.json')) await loadConfigParser()
      packRules.push(...validatePack(parseConfigText(packText, packName), packName))
    }
    const options = this.apply(toOptions(config, packRules, shown))
    const coverage = config.coverage === undefined ? {} : {coverage: config.coverage}
    if (!config.ignore || config.ignore.length === 0)
      return {file: path, options, config, packRules, ...coverage}
    // Patterns relative to the config file's directory, in .gitignore style.
    const base = dirname(resolve(path))
    const globs = config.ignore.map((pattern, index) => {
      try {
        const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/')
        const body = pattern.replace(/^\//, '').replace(/\/$/, '')
        return compileGlob(`${anchored ? '' : '**/'}${body}`)
      } catch (error) {
        const reason = error instanceof UsageError ? error.message : 'invalid pattern'
        throw new ConfigError(shown, `ignore[${String(index)}]`, `${reason}; fix the pattern`)
      }
    })
    const ignores = (file: string): boolean => {
      const rel = relative(base, resolve(file)).split(/[\\/]/).join('/')
      return !rel.startsWith('..') && globs.some((glob) => glob.matchesOrContains(rel))
    }
    return {file: path, options, config, packRules, ...coverage, ignores}
  }
}

/** A path as shown in errors: relative to the working directory when inside it. */
function display(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel === '' || rel.startsWith('..') ? path : rel
}

async function exists(path: string): Promise<boolean> {
  try {
    await readFile(path)
    return true
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : ''
    // A config file that exists but cannot be read is an error, not absence.
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') return true
    return false
  }
}

async function readText(path: string, shown: string, field = ''): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : ''
    const what = field ? `names "${display(path)}", which cannot be read` : 'cannot be read'
    throw new ConfigError(shown, field, `${what} (${describeCode(code)}); check the path`)
  }
}
