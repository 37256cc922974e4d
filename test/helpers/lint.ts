import type {VFileMessage} from 'vfile-message'
import {lintSync} from '../../src/index.js'
import type {Options, RuleSpec} from '../../src/types.js'

/** Options that run exactly one rule; cached so the rule compiles once. */
const single = new WeakMap<RuleSpec, Options>()

export function onlyRule(rule: RuleSpec): Options {
  let options = single.get(rule)
  if (!options) {
    options = {ruleSpecs: [rule]}
    single.set(rule, options)
  }
  return options
}

/** Lint `text` and return its messages. */
export function messagesOf(text: string, options?: Options): VFileMessage[] {
  return lintSync(text, options).messages
}

/** Start and end offsets of a message. */
export function span(message: VFileMessage): [number | undefined, number | undefined] {
  const place = message.place
  if (place && 'start' in place) return [place.start.offset, place.end.offset]
  return [place?.offset, place?.offset]
}

/** A short description of messages for failure output. */
export function describe(messages: readonly VFileMessage[]): string {
  if (messages.length === 0) return 'none'
  return messages.map((m) => `${m.ruleId} ${span(m).join('–')} "${m.actual}" (fatal: ${m.fatal})`).join('; ')
}
