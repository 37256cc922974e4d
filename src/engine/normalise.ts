/**
 * Normalise one word for matching: lower case, curly apostrophes and
 * primes made straight, compatibility forms folded (NFKC).
 */
export function normaliseWord(value: string): string {
  // Most words are printable ASCII with no backtick: lower case is all they need, and only with a capital.
  let upper = false
  let plain = true
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code < 0x20 || code > 0x7e || code === 0x60) {
      plain = false
      break
    }
    if (code >= 65 && code <= 90) upper = true
  }
  if (plain) return upper ? value.toLowerCase() : value
  // Printable ASCII is its own NFKC form and has no curly apostrophe or
  // prime: most words of a narrative skip the Unicode passes.
  if (printableAscii.test(value)) {
    const lower = value.toLowerCase()
    return lower.includes('`') ? lower.replace(/`/g, "'") : lower
  }
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC\u2032\u00B4`]/g, "'")
}

const printableAscii = /^[\x20-\x7E]*$/
