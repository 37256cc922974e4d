import {builtinModules} from 'node:module'
import js from '@eslint/js'
import {defineConfig} from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'))

// The layering (src/engine/README.md, "Layers"): rules/ is data; the
// engine is the core and knows neither the rules nor the front ends;
// src/config, src/lint.ts and src/plugin.ts compose the engine with the rule
// data; src/web and src/cli are front ends, and only src/cli may run on Node.
// test/boundaries.test.ts proves that each boundary below reports an error.

/** Nothing outside src/cli/** (and the dev tooling: test/, scripts/, bench/) imports the CLI. */
const cliBoundary = {
  regex: '^(\\.\\.?/)+(src/)?cli(/|$)',
  message: 'Only src/cli/** imports from src/cli/: the CLI is a front end that nothing else depends on.',
}

/** The engine is the core: it imports only itself and the shared contracts in src/*.ts. */
const engineBoundary = {
  regex: '^(\\.\\./)+(rules|cli|config|web)(/|$)|^(\\.\\./)+(lint|plugin|index|browser)\\.js$',
  message:
    'src/engine/** imports only src/engine/** and the shared contracts (src/types.ts, src/vocabulary.ts, ' +
    'src/finding.ts): rules, config, the front ends and the composition (lint.ts, plugin.ts) build on it.',
}

export default defineConfig(
  {
    ignores: ['dist/', 'coverage/', 'node_modules/', 'scratch/', 'test-artifacts/', '.vitest-*/'],
  },
  {
    // The VS Code client's bundle, built by `npm run package:vscode`.
    ignores: ['editors/vscode/dist/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
    },
  },
  {
    // Plain JavaScript (this file, scripts/*.mjs) is outside tsconfig.json,
    // so it has no type information: lint it without the type-aware rules.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {globals: globals.node},
  },
  {
    // The extension's fixture pages are plain browser scripts.
    files: ['fixtures/extension/**/*.js'],
    languageOptions: {globals: globals.browser},
  },
  {
    // The engine and the browser extension are pure and browser-safe; only the CLI may touch Node.
    files: ['src/**/*.ts', 'extension/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'Only src/cli/** may import Node built-ins; keep the engine browser-safe.',
          })),
          patterns: [
            {
              group: ['node:*'],
              message: 'Only src/cli/** may import Node built-ins; keep the engine browser-safe.',
            },
          ],
        },
      ],
    },
  },
  {
    // Outside the engine and the CLI, src/ and the extension may not import the CLI.
    files: ['src/**/*.ts', 'extension/**/*.ts'],
    ignores: ['src/cli/**', 'src/engine/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {patterns: [cliBoundary]}],
    },
  },
  {
    // The engine: nothing from rules/, src/cli, src/config, src/web or the composition modules.
    files: ['src/engine/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {patterns: [engineBoundary]}],
    },
  },
  {
    // Rules are data: type-only imports, except that the indexes compose
    // rule files and `sources.ts` from inside rules/.
    files: ['rules/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        {prefer: 'type-imports', fixStyle: 'separate-type-imports'},
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.\\.?/)|^\\.\\./\\.\\./|^\\.\\./(?!sources\\.js$)[^/]+/',
              allowTypeImports: true,
              message:
                'rules/ holds data only: import types with `import type`; values only from rule files and rules/sources.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Nor may rules/ import the CLI, not even its types. The core rule, because
    // the typescript-eslint one lets a type import through when any of its
    // patterns allows type imports (those above do).
    files: ['rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {patterns: [cliBoundary]}],
    },
  },
  {
    // A rule file itself imports nothing but types.
    files: ['rules/*/*.ts'],
    ignores: ['rules/*/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '.*',
              allowTypeImports: true,
              message: 'A rule file is data: import only types (`import type {RuleSpec} from ...`).',
            },
          ],
        },
      ],
    },
  },
)
