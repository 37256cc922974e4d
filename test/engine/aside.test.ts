/**
 * An aside break (`,` in a phrase) crosses the comma or opening bracket
 * that police and case-note shorthand put before a person's age ("female,
 * 15", "Male (15)"), and nothing else; a span that opened a bracket reports
 * it closed.
 */
import {describe, expect, it} from 'vitest'
import {expandPattern} from '../../src/engine/pattern.js'
import {lintSync} from '../../src/index.js'

/** Rule id, span and its text for each warning or error. */
function findings(text: string): Array<[string, number, number, string]> {
  return lintSync(text)
    .messages.filter((message) => message.fatal !== undefined)
    .map((message) => {
      const start = message.place && 'start' in message.place ? (message.place.start.offset ?? -1) : -1
      const end = message.place && 'end' in message.place ? (message.place.end.offset ?? -1) : -1
      return [message.ruleId ?? '', start, end, text.slice(start, end)]
    })
}

describe('aside break', () => {
  it('crosses a comma or an opening bracket before an age', () => {
    expect(findings('Stop log: female, 15, found in a taxi.')).toEqual([
      ['sex-noun-with-age', 10, 20, 'female, 15'],
    ])
    expect(findings('Male (15) stopped near the station.')).toEqual([
      ['sex-noun-with-age', 0, 9, 'Male (15)'],
    ])
  })

  it('crosses nothing else', () => {
    expect(findings('Stop log: female.\n15 officers attended.')).toEqual([])
    expect(findings('Stop log: female;\n15 found.')).toEqual([])
    expect(findings('She spoke to a female: 15 minutes later she left.')).toEqual([])
  })

  it('leaves adults alone', () => {
    expect(findings('Suspect: male, 24, arrested at the scene.')).toEqual([])
  })

  it('needs words on both sides and cannot be optional', () => {
    expect(() => expandPattern(', 15')).toThrow(/an aside break `,` needs words before it/)
    expect(() => expandPattern('female ,')).toThrow(/needs words after it/)
    expect(() => expandPattern('female ,? 15')).toThrow(/cannot be optional/)
  })
})
