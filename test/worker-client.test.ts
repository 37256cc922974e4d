/**
 * The edges read ages at today's date; the engine never reads the clock.
 * `dated()` is shared by the web component's lint client and the
 * extension's background (which lints with the user's or the policy's
 * settings): today's date is sent as `referenceDate` unless one was given.
 */
import {afterEach, describe, expect, it, vi} from 'vitest'
import {defaults, toOptions} from '../extension/src/settings.js'
import {lintSync} from '../src/index.js'
import type {Options} from '../src/types.js'
import {ready} from '../src/web/engine.js'
import {createLintClient, dated} from '../src/web/worker-client.js'
import {answer, type WorkerRequest} from '../src/web/worker.js'

/** A date of birth and no event date: the age depends on the date it is read at. */
const young = 'Jade (DOB 03/2010) is a young woman who is often at the flat.'

afterEach(() => {
  vi.useRealTimers()
})

function at(day: string): void {
  vi.useFakeTimers({now: new Date(`${day}T12:00:00Z`), toFake: ['Date']})
}

describe('dated()', () => {
  it("adds today's date when the caller gave none, and the engine accepts it", () => {
    at('2031-06-01')
    const options = dated(null)
    expect(options).toEqual({referenceDate: '2031-06-01'})
    const file = lintSync(young, options)
    expect(file.data.referenceDate).toEqual({date: '2031-06-01', source: 'option'})
    // Jade is 21 on that date: not a child.
    expect(file.messages.map((message) => message.ruleId)).not.toContain('young-woman')
  }, 60_000)

  it("keeps the caller's options and adds the date to a copy", () => {
    at('2024-06-01')
    const given: Options = {preset: 'adult'}
    const options = dated(given)
    expect(options).toEqual({preset: 'adult', referenceDate: '2024-06-01'})
    expect(given).toEqual({preset: 'adult'})
    // One object per day and options, so the engine's processor cache holds.
    expect(dated(given)).toBe(options)
    at('2024-06-02')
    expect(dated(given).referenceDate).toBe('2024-06-02')
  })

  it("leaves a caller's own referenceDate alone", () => {
    at('2031-06-01')
    const given: Options = {referenceDate: '2024-06-01'}
    expect(dated(given)).toBe(given)
  })
})

describe('where lint requests are sent', () => {
  it('the lint client (web component and extension) sends the dated options with each request', async () => {
    // The browser engine waits for its grammar, as the worker does before answering.
    await ready()
    at('2031-06-01')
    const sent: WorkerRequest[] = []
    let options: Readonly<Options> | null = null
    const client = createLintClient({
      text: () => young,
      options: () => options,
      connect: (receive) => ({
        post(request) {
          sent.push(request)
          receive(answer(request))
        },
        close: () => undefined,
      }),
      onResult(result) {
        rules.push(result.findings.map((finding) => finding.ruleId))
      },
      onError(name) {
        throw new Error(`the engine failed: ${name}`)
      },
    })
    const rules: (string | null)[][] = []
    await client.lintNow()
    options = {referenceDate: '2024-06-01'}
    await client.lintNow()
    client.destroy()
    // Read at 2031 Jade is an adult; at 2024 she is 14.
    expect(rules[0]).not.toContain('young-woman')
    expect(rules[1]).toContain('young-woman')
    expect(sent.map((request) => request.options)).toEqual([
      {referenceDate: '2031-06-01'},
      {referenceDate: '2024-06-01'},
    ])
  }, 60_000)

  it("the extension's settings read ages at today unless the user or the policy set a date", () => {
    at('2031-06-01')
    expect(dated(toOptions(defaults)).referenceDate).toBe('2031-06-01')
    expect(dated(toOptions({...defaults, referenceDate: '2024-06-01'})).referenceDate).toBe('2024-06-01')
  })
})
