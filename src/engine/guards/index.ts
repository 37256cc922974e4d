/**
 * The shared guards, run from one table. A rule switches each on or off by
 * name (`RuleSpec.guards`) and never reimplements one; each answers one
 * question about one match with the same signature. See ../README.md for
 * the cases each covers.
 *
 * Order matters only for cost: the cheap token guards run before the ones
 * that may read the whole narrative's cast or ask compromise.
 */
import type {GuardSpec, Target} from '../../types.js'
import type {CompiledRule} from '../compile.js'
import type {Context} from '../context.js'
import type {Match} from '../phrase-index.js'
import {isAdultAtTheTime} from './age.js'
import {isAgentNamed} from './agent.js'
import {holdsCondition} from './conditions.js'
import {isMention} from './mention.js'
import {isNegated} from './negation.js'
import {isAttributed} from './quotation.js'
import {isAboutOther} from './referent.js'

/** What a guard sees: the file's context, the match, its rule and the run's preset. */
export interface GuardInput {
  readonly context: Context
  readonly match: Match
  readonly rule: CompiledRule
  readonly target: Target
  /** The `adult` preset: an unknown age counts as an adult. */
  readonly adultPreset: boolean
}

/** A guard's verdict: skip the match, report it as an info nudge, or let it through. */
export type Verdict = 'skip' | 'info' | undefined

/** One shared guard. */
export interface Guard {
  /** The switch in `RuleSpec.guards` that turns it on or off, or `unless` for rule conditions. */
  readonly name: keyof GuardSpec | 'unless'
  readonly run: (input: GuardInput) => Verdict
}

const skipIf = (value: boolean): Verdict => (value ? 'skip' : undefined)

/** Every guard, in the order they run. */
export const guards: readonly Guard[] = [
  {
    name: 'unless',
    run: ({context, match, rule}) =>
      skipIf(rule.unless.some((condition) => holdsCondition(context, match, condition))),
  },
  {name: 'mention', run: ({context, match}) => skipIf(isMention(context, match))},
  {name: 'negation', run: ({context, match}) => skipIf(isNegated(context, match))},
  {
    name: 'referent',
    run: ({context, match, target, rule}) => skipIf(isAboutOther(context, match, target, rule.guards.adults)),
  },
  {
    name: 'age',
    run: ({context, match, target, adultPreset}) =>
      skipIf(isAdultAtTheTime(context, match, target, adultPreset)),
  },
  {name: 'agent', run: ({context, match}) => skipIf(isAgentNamed(context, match))},
  {
    name: 'quotation',
    run: ({context, match, target}) => (isAttributed(context, match, target) ? 'info' : undefined),
  },
]

/**
 * Run every guard the rule has switched on, in order: the first `skip`
 * wins; an `info` from quotation downgrades the finding.
 */
export function runGuards(input: GuardInput): Verdict {
  let verdict: Verdict
  for (const guard of guards) {
    if (guard.name !== 'unless' && !input.rule.guards[guard.name]) continue
    const result = guard.run(input)
    if (result === 'skip') return 'skip'
    verdict ??= result
  }
  return verdict
}
