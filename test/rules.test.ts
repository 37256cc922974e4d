/**
 * Runs every rule's embedded examples through the real pipeline with only
 * that rule enabled (LanguageTool style). Failures say what to change.
 */
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {matchTense} from '../src/engine/slots.js'
import {lintSync} from '../src/index.js'
import type {IncorrectExample, RuleSpec} from '../src/types.js'
import {parseExample} from './helpers/example.js'
import {describe as show, messagesOf, onlyRule, span} from './helpers/lint.js'

const short = (text: string): string => (text.length > 50 ? `${text.slice(0, 47)}…` : text)
const textOf = (example: IncorrectExample): string => (typeof example === 'string' ? example : example.text)

/**
 * A filled suggestion is its template with slots replaced by words found in
 * the example (never invented words): check it against the template.
 */
function expectFilledFrom(template: string, filled: string, text: string, where: string): void {
  // The first word may be put in the tense of the flagged words ("was" → "is").
  const tensed = [template, matchTense(template, 'present'), matchTense(template, 'past')]
  const fitting = tensed.find((candidate) => candidate.split(' ')[0] === filled.split(' ')[0]) ?? template
  expectFilledFromTemplate(fitting, filled, text, where)
}

function expectFilledFromTemplate(template: string, filled: string, text: string, where: string): void {
  const escape = (part: string): string => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const toPattern = (value: string): string =>
    value
      .split(/(\[(?:child|adult|place)\])/)
      .map((part, i) => (i % 2 === 1 ? '(.+?)' : escape(part)))
      .join('')
  // A filled name the sentence already gives next to the span may be left out with its
  // preposition ("with [adult]") or its bracketed aside ("([adult], aged [age])"):
  // every combination of such parts is a possible shape.
  const droppable = [
    ...template.matchAll(
      /\s\(\[(?:child|adult|place)\][^()]*\)|\s(?:with|by|to|for|from|at|in)\s\[(?:child|adult|place)\]/g,
    ),
  ].map((found) => found[0])
  const shapes = new Set<string>()
  for (let mask = 0; mask < 1 << droppable.length; mask++) {
    let shape = template
    droppable.forEach((part, index) => {
      if (mask & (1 << index)) shape = shape.replace(part, '')
    })
    shapes.add(shape)
  }
  const found =
    [...shapes]
      .map((shape) => new RegExp(`^${toPattern(shape)}$`).exec(filled))
      .find((match) => match !== null) ?? null
  expect(found, `${where}: suggestion "${filled}" does not follow "${template}"`).not.toBeNull()
  for (const value of found?.slice(1) ?? []) {
    if (/^\[(child|adult|place)\]$/.test(value) || value === 'the child') continue
    expect(text, `${where}: "${value}" in a suggestion is not a word of the text`).toContain(value)
  }
}

