/** Operation counts for growth tests (never time). */
/**
 * Count calls to common built-in methods, and to the callbacks of the
 * iterating ones, while `run` runs. Plain loops are not counted.
 */
export function countOperations(run: () => unknown): number {
  const targets: [object, string][] = [
    [String.prototype, 'slice'],
    [String.prototype, 'toLowerCase'],
    [String.prototype, 'charCodeAt'],
    [String.prototype, 'indexOf'],
    [String.prototype, 'replace'],
    [Array.prototype, 'push'],
    [Array.prototype, 'indexOf'],
    [Array.prototype, 'includes'],
    [Array.prototype, 'slice'],
    [Array.prototype, 'map'],
    [Array.prototype, 'filter'],
    [Array.prototype, 'some'],
    [Array.prototype, 'every'],
    [Array.prototype, 'find'],
    [Array.prototype, 'findIndex'],
    [Array.prototype, 'forEach'],
    [Array.prototype, 'reduce'],
    [Array.prototype, 'flatMap'],
    [Array.prototype, 'join'],
    [String.prototype, 'endsWith'],
    [String.prototype, 'trim'],
    [String.prototype, 'split'],
    [Map.prototype, 'get'],
    [Map.prototype, 'has'],
    [Set.prototype, 'has'],
    [RegExp.prototype, 'exec'],
    [RegExp.prototype, 'test'],
  ]
  let count = 0
  const originals = targets.map(([target, name]) => {
    const original = (target as Record<string, unknown>)[name] as (...args: unknown[]) => unknown
    Object.defineProperty(target, name, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        count++
        // Each call of an iteration callback counts too (`filter`, `some`, …).
        const [first] = args
        if (typeof first === 'function') {
          args[0] = function (this: unknown, ...inner: unknown[]) {
            count++
            return (first as (...values: unknown[]) => unknown).apply(this, inner)
          }
        }
        return original.apply(this, args)
      },
    })
    return original
  })
  try {
    run()
  } finally {
    for (const [index, [target, name]] of targets.entries()) {
      Object.defineProperty(target, name, {configurable: true, writable: true, value: originals[index]})
    }
  }
  return count
}
