/**
 * Normalise one word for matching: lower case, curly apostrophes and
 * primes made straight, compatibility forms folded (NFKC).
 */
export function normaliseWord(value: string): string {
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
