import {defineConfig} from 'tsup'

// Two builds: the library (index + rule data, dependencies external) and
// the CLI. ESM only: a dual build with external ESM-only dependencies breaks
// at runtime, and Node >= 20.19 lets CommonJS callers `require()` ESM.
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
  },
])