for (const rule of rules) {
  const options = onlyRule(rule)
  const severityIs = rule.severity === 'error' ? true : rule.severity === 'warning' ? false : undefined

  describe(rule.id, () => {
    rule.examples.incorrect.forEach((example, index) => {
      const where = `${rule.id}: incorrect example ${index + 1}`
      const parsed = parseExample(textOf(example), where)

      it(`incorrect › "${short(parsed.text)}"`, () => {
        const messages = messagesOf(parsed.text, options)
        expect(
          messages.length,
          `${where} expected one finding at ${parsed.start}–${parsed.end} (\`${parsed.actual}\`) but got ${show(messages)}. ` +
            'Add the phrase to `phrases`, or move the sentence to `knownMisses`.',
        ).toBe(1)
        const [message] = messages
        expect(span(message!), `${where}: wrong span; got ${show(messages)}`).toEqual([
          parsed.start,
          parsed.end,
        ])
        expect(message!.ruleId).toBe(rule.id)
        expect(message!.source).toBe('referral-lint')
        expect(message!.category, `${where}: category`).toBe(rule.category)
        expect(message!.fatal, `${where}: severity`).toBe(severityIs)
        expect(message!.actual).toBe(parsed.actual)
        expect(message!.expected?.length, `${where}: one suggestion per rule suggestion`).toBe(
          rule.suggestions.length,
        )
        rule.suggestions.forEach((template, i) => {
          expectFilledFrom(template, message!.expected?.[i] ?? '', parsed.text, where)
        })
        expect(message!.note, `${where}: note`).toBeTruthy()
        expect(message!.url).toMatch(new RegExp(`#${rule.id}$`))
        if (typeof example !== 'string' && example.suggestions) {
          // Listed as templates: the message fills their slots from the text.
          expect(message!.expected?.length, `${where}: suggestions`).toBe(example.suggestions.length)
          example.suggestions.forEach((template, i) => {
            expectFilledFrom(template, message!.expected?.[i] ?? '', parsed.text, where)
          })
        }
      })

      if (rule.fix !== undefined) {
        it(`incorrect › "${short(parsed.text)}" › the fix applies and draws nothing`, () => {
          const [message] = messagesOf(parsed.text, options)
          expect(message?.fix, `${where}: a rule with \`fix\` must put it on the message`).toBeDefined()
          const [start, end] = message!.fix!.range
          expect([start, end]).toEqual([parsed.start, parsed.end])
          const fixed = parsed.text.slice(0, start) + message!.fix!.text + parsed.text.slice(end)
          expect(messagesOf(fixed, options), `${where}: the fixed text is flagged again`).toEqual([])
        })
      }

      it(`incorrect › "${short(parsed.text)}" › suggestions draw nothing`, () => {
        const [message] = messagesOf(parsed.text, options)
        for (const suggestion of message?.expected ?? rule.suggestions) {
          const replaced = parsed.text.slice(0, parsed.start) + suggestion + parsed.text.slice(parsed.end)
          const messages = messagesOf(replaced, options)
          expect(
            messages,
            `${where}: the suggestion "${suggestion}" put in place is flagged again (${show(messages)}). Reword the suggestion.`,
          ).toEqual([])
        }
      })
    })

    rule.examples.correct.forEach((text, index) => {
      it(`correct › "${short(text)}"`, () => {
        const messages = messagesOf(text, options)
        expect(
          messages,
          `${rule.id}: correct example ${index + 1} drew ${show(messages)}. Narrow the phrase, add an \`unless\` condition, or move the sentence to \`knownFalsePositives\`.`,
        ).toEqual([])
      })
    })

    ;(rule.examples.info ?? []).forEach((example, index) => {
      const where = `${rule.id}: info example ${index + 1}`
      const parsed = parseExample(example, where)
      it(`info › "${short(parsed.text)}"`, () => {
        const messages = messagesOf(parsed.text, options)
        expect(messages.length, `${where} expected one info nudge but got ${show(messages)}`).toBe(1)
        expect(span(messages[0]!)).toEqual([parsed.start, parsed.end])
        expect(messages[0]!.fatal, `${where}: an attributed quote is info (fatal undefined)`).toBeUndefined()
      })
    })

    ;(rule.examples.knownFalsePositives ?? []).forEach((text, index) => {
      it(`known false positive › "${short(text)}"`, () => {
        expect(
          messagesOf(text, options).length,
          `${rule.id}: known false positive ${index + 1} is no longer flagged. Move it to \`correct\`.`,
        ).toBeGreaterThan(0)
      })
    })

    ;(rule.examples.knownMisses ?? []).forEach((text, index) => {
      it(`known miss › "${short(text)}"`, () => {
        expect(
          messagesOf(text, options),
          `${rule.id}: known miss ${index + 1} is now flagged. Move it to \`incorrect\` with a [[span]].`,
        ).toEqual([])
      })
    })

    it('exercises every phrase', () => {
      const texts = rule.examples.incorrect.map((example) => parseExample(textOf(example), rule.id).text)
      for (const phrase of rule.phrases) {
        const narrowed: RuleSpec = {...rule, phrases: [phrase]}
        const options = {ruleSpecs: [narrowed]}
        const hit = texts.some((text) => lintSync(text, options).messages.length > 0)
        expect(
          hit,
          `${rule.id}: phrase never exercised: "${phrase}". Add an incorrect example that uses it.`,
        ).toBe(true)
      }
    })

    it('has no duplicate examples', () => {
      const all = [
        ...rule.examples.incorrect.map(textOf),
        ...rule.examples.correct,
        ...(rule.examples.info ?? []),
        ...(rule.examples.knownFalsePositives ?? []),
        ...(rule.examples.knownMisses ?? []),
      ]
      const duplicates = all.filter((text, index) => all.indexOf(text) !== index)
      expect(duplicates, `${rule.id}: duplicate examples`).toEqual([])
    })
  })
}

describe('pack pass', () => {
  it('correct examples draw no warning or error from any rule', () => {
    const problems: string[] = []
    for (const rule of rules) {
      for (const text of rule.examples.correct) {
        for (const message of lintSync(text).messages) {
          if (message.fatal !== undefined)
            problems.push(`${rule.id} (correct) ← ${message.ruleId}: "${text}"`)
        }
      }
    }
    expect(problems, 'a correct example is flagged by another rule; reword the example').toEqual([])
  })

  it('reports other rules that also fire on incorrect examples', () => {
    const overlaps: string[] = []
    for (const rule of rules) {
      for (const example of rule.examples.incorrect) {
        const {text} = parseExample(textOf(example), rule.id)
        const ids = lintSync(text).messages.map((message) => message.ruleId)
        expect(ids, `${rule.id}: the full rule set must still report "${short(text)}"`).toContain(rule.id)
        for (const id of ids) if (id !== rule.id) overlaps.push(`${rule.id} ← ${id}: "${short(text)}"`)
      }
    }
    if (overlaps.length > 0)
      console.info(`Overlaps between rules (${overlaps.length}):\n${overlaps.join('\n')}`)
  })
})
