/**
 * Public types: the rule format (`RuleSpec`), options and message fields.
 *
 * Types only; rule files import from here with `import type`.
 */
import type {MissingFactId, RuleId} from './rule-ids.js'
import type {Coverage} from './types-coverage.js'

export type {MissingFactId, RuleId} from './rule-ids.js'

export type {Coverage, CoverageDetector, CoverageElement, CoverageElementSpec} from './types-coverage.js'

/** Category vocabulary; a contract shared by rules, reports and the evaluation. */
export type Category =
  | 'label'
  | 'consent'
  | 'responsibility'
  | 'criminalising'
  | 'sexualising'
  | 'adultification'
  | 'disbelief'
  | 'minimising'
  | 'judgemental'
  | 'indicator'

/** Severity of a rule; mapped onto `VFileMessage.fatal` (`true`, `false`, `undefined`). */
export type Severity = 'error' | 'warning' | 'info'

/**
 * What a phrase says about a person, which decides how the `referent` guard
 * reads the sentence.
 *
 * - `label`: a noun for a person ("prostitute"); skipped when it names an
 *   adult ("an adult gang member", "Deano, 24, is a dealer") or the object
 *   of a preposition ("exploited by a gang member").
 * - `action`: something the person did or was ("went willingly"); skipped
 *   when the grammatical subject is a professional or an adult ("the police
 *   refused to engage").
 * - `relationship`: a relationship word for the other person ("boyfriend");
 *   skipped when that person is a child too ("her boyfriend (15)").
 * - `term`: a term that is wrong whoever it describes ("child pornography").
 */
export type Target = 'label' | 'action' | 'relationship' | 'term'

/**
 * A rule-specific exception: the match is skipped when one of these phrases
 * stands next to it. Phrases use the same syntax as `RuleSpec.phrases`.
 */
export interface ConditionSpec {
  /** Phrases that end at most `within` words before the match (optional). */
  readonly precededBy?: readonly string[]
  /** Phrases that start at most `within` words after the match (optional). */
  readonly followedBy?: readonly string[]
  /**
   * How many words may stand between the phrase and the match, plus one.
   *
   * @default 1
   */
  readonly within?: number
}

/**
 * Named word classes that phrases use as `@name`: each a list of phrases in
 * the syntax of `RuleSpec.phrases` (`rules/classes.ts`). One class covers a
 * family of wordings ("@volition": wanted, chose, agreed, was happy to …).
 */
export type WordClasses = Readonly<Record<string, readonly string[]>>

/**
 * Named conditions that rules cite by name in `unless`
 * (`rules/conditions.ts`), so one exception is written once and shared. A
 * list may also name other shared conditions, so a set of exceptions that
 * several rules cite together is one name too.
 */
export type SharedConditions = Readonly<Record<string, ConditionSpec | readonly (ConditionSpec | string)[]>>

/** The shared data rules are compiled against: word classes and named conditions. */
export interface Vocabulary {
  readonly classes: WordClasses
  readonly conditions: SharedConditions
}

/** Switches for the shared guards (see `src/engine/README.md`). */
export interface GuardSpec {
  /**
   * Skip negated or rebutted matches ("could not consent", "not a lifestyle
   * choice"); hedges ("not just") keep the flag.
   *
   * @default true
   */
  readonly negation?: boolean
  /**
   * Downgrade quoted, attributed speech ("she called it 'her choice'") to an
   * info nudge.
   *
   * @default true
   */
  readonly quotation?: boolean
  /**
   * Skip mentions in guidance text ("avoid words such as 'streetwise'").
   *
   * @default true
   */
  readonly mention?: boolean
  /**
   * Skip matches about an adult or a professional (see `Target`).
   *
   * @default true
   */
  readonly referent?: boolean
  /**
   * With `referent`: also skip an action whose subject is given an adult
   * age ("Darren Hollis (35) was dealing heroin"). Off by default because
   * consent and disbelief framing of an adult victim is wrong too; turn it
   * on for rules about what perpetrators do.
   *
   * @default false
   */
  readonly adults?: boolean
  /**
   * Skip when the sentence says who did it: `by` and a person after the
   * match, or a named adult or adult noun in the same sentence ("she was
   * exploited by Deano").
   *
   * @default false
   */
  readonly agent?: boolean
  /**
   * Age-aware: skip when the person the phrase is about was 18 or over at
   * the time ("young woman" for a 22-year-old). Pronouns and the child's
   * name are read as the narrative's main person, whose age comes from the
   * text ("aged 15", "(15)", "a 15-year-old", "DOB 2010", "15 at the time").
   * An unknown age counts as a child, as the NRM treats age-disputed people.
   *
   * @default false
   */
  readonly age?: boolean
}

