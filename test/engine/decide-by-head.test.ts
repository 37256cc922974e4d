import {readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {Context} from '../../src/engine/context.js'
import {decideByHead, headOf, isOther} from '../../src/engine/people.js'
import {tokenize} from '../../src/engine/tokens.js'

const parser = unified().use(retextEnglish)

function contextOf(text: string): Context {
  const {tokens, quotes, trailing} = tokenize(parser.runSync(parser.parse(text)))
  return new Context(tokens, quotes, trailing, undefined, text)
}

describe('decideByHead', () => {
  it('answers as deciding on headOf, for every word of the development sentences', () => {
    const texts = readFileSync('fixtures/eval/sentences.jsonl', 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as {text: string}).text)
      .slice(0, 250)
    const differ: string[] = []
    let checked = 0
    for (const text of texts) {
      const context = contextOf(text)
      for (let i = 1; i < context.tokens.length; i++) {
        for (const needsVerb of [false, true]) {
          const decide = (head: number | undefined): string =>
            head === undefined ? 'none' : isOther(context, head) ? 'other' : 'child'
          const quick = decideByHead(context, i, needsVerb, decide)
          const tagged = decide(headOf(context, i, needsVerb))
          if (quick !== tagged) differ.push(`${text} @${String(i)}`)
          else checked++
        }
      }
    }
    expect(differ).toEqual([])
    expect(checked).toBeGreaterThan(1000)
  })
})
