/**
 * Normalise one word for matching: lower case, curly apostrophes and
 * primes made straight, compatibility forms folded (NFKC).
 */
export function normaliseWord(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC\u2032\u00B4`]/g, "'")
}