/** An incorrect example: text with one `[[span]]`, optionally with the expected suggestions. */
export type IncorrectExample = string | {readonly text: string; readonly suggestions?: readonly string[]}

/** Executable examples carried by every rule (LanguageTool style). */
export interface ExamplesSpec {
  /** Sentences that must draw exactly one finding, at the `[[…]]` span. */
  readonly incorrect: readonly IncorrectExample[]
  /** Sentences that must draw nothing from this rule. */
  readonly correct: readonly string[]
  /** Quoted, attributed speech: exactly one info nudge at the `[[…]]` span (optional). */
  readonly info?: readonly string[]
  /** Sentences flagged today but should not be; the harness asserts they still are (optional). */
  readonly knownFalsePositives?: readonly string[]
  /** Sentences that should be flagged but are not; the harness asserts they still are not (optional). */
  readonly knownMisses?: readonly string[]
}

/** One rule, as authored in `rules/<category>/<id>.ts`. Data only. */
export interface RuleSpec {
  /** Stable kebab-case id; equals the file name; never reused. */
  readonly id: string
  /**
   * Category from the vocabulary; equals the folder name. Rules in
   * `indicator` are info nudges for a missing fact ("was exploited" with no
   * exploiter named) and must have severity `info`.
   */
  readonly category: Category
  /** Default severity. */
  readonly severity: Severity
  /** What the phrase says about a person; decides the `referent` guard. */
  readonly target: Target
  /**
   * Phrases to find. Syntax: words separated by spaces; `a|b` alternatives
   * of one word (a space starts the next slot); `(an adult|a grown up)`
   * alternatives of several words;
   * `{go}` every inflection of a verb; `word(s)` an optional suffix; `word?`
   * an optional word; `_` any one word; `$poss` her|his|their, `$owner` any possessive (her, his, their or a
   * word ending in 's such as "Kyle's"), `$self`
   * herself|himself|themselves, `$obj` her|him|them. Hyphens and spaces are
   * interchangeable; case and apostrophe style never matter.
   */
  readonly phrases: readonly string[]
  /**
   * Exceptions: the match is skipped when one holds. Each is a condition,
   * or the name of a shared condition in `rules/conditions.ts` (optional).
   */
  readonly unless?: readonly (ConditionSpec | string)[]
  /** Shared guard switches (optional; all on by default). */
  readonly guards?: GuardSpec
  /** One sentence, no trailing full stop, naming the phrase as `{actual}`. */
  readonly message: string
  /** Factual rewordings; may hold `[child]`, `[adult]` and other slots. */
  readonly suggestions: readonly string[]
  /** Why, and how to reword: one or two plain sentences. */
  readonly note: string
  /** Keys into `rules/sources.ts`, each the address and title of a source. */
  readonly sources: readonly string[]
  /**
   * A safe, literal replacement for the whole span, applied by `--fix`
   * (optional). Only for rules where one wording is always right
   * ("child pornography" → "child sexual abuse material").
   */
  readonly fix?: string
  /**
   * Wording for the `adult` preset, where the person is an adult victim:
   * consent is still irrelevant in law (MSA s1(5), s2(2)), so the rule still
   * reports, with a message, note or suggestions that fit an adult (optional).
   */
  readonly adult?: {
    readonly message?: string
    readonly note?: string
    readonly suggestions?: readonly string[]
  }
  /**
   * Documentation of the rule (optional). Bundled rules link to their section
   * of docs/rules.md without it; a pack rule without it has no link.
   */
  readonly url?: string
  /** Retired rule: ids that replace it (optional). */
  readonly deprecated?: {readonly replacedBy: readonly string[]}
  /** Executable examples. */
  readonly examples: ExamplesSpec
}

