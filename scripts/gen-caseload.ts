/**
 * Generate a synthetic caseload: one invented referral narrative per row,
 * composed from sentence templates, deterministic for a given seed.
 *
 * Usage: `tsx scripts/gen-caseload.ts --count 100000 [--seed 1] [--format jsonl|csv] [--out file]`
 * (stdout when `--out` is not given). Every row has `id`, `team`, `date` and
 * `narrative`. No real case text: names, places and events are invented.
 */
import {createWriteStream} from 'node:fs'
import {once} from 'node:events'
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

/** One generated row. */
export interface CaseRow {
  readonly id: string
  readonly team: string
  readonly date: string
  readonly narrative: string
}

const names = ['Amy', 'Jay', 'Mia', 'Tyler', 'Leah', 'Kai', 'Ruby', 'Reece', 'Zara', 'Owen', 'Chloe', 'Deon']
const adults = ['Deano', 'a man called Tank', 'two older males', 'a woman known as Auntie', 'Marco (24)']
const places = ['Leeds', 'Margate', 'a flat in Hull', 'a hotel in Luton', 'Swindon', 'a trap house in Kent']
const teams = ['North', 'South', 'East', 'West', 'Exploitation Hub']

/** Sentences that draw findings from the bundled rules. */
const flagged = [
  '{child} went willingly with {adult} to {place}.',
  '{child} is a prostitute and is well known to local men.',
  '{child} is streetwise and can look after {obj}self.',
  '{pronoun} keeps putting {obj}self at risk by going missing.',
  'This appears to be a lifestyle choice.',
  '{child} is a drug runner for {adult}.',
  '{child} has an older boyfriend, {adult}.',
  '{child} is promiscuous and attention seeking.',
  '{child} alleges that {adult} hit {obj}.',
  '{child} agreed to go to {place} with {adult}.',
  '{child} is mature for {poss} age.',
  '{child} refuses to engage with services.',
]

/** Sentences that state facts and should draw nothing. */
const factual = [
  '{adult} drove {child} to {place} on 3 March at about 9pm.',
  '{child} was found at {place} by police during a welfare check.',
  '{child} said {adult} told {obj} that {poss} family would be hurt if {pronoun_l} did not go.',
  '{child} had a new phone and clothes that {poss} carer had not bought.',
  '{adult} kept {child} at {place} for three nights.',
  '{child} was given a debt of £400 after the drugs were taken from {obj}.',
  'The school reported that {child} has missed eleven days this term.',
  '{child} is 15 years old and lives with {poss} grandmother.',
  'A return home interview was offered and {child} spoke to the worker for an hour.',
  'The referrer is concerned that {child} is being criminally exploited.',
]

/**
 * Rows of a synthetic caseload, deterministic for `seed`.
 *
 * @param count - How many rows.
 * @param seed - PRNG seed (optional).
 */
export function* caseload(count: number, seed = 1): Generator<CaseRow> {
  const random = mulberry32(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  for (let index = 0; index < count; index++) {
    const child = pick(names)
    const girl = random() < 0.5
    const slots: Record<string, string> = {
      child,
      adult: pick(adults),
      place: pick(places),
      pronoun: girl ? 'She' : 'He',
      pronoun_l: girl ? 'she' : 'he',
      obj: girl ? 'her' : 'him',
      poss: girl ? 'her' : 'his',
    }
    const sentences: string[] = []
    const length = 4 + Math.floor(random() * 7)
    for (let n = 0; n < length; n++) {
      const template = random() < 0.25 ? pick(flagged) : pick(factual)
      const sentence = template.replace(/\{(\w+)\}/g, (_, slot: string) => slots[slot] ?? '')
      sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1))
    }
    const day = Math.floor(random() * 730)
    const date = new Date(Date.UTC(2023, 0, 1) + day * 86_400_000).toISOString().slice(0, 10)
    yield {
      id: `case-${String(index + 1).padStart(6, '0')}`,
      team: pick(teams),
      date,
      narrative: sentences.join(' '),
    }
  }
}

/** One row as a CSV record (RFC 4180 quoting), without the line break. */
export function csvRecord(values: readonly string[]): string {
  return values
    .map((value) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value))
    .join(',')
}

/** Small, fast, seedable PRNG (mulberry32). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      count: {type: 'string', default: '1000'},
      seed: {type: 'string', default: '1'},
      format: {type: 'string', default: 'jsonl'},
      out: {type: 'string'},
    },
  })
  const count = Number(values.count)
  const seed = Number(values.seed)
  if (!Number.isInteger(count) || count < 0) throw new Error('--count must be a whole number')
  if (values.format !== 'jsonl' && values.format !== 'csv') throw new Error('--format must be jsonl or csv')
  const out = values.out === undefined ? process.stdout : createWriteStream(values.out)
  if (values.format === 'csv') out.write('id,team,date,narrative\n')
  for (const row of caseload(count, seed)) {
    const line =
      values.format === 'csv' ? csvRecord([row.id, row.team, row.date, row.narrative]) : JSON.stringify(row)
    if (!out.write(`${line}\n`)) await once(out, 'drain')
  }
  if (out !== process.stdout) {
    out.end()
    await once(out, 'finish')
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
