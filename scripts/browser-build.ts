/**
 * esbuild plugins of the browser build (tsup.config.ts), and the CLI
 * build's `lazy-rule-extras`.
 *
 * `strip-rule-examples` drops each rule file's
 * `examples` (test data the engine never reads) and `sources` keys from the
 * bundle, which keeps every rule pack inside the browser size budget.
 * `rule-columns` bundles the plain rule files as one module of columns
 * (like values side by side), which gzip packs about 4 KiB smaller.
 *
 * The rule files stay untouched; only the text esbuild bundles changes. The
 * top-level object of `export default {…} satisfies RuleSpec` is found with
 * the TypeScript parser, so a string that merely contains `examples:` is
 * never cut.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Plugin} from 'esbuild'
import ts from 'typescript'

/** Property names removed from every rule object. */
const dropped = new Set(['examples', 'sources'])

/**
 * Remove the test-only properties from one rule file's source text. With
 * `replace`, each removed property is replaced by what it returns for the
 * property's name instead (the CLI build puts a getter there).
 */
export function stripRuleExamples(
  source: string,
  fileName = 'rule.ts',
  replace?: (name: string) => string,
): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const cuts: Array<[number, number, string]> = []
  for (const statement of file.statements) {
    if (!ts.isExportAssignment(statement)) continue
    let expression: ts.Expression = statement.expression
    while (ts.isSatisfiesExpression(expression) || ts.isAsExpression(expression)) {
      expression = expression.expression
    }
    if (!ts.isObjectLiteralExpression(expression)) continue
    const properties = expression.properties
    properties.forEach((property, index) => {
      const name = property.name?.getText(file) ?? ''
      if (!ts.isPropertyAssignment(property) || !dropped.has(name)) return
      if (replace) {
        cuts.push([property.getStart(file), property.getEnd(), replace(name)])
        return
      }
      const next = properties[index + 1]
      cuts.push([property.getFullStart(), next ? next.getFullStart() : property.getEnd(), ''])
    })
  }
  let result = source
  for (const [start, end, text] of cuts.reverse()) {
    // Without a following property, also take the comma after this one.
    const tail = text ? null : result.slice(end).match(/^\s*,/)
    result = result.slice(0, start) + text + result.slice(end + (tail ? tail[0].length : 0))
  }
  return result
}

/** A rule file, `rules/<category>/<id>.ts`. */
const ruleFile = /[\\/]rules[\\/][a-z-]+[\\/][a-z0-9-]+\.ts$/

/** esbuild plugin: strip `rules/<category>/<id>.ts` files as they load. */
export function stripRuleExamplesPlugin(): Plugin {
  return {
    name: 'strip-rule-examples',
    setup(build) {
      build.onLoad({filter: ruleFile}, async (args) => {
        if (/[\\/]index\.ts$/.test(args.path)) return undefined
        const source = await readFile(args.path, 'utf8')
        return {contents: stripRuleExamples(source, args.path), loader: 'ts'}
      })
    },
  }
}

/** The rule object of one rule file's `export default`, if it is a plain object literal. */
function ruleObject(file: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  for (const statement of file.statements) {
    if (!ts.isExportAssignment(statement)) continue
    let expression: ts.Expression = statement.expression
    while (ts.isSatisfiesExpression(expression) || ts.isAsExpression(expression)) {
      expression = expression.expression
    }
    return ts.isObjectLiteralExpression(expression) ? expression : undefined
  }
  return undefined
}

/**
 * The rule files of `rules/<category>/` as one module of columns: each
 * property's values of every rule side by side (all the phrases, then all
 * the conditions, all the messages, …), and a function that puts rule `i`
 * back together with its properties in their own order. gzip finds more
 * repeats among like values than across whole rule objects. Only files
 * that hold nothing but a type import and `export default {…}` of plain
 * properties are taken; `examples` and `sources` are left out.
 */
