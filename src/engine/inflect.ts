/**
 * Verb inflection for the `{verb}` pattern token.
 *
 * A small irregular table plus regular English spelling rules. Rule data is
 * compiled once, so this never runs per file. Over-generation is harmless
 * (an extra form only matches text that contains it); under-generation is a
 * miss, so ambiguous spellings produce both forms (travelled / traveled).
 */

// base: [3rd singular, past, past participle, -ing]
const irregular: Readonly<Record<string, readonly string[]>> = {
  be: ['is', 'am', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m"],
  become: ['becomes', 'became', 'becoming'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  bring: ['brings', 'brought', 'bringing'],
  buy: ['buys', 'bought', 'buying'],
  choose: ['chooses', 'chose', 'chosen', 'choosing'],
  come: ['comes', 'came', 'coming'],
  deal: ['deals', 'dealt', 'dealing'],
  do: ['does', 'did', 'done', 'doing'],
  drink: ['drinks', 'drank', 'drunk', 'drinking'],
  drive: ['drives', 'drove', 'driven', 'driving'],
  feel: ['feels', 'felt', 'feeling'],
  find: ['finds', 'found', 'finding'],
  get: ['gets', 'got', 'gotten', 'getting'],
  give: ['gives', 'gave', 'given', 'giving'],
  go: ['goes', 'went', 'gone', 'going'],
  hang: ['hangs', 'hung', 'hanged', 'hanging'],
  have: ['has', 'had', 'having', "'ve", "'d"],
  hold: ['holds', 'held', 'holding'],
  keep: ['keeps', 'kept', 'keeping'],
  know: ['knows', 'knew', 'known', 'knowing'],
  lead: ['leads', 'led', 'leading'],
  leave: ['leaves', 'left', 'leaving'],
  let: ['lets', 'letting'],
  lie: ['lies', 'lied', 'lying', 'lay', 'lain'],
  lose: ['loses', 'lost', 'losing'],
  make: ['makes', 'made', 'making'],
  meet: ['meets', 'met', 'meeting'],
  pay: ['pays', 'paid', 'paying'],
  put: ['puts', 'putting'],
  ride: ['rides', 'rode', 'ridden', 'riding'],
  run: ['runs', 'ran', 'running'],
  say: ['says', 'said', 'saying'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  sell: ['sells', 'sold', 'selling'],
  send: ['sends', 'sent', 'sending'],
  sleep: ['sleeps', 'slept', 'sleeping'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  spend: ['spends', 'spent', 'spending'],
  stand: ['stands', 'stood', 'standing'],
  steal: ['steals', 'stole', 'stolen', 'stealing'],
  take: ['takes', 'took', 'taken', 'taking'],
  tell: ['tells', 'told', 'telling'],
  think: ['thinks', 'thought', 'thinking'],
  throw: ['throws', 'threw', 'thrown', 'throwing'],
  understand: ['understands', 'understood', 'understanding'],
  win: ['wins', 'won', 'winning'],
  write: ['writes', 'wrote', 'written', 'writing'],
}

const vowel = /[aeiou]/

/** Every form of a verb: base, -s, past, participle and -ing. */
export function verbForms(base: string): readonly string[] {
  const lemma = base.toLowerCase()
  const known = irregular[lemma]
  if (known) return [lemma, ...known]
  return [lemma, ...regularForms(lemma)]
}

function regularForms(lemma: string): string[] {
  const forms: string[] = []
  const last = lemma.at(-1) ?? ''
  const beforeLast = lemma.at(-2) ?? ''

  // Third person singular.
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) forms.push(lemma + 'es')
  else if (last === 'y' && !vowel.test(beforeLast)) forms.push(lemma.slice(0, -1) + 'ies')
  else forms.push(lemma + 's')

  // Past and -ing.
  if (lemma.endsWith('ee') || lemma.endsWith('ye') || lemma.endsWith('oe')) {
    forms.push(lemma + 'd', lemma + 'ing')
  } else if (lemma.endsWith('ie')) {
    forms.push(lemma + 'd', lemma.slice(0, -2) + 'ying')
  } else if (last === 'e') {
    forms.push(lemma + 'd', lemma.slice(0, -1) + 'ing')
  } else if (last === 'y' && !vowel.test(beforeLast)) {
    forms.push(lemma.slice(0, -1) + 'ied', lemma + 'ing')
  } else if (doublesFinal(lemma)) {
    const doubled = lemma + last
    forms.push(doubled + 'ed', doubled + 'ing')
    // Longer words double only when the last syllable is stressed (admitted,
    // but visited) or in UK spelling (travelled / traveled): produce both.
    if (syllables(lemma) > 1) forms.push(lemma + 'ed', lemma + 'ing')
  } else {
    forms.push(lemma + 'ed', lemma + 'ing')
  }
  return forms
}

/** Consonant-vowel-consonant ending that doubles before -ed / -ing. */
function doublesFinal(lemma: string): boolean {
  const [a, b, c] = [lemma.at(-3) ?? '', lemma.at(-2) ?? '', lemma.at(-1) ?? '']
  return c !== '' && !/[aeiouwxy]/.test(c) && vowel.test(b) && !vowel.test(a)
}

function syllables(word: string): number {
  return (word.match(/[aeiouy]+/g) ?? []).length
}
