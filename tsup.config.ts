import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import type {Plugin} from 'esbuild'
import {defineConfig, type Options} from 'tsup'
import {browserPlugins, lazyRuleExtrasPlugin} from './scripts/browser-build.js'

// The single-file IIFE wraps itself in a named function so that the web
// component can start a `blob:` worker from that function's source text:
// one file, nothing fetched, and it works from file:// (see
// src/web/worker-source.ts). `self` is defined for realms without one
// (compromise reads `self.env` where there is no `process`).
const selfSource = {
  banner: {js: '(function(){var self=globalThis;var __REFERRAL_LINT_SOURCE__=function(){'},
  footer: {js: ';globalThis.ReferralLint=ReferralLint};__REFERRAL_LINT_SOURCE__()})();'},
}

/** esbuild plugin: vfile-reporter's `string-width` import resolves to src/cli/formats/string-width.ts. */
const fastStringWidth: Plugin = {
  name: 'fast-string-width',
  setup(build) {
    build.onResolve({filter: /^string-width$/}, (args) =>
      /[\\/]vfile-reporter[\\/]/.test(args.importer)
        ? {path: resolve('src/cli/formats/string-width.ts')}
        : undefined,
    )
  },
}

/** The packages (and theirs) that every CLI lint loads, bundled into the CLI. */
const cliBundled = [
  /^unified$/,
  /^vfile(-message)?$/,
  /^retext-english$/,
  /^parse-(english|latin)$/,
  /^nlcst-/,
  /^unist-util-/,
  /^(trough|bail|devlop|is-plain-obj|array-iterate|extend)$/,
]

/** Shared settings of the browser builds: everything bundled, no Node. */
const browser: Options = {
  entry: {browser: 'src/browser.ts'},
  platform: 'browser',
  target: 'es2022',
  noExternal: [/.*/],
  minify: true,
  sourcemap: true,
  // compromise's tag-debugging printers (DEBUG_TAGS) are dead weight here.
  esbuildOptions(options) {
    options.drop = ['console']
  },
}

/** The two browser builds. */
const browserBuilds: Options[] = [
  {
    ...browser,
    format: ['esm'],
    dts: true,
    define: {__REFERRAL_LINT_ESM__: 'true'},
    esbuildPlugins: browserPlugins(false),
  },
  {
    ...browser,
    format: ['iife'],
    globalName: 'ReferralLint',
    define: {__REFERRAL_LINT_ESM__: 'false'},
    esbuildPlugins: browserPlugins(true),
    ...selfSource,
    onSuccess: () => Promise.resolve(copyPlayground()),
  },
]

// Three builds: the library (index + rule data, dependencies external), the
// CLI, and the browser bundle (ESM and a single-file IIFE global
// `ReferralLint`). ESM only for Node: a dual build with external ESM-only
// dependencies breaks at runtime, and Node >= 20.19 lets CommonJS callers
// `require()` ESM.
export default defineConfig([
  {
    entry: {index: 'src/index.ts', rules: 'rules/index.ts'},
    format: ['esm'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    sourcemap: true,
  },
  {
    entry: {cli: 'src/cli/index.ts'},
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    banner: {js: '#!/usr/bin/env node'},
    // vfile-reporter is bundled so that its `string-width` is ours, with a
    // fast path for plain text (src/cli/formats/string-width.ts). The
    // packages every lint loads are bundled too: resolving and reading some
    // fifty small modules from node_modules cost a cold start more than
    // they cost here. The rules' examples and sources stay out of the rule
    // code (scripts/browser-build.ts, `lazyRuleExtrasPlugin`).
    noExternal: ['vfile-reporter', ...cliBundled],
    esbuildPlugins: [fastStringWidth, lazyRuleExtrasPlugin()],
  },
  ...browserBuilds,
])

/** Copy the playground beside the bundle, pointing at `./browser.global.js`. */
function copyPlayground(): void {
  mkdirSync('dist', {recursive: true})
  const page = readFileSync('playground/index.html', 'utf8')
  writeFileSync('dist/playground.html', page.replaceAll('../dist/browser.global.js', './browser.global.js'))
  copyFileSync('playground/playground.js', 'dist/playground.js')
}
