export {lint, lintSync, LimitError, type Limits, type LintOptions} from './lint.js'
export {default as retextReferralLint, default} from './plugin.js'
export {RuleSpecError} from './engine/compile.js'
export {categories, docsUrl} from './vocabulary.js'
export {toFinding, toResult, type Finding, type FindingFix, type LintResult} from './finding.js'
export type {
  Category,
  ConditionSpec,
  Coverage,
  CoverageElement,
  CoverageElementSpec,
  ExamplesSpec,
  Fix,
  GuardSpec,
  IncorrectExample,
  MissingFactId,
  Options,
  ReferenceDate,
  RuleId,
  RuleKey,
  RuleSetting,
  RuleSpec,
  Severity,
  Target,
} from './types.js'
