import type {RuleSpec} from '../../src/types.js'

/** A minimal rule for engine tests; fields not given take neutral values. */
export function testRule(overrides: Partial<RuleSpec> & Pick<RuleSpec, 'phrases'>): RuleSpec {
  return {
    id: 'test-rule',
    category: 'consent',
    severity: 'error',
    target: 'term',
    message: '`{actual}` is a test phrase',
    suggestions: ['[replacement]'],
    note: 'A note.',
    sources: ['TCS-LP'],
    examples: {incorrect: [], correct: []},
    ...overrides,
  }
}