export function ruleColumns(directory: string): {module: string; index: Map<string, number>} {
  const columns = new Map<string, string[]>()
  const orders: string[] = []
  const index = new Map<string, number>()
  for (const category of readdirSync(directory, {withFileTypes: true})) {
    if (!category.isDirectory()) continue
    for (const name of readdirSync(join(directory, category.name)).sort()) {
      if (!/^[a-z0-9-]+\.ts$/.test(name) || name === 'index.ts') continue
      const path = resolve(directory, category.name, name)
      const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true)
      const plain = file.statements.every(
        (statement) =>
          ts.isExportAssignment(statement) ||
          (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly === true),
      )
      const object = ruleObject(file)
      const properties = object?.properties.filter(ts.isPropertyAssignment) ?? []
      const simple = properties.every((property) => ts.isIdentifier(property.name))
      if (!plain || !object || properties.length !== object.properties.length || !simple) continue
      const keys: string[] = []
      for (const property of properties) {
        const key = property.name.getText(file)
        if (dropped.has(key)) continue
        keys.push(key)
        const column = columns.get(key) ?? []
        column[orders.length] = property.initializer.getText(file)
        columns.set(key, column)
      }
      index.set(path, orders.length)
      orders.push(keys.join(','))
    }
  }
  const count = orders.length
  const body = [...columns]
    .map(([key, column]) => `${key}: [${Array.from({length: count}, (_, i) => column[i] ?? '').join(',\n')}]`)
    .join(',\n')
  const module = [
    `const columns = {${body}}`,
    `const orders = ${JSON.stringify(orders)}`,
    'export function rule(i) {',
    '  const out = {}',
    "  for (const key of orders[i].split(',')) out[key] = columns[key][i]",
    '  return out',
    '}',
  ].join('\n')
  return {module, index}
}

/** esbuild plugin: bundle the rule files as columns (`ruleColumns`). */
export function ruleColumnsPlugin(): Plugin {
  return {
    name: 'rule-columns',
    setup(build) {
      const {module, index} = ruleColumns(fileURLToPath(new URL('../rules/', import.meta.url)))
      build.onResolve({filter: /^rule-columns$/}, () => ({path: 'rule-columns', namespace: 'rule-columns'}))
      build.onLoad({filter: /.*/, namespace: 'rule-columns'}, () => ({contents: module, loader: 'ts'}))
      build.onLoad({filter: ruleFile}, (args) => {
        const i = index.get(args.path)
        if (i === undefined) return undefined
        return {
          contents: `import {rule} from 'rule-columns'\nexport default rule(${String(i)})\n`,
          loader: 'ts',
        }
      })
    },
  }
}

/** The module the CLI build's rule files read their examples and sources from. */
const ruleExtrasModule = fileURLToPath(new URL('../src/cli/rule-extras.ts', import.meta.url))

/**
 * esbuild plugin of the CLI build: each rule file's `examples` and
 * `sources` become getters that read them from `dist/rule-extras.json`
 * (written by scripts/build-snapshot.ts) on first use. Only `--explain`,
 * the language server's hover and the like read them; a lint never does,
 * so it does not load half a megabyte of example sentences at every start.
 */
export function lazyRuleExtrasPlugin(): Plugin {
  return {
    name: 'lazy-rule-extras',
    setup(build) {
      build.onLoad({filter: ruleFile}, async (args) => {
        if (/[\\/]index\.ts$/.test(args.path)) return undefined
        const source = await readFile(args.path, 'utf8')
        const contents = stripRuleExamples(
          source,
          args.path,
          (name) => `get ${name}() { return ruleExtras(this.id).${name} }`,
        )
        return {
          contents: `import {ruleExtras} from ${JSON.stringify(ruleExtrasModule)}\n${contents}`,
          loader: 'ts',
        }
      })
    },
  }
}

/** The trimmed compromise composition the browser bundle uses. */
export const compromiseLite = fileURLToPath(new URL('compromise-lite.js', import.meta.url))

