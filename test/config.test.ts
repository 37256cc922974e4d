/**
 * The browser-safe config layer: validation errors that name the field and
 * what to do, deny phrases, packs with executable examples, inline
 * directives and template placeholders.
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {
  applyDirectives,
  ConfigError,
  denyRule,
  maskPlaceholders,
  loadConfigParser,
  parseConfigText,
  parseDirectives,
  toOptions,
  validateConfig,
  validatePack,
} from '../src/config/index.js'
import {lintSync} from '../src/index.js'

const file = '.referrallintrc.yaml'

// YAML configs need the parser loaded first (src/config/parse.ts).
beforeAll(loadConfigParser)

function configError(run: () => unknown): ConfigError {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('validateConfig', () => {
  it('accepts a full config and maps it onto Options', () => {
    const config = validateConfig(
      parseConfigText(
        'preset: adult\nrules:\n  consent: warning\n  streetwise: off\nallow: [young woman]\nindicators: true\ndeny:\n  - phrase: troubled teen(s)\n    suggestion: child at risk\n    category: judgemental\n',
        file,
      ),
      file,
    )
    const options = toOptions(config, [], file)
    expect(options.preset).toBe('adult')
    expect(options.rules).toEqual({consent: 'warning', streetwise: 'off'})
    expect(options.allow).toEqual(['young woman'])
    expect(options.indicators).toBe(true)
    expect(options.ruleSpecs?.some((rule) => rule.id === 'deny-troubled-teen-s')).toBe(true)
  })

  it.each([
    ['rule: {}', 'rule', /did you mean "rules"/],
    ['regex: [a+]', 'regex', /regular expressions are not supported/],
    ['preset: teen', 'preset', /"child" or "adult"/],
    ['rules: [a]', 'rules', /object/],
    ['rules: {streetwise: fatal}', 'rules.streetwise', /off, info, warning, error/],
    ['allow: streetwise', 'allow', /list/],
    ['allow: ["a|"]', 'allow[0]', /phrase syntax/],
    ['indicators: yes please', 'indicators', /true or false/],
    ['coverage: yes please', 'coverage', /must be true \(list missing facts\) or false/],
    ['coverage: 1', 'coverage', /must be true \(list missing facts\) or false/],
    ['coverge: true', 'coverge', /did you mean "coverage"/],
    ['deny: [{phrase: x}]', 'deny[0].suggestion', /required/],
    ['deny: [{phrase: x, suggestion: y}]', 'deny[0].category', /one of label/],
    ['deny: [{phrase: x, suggestion: y, category: label, colour: red}]', 'deny[0].colour', /not a known key/],
    ['- a list', '', /object/],
  ])('%s → error on `%s`', (text, field, problem) => {
    const error = configError(() => validateConfig(parseConfigText(text, file), file))
    expect(error.field).toBe(field)
    expect(error.file).toBe(file)
    expect(error.message).toMatch(problem)
    expect(error.message.split('\n')).toHaveLength(1)
  })

  it('keeps `coverage` for the CLI report, apart from the lint options', () => {
    expect(validateConfig({coverage: false}, file)).toEqual({coverage: false})
    expect(validateConfig(parseConfigText('coverage: true\n', file), file)).toEqual({coverage: true})
    expect(toOptions(validateConfig({coverage: true}, file), [], file)).toEqual({})
  })

  it('names the closest rule id for an unknown one', () => {
    const error = configError(() =>
      toOptions(validateConfig({rules: {'went-wilingly': 'off'}}, file), [], file),
    )
    expect(error.field).toBe('rules.went-wilingly')
    expect(error.message).toContain('"went-willingly"')
  })

  it('reports bad YAML with its line and bad JSON as JSON', () => {
    expect(configError(() => parseConfigText('a: [b\n', file)).message).toMatch(/not valid YAML at line/)
    expect(configError(() => parseConfigText('{"a": }', 'x.json')).message).toMatch(/not valid JSON/)
  })

  it('treats an empty file as an empty config', () => {
    expect(validateConfig(parseConfigText('', file), file)).toEqual({})
  })
})

describe('deny phrases', () => {
  it('become a rule that flags the phrase with the suggestion, in the category given', () => {
    const rule = denyRule({phrase: 'troubled teen(s)', suggestion: 'child at risk', category: 'judgemental'})
    const [message] = lintSync('Child A, 15, is a troubled teen.', {ruleSpecs: [rule]}).messages
    expect(message?.ruleId).toBe('deny-troubled-teen-s')
    expect(message?.category).toBe('judgemental')
    expect(message?.fatal).toBe(false)
    expect(message?.expected).toEqual(['child at risk'])
    expect(message?.place && 'start' in message.place ? message.place.start.offset : -1).toBe(18)
  })
})

describe('validatePack', () => {
  const rule = {
    id: 'placement-breakdown',
    category: 'responsibility',
    severity: 'warning',
    target: 'term',
    phrases: ['placement breakdown'],
    message: '`{actual}` can read as the child breaking the placement',
    suggestions: ['placement ending'],
    note: 'Say the placement ended, and why.',
    examples: {
      incorrect: ['After the [[placement breakdown]] she moved.'],
      correct: ['The placement ended.'],
    },
  }

  it('accepts a rule whose examples pass, as a list or under `rules`', () => {
    expect(validatePack([rule], 'pack.json').map((spec) => spec.id)).toEqual(['placement-breakdown'])
    expect(validatePack({rules: [rule]}, 'pack.json')).toHaveLength(1)
  })

  it('rejects an incorrect example that draws no finding, naming the rule and example', () => {
    const bad = {
      ...rule,
      examples: {...rule.examples, incorrect: ['After the [[placement ending]] she moved.']},
    }
    const error = configError(() => validatePack([bad], 'pack.json'))
    expect(error.field).toBe('rules[0].examples.incorrect[0]')
    expect(error.message).toContain('placement-breakdown')
  })

  it('rejects a correct example that is flagged', () => {
    const bad = {...rule, examples: {...rule.examples, correct: ['After the placement breakdown she moved.']}}
    expect(configError(() => validatePack([bad], 'pack.json')).field).toBe('rules[0].examples.correct[0]')
  })

  it('rejects a rule without examples and a rule with a bad field', () => {
    expect(
      configError(() => validatePack([{...rule, examples: {incorrect: [], correct: []}}], 'p.json')).field,
    ).toBe('rules[0].examples')
    expect(configError(() => validatePack([{...rule, target: 'thing'}], 'p.json')).message).toContain(
      '`target`',
    )
    expect(configError(() => validatePack('nope', 'p.json')).field).toBe('rules')
  })
})

describe('directives', () => {
  it("keeps a directive's words out of the next line's sentence: a reason never negates it", () => {
    // Without blanking, "-- not her words" ran into "She is streetwise." and negated it,
    // so the finding vanished and the directive was reported unused.
    const text = 'referral-lint-disable-next-line streetwise -- not her words\nShe is streetwise.'
    const file = lintSync(text)
    expect(file.messages).toEqual([])
    expect(file.data.directives?.unused).toEqual([])
    expect(file.data.directives?.suppressed).toBe(1)
    // Naming another rule, the finding stands, at its own offsets.
    const other = lintSync('referral-lint-disable-next-line prostitute -- not her words\nShe is streetwise.')
    expect(
      other.messages.map((message) => [
        message.ruleId,
        message.place && 'start' in message.place ? message.place.start.offset : undefined,
      ]),
    ).toEqual([['streetwise', 67]])
  })

  it('parses kind, ids, reason and position in text, HTML comments and line comments', () => {
    const directives = parseDirectives(
      'a\nreferral-lint-disable-next-line went-willingly, streetwise -- quoting the child\n<!-- referral-lint-disable -->\n// referral-lint-enable consent\n',
    )
    expect(
      directives.map(({kind, ids, line, column, reason}) => ({kind, ids, line, column, reason})),
    ).toEqual([
      {
        kind: 'disable-next-line',
        ids: ['went-willingly', 'streetwise'],
        line: 2,
        column: 1,
        reason: 'quoting the child',
      },
      {kind: 'disable', ids: [], line: 3, column: 6, reason: undefined},
      {kind: 'enable', ids: ['consent'], line: 4, column: 4, reason: undefined},
    ])
  })

  it('suppresses the next line for the listed rule only, and records unused directives', () => {
    const text =
      'referral-lint-disable-next-line went-willingly\nShe went willingly and is streetwise.\nreferral-lint-disable-line streetwise\n'
    const file = lintSync(text)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['streetwise'])
    expect(file.data.directives?.suppressed).toBe(1)
    expect(file.data.directives?.unused.map(({directive}) => directive.kind)).toEqual(['disable-line'])
  })

  it('suppresses by category between disable and enable', () => {
    const text =
      'referral-lint-disable consent\nShe went willingly.\nreferral-lint-enable consent\nShe went willingly.\n'
    const messages = lintSync(text).messages
    expect(
      messages.map((message) => message.place && 'start' in message.place && message.place.start.line),
    ).toEqual([4])
  })

  it('never lints the words of a directive itself', () => {
    const file = lintSync(
      'referral-lint-disable-next-line -- she went willingly, as she said\nA clean line.\n',
    )
    expect(file.messages.filter((message) => message.ruleId === 'went-willingly')).toEqual([])
  })

  it('does nothing to a file without directives', () => {
    const file = lintSync('She went willingly.')
    applyDirectives(file)
    expect(file.messages).toHaveLength(1)
    expect(file.data.directives).toBeUndefined()
  })
})

describe('template placeholders', () => {
  const placeholders = [
    '{{child_name}}',
    '{{ child.name }}',
    '[NAME]',
    '<<FirstName>>',
    '«FirstName»',
    '${name}',
    '%NAME%',
  ]

  it.each(placeholders)('masks %s with a name-like word of the same length', (placeholder) => {
    const text = `Staff met ${placeholder} at the flat. She was safe.`
    const {value, placeholders: found} = maskPlaceholders(text)
    expect(value).toHaveLength(text.length)
    expect(found.map((item) => item.text)).toEqual([placeholder])
    expect(value.slice(10, 10 + placeholder.length)).toMatch(/^Nn*$/)
    expect(value.slice(10 + placeholder.length)).toBe(text.slice(10 + placeholder.length))
  })

  it.each(placeholders)('keeps offsets exact and sentences whole around %s', (placeholder) => {
    const text = `${placeholder} is streetwise. ${placeholder} went willingly with the men.`
    const masked = maskPlaceholders(text).value
    const messages = lintSync(masked).messages
    expect(messages.map((message) => message.ruleId)).toEqual(['streetwise', 'went-willingly'])
    for (const message of messages) {
      const place = message.place && 'start' in message.place ? message.place : undefined
      expect(text.slice(place?.start.offset, place?.end.offset)).toBe(message.actual)
    }
  })

  it('leaves Markdown links and lower-case brackets alone', () => {
    expect(maskPlaceholders('See [the guide](https://x.org) and [note].').placeholders).toEqual([])
  })
})
