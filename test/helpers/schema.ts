/**
 * JSON Schema validation for report formats (Ajv with formats). The SARIF
 * schema is draft-04 (`id`); Ajv 8 reads it as draft-07 once `id` is `$id`,
 * as the keywords it uses mean the same in both drafts.
 */
import {readFileSync} from 'node:fs'
import {Ajv, type ValidateFunction} from 'ajv'
import formats from 'ajv-formats'

/** A validator for the schema in `path`. */
export function compileSchema(path: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  if (typeof schema['id'] === 'string') {
    schema['$id'] = schema['id']
    delete schema['id']
    schema['$schema'] = 'http://json-schema.org/draft-07/schema#'
  }
  const ajv = new Ajv({allErrors: true, strict: false})
  // ajv-formats is CommonJS: its default export is the module object under NodeNext.
  const addFormats = formats as unknown as {default: (ajv: Ajv) => Ajv}
  addFormats.default(ajv)
  return ajv.compile(schema)
}
