import {builtinModules} from 'node:module'
import js from '@eslint/js'
import {defineConfig} from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'))

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