/** A rule's severity setting in options: a severity or `'off'`. */
export type RuleSetting = Severity | 'off'

/**
 * A key of `Options.rules`: a bundled rule id (`RuleId`, generated into
 * src/rule-ids.ts), a missing-fact id, a category, or one of `ExtraRuleId`
 * (the ids of pack or custom rules in `ruleSpecs`).
 */
export type RuleKey<ExtraRuleId extends string = never> = RuleId | MissingFactId | Category | ExtraRuleId

/**
 * Options for `lint` and `retextReferralLint`.
 *
 * `ExtraRuleId` names the ids of your own rules (in `ruleSpecs`) that
 * `rules` may set: `Options<'my-rule'>`. Without it only bundled ids and
 * categories type-check, so a misspelt id is a compile error;
 * `Options<string>` accepts any id (checked at run time only).
 */
export interface Options<ExtraRuleId extends string = never> {
  /**
   * Severity or `'off'` per rule id or per category; an id wins over its
   * category (optional). An unknown key throws a `TypeError` naming the
   * closest id.
   */
  readonly rules?: Readonly<Partial<Record<RuleKey<ExtraRuleId>, RuleSetting>>>
  /**
   * The rules to run instead of the bundled ones (optional).
   *
   * @default every bundled rule
   */
  readonly ruleSpecs?: readonly RuleSpec[]
  /**
   * Who the narrative is about: `child` (under 18, or age unknown) or
   * `adult` (an adult victim: consent rules keep reporting with adult
   * wording, and an unknown age counts as adult for age-aware rules)
   * (optional).
   *
   * @default 'child'
   */
  readonly preset?: 'child' | 'adult'
  /**
   * A team's accepted wording: phrases (syntax of `RuleSpec.phrases`) that
   * are never reported; a finding inside a match of one is dropped
   * (optional).
   */
  readonly allow?: readonly string[]
  /**
   * Also report each fact the narrative does not state (age, who moved the
   * person, how they were controlled, …) as an info message in category
   * `indicator`. The summary is always on `file.data.coverage` (optional).
   *
   * @default false
   */
  readonly indicators?: boolean
  /**
   * The date ages are worked out at when the text dates no event: an ISO
   * date (`'2026-03-14'`, `'2026-03'`, `'2026'`) or a `Date`. A date of birth
   * is read against the earliest event date the narrative states; only when
   * it states none is this used. The engine never reads the clock: without
   * either, a date of birth gives no age (and an unknown age counts as a
   * child). The CLI, the service and the web component pass today's date
   * unless told otherwise (optional).
   */
  readonly referenceDate?: string | Date
}

/** The date ages were read at, as recorded on `file.data.referenceDate`. */
export interface ReferenceDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date: string
  /** `text`: the earliest event date the narrative states; `option`: `Options.referenceDate`. */
  readonly source: 'text' | 'option'
}

declare module 'vfile' {
  interface DataMap {
    /** Which facts of the NRM form's prompts the narrative states. */
    coverage: Coverage
    /** The date ages were worked out at, when there was one. */
    referenceDate: ReferenceDate
  }
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** Category of a referral-lint finding (see `Category`). */
    category?: Category | undefined
    /** A safe literal replacement: replace `range` (offsets) with `text`. */
    fix?: Fix | undefined
  }
}

/** A literal replacement of the text between two offsets. */
export interface Fix {
  readonly range: readonly [number, number]
  readonly text: string
}
