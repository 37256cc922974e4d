/**
 * What the VS Code client decides, apart from the `vscode` API so that it
 * can be tested in plain Node: which documents it sends to the server,
 * which server it starts, which files it watches and which options it
 * passes.
 */
import {join} from 'node:path'

/** Language ids linted: plain text, Markdown, HTML and HTML templates. */
export const languages: readonly string[] = [
  'plaintext',
  'markdown',
  'html',
  'handlebars',
  'django-html',
  'jinja-html',
  'twig',
  'liquid',
  'nunjucks',
]

/** Files whose change makes the server reload its configuration (config files and packs). */
export const watchedFiles =
  '**/{.referrallintrc,.referrallintrc.json,.referrallintrc.yaml,.referrallintrc.yml,package.json,*.yaml,*.yml,*.json}'

/** The documents sent to the server: saved files and unsaved buffers of those languages. */
export function documentSelector(): {scheme: string; language: string}[] {
  return languages.flatMap((language) => [
    {scheme: 'file', language},
    {scheme: 'untitled', language},
  ])
}

/**
 * The server's `cli.js`: the setting when given (relative to the first
 * workspace folder), else the first workspace folder's installed
 * referral-lint; `undefined` when there is none.
 */
export function findServer(
  setting: string,
  folders: readonly string[],
  exists: (path: string) => boolean,
): string | undefined {
  if (setting) {
    const path =
      folders[0] !== undefined && !setting.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(setting)
        ? join(folders[0], setting)
        : setting
    return exists(path) ? path : undefined
  }
  for (const folder of folders) {
    const path = join(folder, 'node_modules', 'referral-lint', 'dist', 'cli.js')
    if (exists(path)) return path
  }
  return undefined
}

/** The message shown when no server is found. */
export const missingServer =
  'referral-lint: no server found. Install it in the workspace (npm install --save-dev referral-lint) or set referral-lint.server.path to its dist/cli.js.'

/** `initializationOptions` from the extension's settings. */
export function initializationOptions(get: (key: string) => unknown): Record<string, unknown> {
  const debounce = get('debounce')
  const preset = get('preset')
  return {
    ...(typeof debounce === 'number' && debounce >= 0 ? {debounce} : {}),
    ...(preset === 'child' || preset === 'adult' ? {preset} : {}),
    indicators: get('indicators') === true,
  }
}