/**
 * esbuild plugin: bundle `scripts/compromise-lite.js` for `compromise/two`,
 * and resolve its `compromise/src/…` imports (not in compromise's
 * `exports`) to the installed package's files.
 */
export function compromiseLitePlugin(): Plugin {
  // `compromise/two` resolves (CommonJS condition) to builds/two/…; the package root is two levels up.
  const root = join(dirname(createRequire(import.meta.url).resolve('compromise/two')), '..', '..')
  return {
    name: 'compromise-lite',
    setup(build) {
      build.onResolve({filter: /^compromise\/two$/}, () => ({path: compromiseLite}))
      build.onResolve({filter: /^compromise\/src\//}, (args) => ({
        path: join(root, args.path.slice('compromise/'.length)),
      }))
    },
  }
}

/**
 * esbuild plugin for the single-file build: load compromise statically
 * (`src/web/load-grammar-inline.ts`) instead of through a dynamic import.
 */
export function inlineGrammarPlugin(): Plugin {
  return {
    name: 'inline-grammar',
    setup(build) {
      build.onResolve({filter: /[\\/]load-grammar\.js$/}, (args) => ({
        path: join(args.resolveDir, 'load-grammar-inline.ts'),
      }))
    },
  }
}

/**
 * Character classes of parse-latin that it only ever tests against one
 * UTF-16 code unit (`value.charAt(index)` in its tokeniser): `word` and
 * `punctuation`. Their surrogate-pair alternatives can never match one code
 * unit, so they are dropped: the result matches exactly the same 65,536
 * code units (test/browser.test.ts checks every one) in half the bytes.
 */
export const singleUnitExpressions = ['word', 'punctuation'] as const

/** A regular expression matching exactly the code units `test` accepts. */
export function codeUnitClass(test: (unit: string) => boolean): RegExp {
  const ranges: string[] = []
  let start = -1
  for (let unit = 0; unit <= 0x10000; unit++) {
    const hit = unit < 0x10000 && test(String.fromCharCode(unit))
    if (hit && start < 0) start = unit
    if (!hit && start >= 0) {
      const end = unit - 1
      ranges.push(end === start ? escapeUnit(start) : `${escapeUnit(start)}-${escapeUnit(end)}`)
      start = -1
    }
  }
  return new RegExp(`[${ranges.join('')}]`)
}

function escapeUnit(unit: number): string {
  return `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`
}

/** esbuild plugin: rewrite parse-latin's `word` and `punctuation` (see `singleUnitExpressions`). */
export function parseLatinPlugin(): Plugin {
  return {
    name: 'parse-latin-expressions',
    setup(build) {
      build.onLoad({filter: /[\\/]parse-latin[\\/]lib[\\/]expressions\.js$/}, async (args) => {
        const source = await readFile(args.path, 'utf8')
        const module = (await import(pathToFileURL(args.path).href)) as Record<string, RegExp>
        let contents = source
        for (const name of singleUnitExpressions) {
          const original = module[name]
          if (!original)
            throw new Error(`parse-latin no longer exports \`${name}\`; update scripts/browser-build.ts`)
          const pattern = new RegExp(`export const ${name} =[^]*?\\n(?=export |$)`)
          if (!pattern.test(contents)) throw new Error(`cannot find \`${name}\` in ${args.path}`)
          const compact = codeUnitClass((unit) => original.test(unit))
          contents = contents.replace(pattern, `export const ${name} = ${String(compact)}\n`)
        }
        return {contents, loader: 'js'}
      })
    },
  }
}

/** Every plugin of the browser build; `inline` for the single-file IIFE. */
export function browserPlugins(inline: boolean): Plugin[] {
  return [
    ruleColumnsPlugin(),
    stripRuleExamplesPlugin(),
    compromiseLitePlugin(),
    parseLatinPlugin(),
    ...(inline ? [inlineGrammarPlugin()] : []),
  ]
}
