/**
 * A configuration problem: names the file, the field and what to do, in one
 * line. The CLI prints it and exits with code 2.
 */
export class ConfigError extends Error {
  /** Config or pack file the problem is in. */
  readonly file: string
  /** Field path, such as `rules.went-wilingly` or `deny[0].category`. */
  readonly field: string

  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field ? `\`${field}\` ` : ''}${problem}`)
    this.name = 'ConfigError'
    this.file = file
    this.field = field
  }
}

/** The closest of `candidates` to `value` (edit distance), if reasonably close. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best !== undefined && bestDistance <= Math.max(3, Math.floor(value.length / 2)) ? best : undefined
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
