/**
 * Template placeholders (`{{child_name}}`, `[NAME]`, `«FirstName»`, …) are
 * masked before parsing with a name-like word of the same length, so the
 * engine reads them as a name, never flags them, never splits a sentence at
 * a dot inside one (`{{ child.name }}`), and every offset stays exact.
 */

/** One masked placeholder: where it was and what it said. */
export interface Placeholder {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** A text with its placeholders masked. */
export interface Masked {
  /** The text, each placeholder replaced by a word of the same length. */
  readonly value: string
  /** The placeholders found, in order. */
  readonly placeholders: readonly Placeholder[]
}

// Each alternative is bounded (no nesting, no newline, at most 60 characters
// inside), so matching is linear in the text.
const pattern = new RegExp(
  [
    String.raw`\{\{[^{}\n]{1,60}\}\}`, // {{child_name}}, {{ child.name }}
    String.raw`\$\{[^{}\n]{1,60}\}`, // ${name}
    String.raw`<<[^<>\n]{1,60}>>`, // <<FirstName>>
    String.raw`«[^«»\n]{1,60}»`, // «FirstName»
    String.raw`%[A-Za-z][A-Za-z0-9_.-]{0,59}%`, // %NAME%
    String.raw`\[[A-Z][A-Za-z0-9_ .-]{0,59}\](?![([])`, // [NAME], [CHILD NAME]; not a Markdown link
  ].join('|'),
  'g',
)

/**
 * Mask every placeholder in `value` with a capitalised word of the same
 * length ("Nnnnnn"), which reads as a proper name.
 */
export function maskPlaceholders(value: string): Masked {
  const placeholders: Placeholder[] = []
  const masked = value.replace(pattern, (text: string, start: number) => {
    placeholders.push({start, end: start + text.length, text})
    return maskFor(text.length)
  })
  return {value: masked, placeholders}
}

/** The mask for a placeholder of `length` UTF-16 code units. */
export function maskFor(length: number): string {
  return length <= 1 ? 'N' : `N${'n'.repeat(length - 1)}`
}

/**
 * Put placeholders back into a string built from masked text (a suggestion
 * that quotes the child's "name"): each mask is replaced by the placeholder
 * it stands for when only one placeholder of that length exists.
 */
export function unmask(text: string, placeholders: readonly Placeholder[]): string {
  let result = text
  const byLength = new Map<number, Set<string>>()
  for (const {text: original} of placeholders) {
    const set = byLength.get(original.length) ?? new Set<string>()
    set.add(original)
    byLength.set(original.length, set)
  }
  for (const [length, originals] of byLength) {
    if (originals.size !== 1 || length < 2) continue
    const [original] = originals
    result = result.replaceAll(maskFor(length), original ?? '')
  }
  return result
}
