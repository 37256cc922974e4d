/**
 * A word trie over expanded phrase variants, and the matcher that walks it.
 *
 * The matcher starts at every token and follows the trie while the gap
 * between tokens is a space or a hyphen, so the work per token is bounded by
 * the depth of the trie, never by the number of rules.
 */
import {Gap, type Token} from './tokens.js'
import {WILDCARD} from './pattern.js'

export interface TrieNode {
  readonly next: Map<string, TrieNode>
  /** Payloads of the phrases that end here. */
  readonly ends: number[]
}

export function createTrie(): TrieNode {
  return {next: new Map(), ends: []}
}

/** Insert one word sequence; `payload` is returned when it matches. */
export function insert(root: TrieNode, words: readonly string[], payload: number): void {
  let node = root
  for (const word of words) {
    let child = node.next.get(word)
    if (!child) {
      child = createTrie()
      node.next.set(word, child)
    }
    node = child
  }
  if (!node.ends.includes(payload)) node.ends.push(payload)
}

/** A phrase found in the token stream: inclusive token indices. */
export interface Match {
  readonly payload: number
  readonly first: number
  readonly last: number
}

/**
 * Every phrase of `root` that starts at token `first`.
 *
 * A closed compound in the trie ("streetwise") also matches its hyphenated
 * form in the text ("street-wise").
 */
export function matchAt(
  root: TrieNode,
  tokens: readonly Token[],
  first: number,
  found: Match[],
): void {
  walk(root, first, first)

  function walk(node: TrieNode, index: number, start: number): void {
    const token = tokens[index]
    if (!token) return
    if (index > start && token.gap > Gap.hyphen) return
    step(node.next.get(token.norm), index, start)
    const wildcard = index > start ? node.next.get(WILDCARD) : undefined
    if (wildcard) step(wildcard, index, start)
    const following = tokens[index + 1]
    if (following && following.gap === Gap.hyphen) {
      step(node.next.get(token.norm + following.norm), index + 1, start)
    }
  }

  function step(node: TrieNode | undefined, last: number, start: number): void {
    if (!node) return
    for (const payload of node.ends) found.push({payload, first: start, last})
    if (node.next.size > 0) walk(node, last + 1, start)
  }
}

/** Longest phrase length in words (for look-behind windows). */
export function depth(node: TrieNode): number {
  let max = 0
  for (const child of node.next.values()) max = Math.max(max, 1 + depth(child))
  return max
}
