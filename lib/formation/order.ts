/** Pure rules of ordering questions, shared by the player (browser) and the tests. */

/** Right when the items are in the stored order. */
export function isOrderCorrect(rightOrder: readonly string[], current: readonly string[]): boolean {
  return rightOrder.length === current.length && rightOrder.every((id, i) => current[i] === id)
}

/** A small deterministic generator (mulberry32), seeded by a string: the same step always shuffles the same way. */
function random(seed: string): () => number {
  let state = [...seed].reduce((hash, c) => Math.imul(hash ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261)
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The first display of an ordering question: shuffled the same way on the server and in the browser (no hydration
 * mismatch, and a retry shows the same puzzle), and never already in the right order when there are 2+ items.
 */
export function shuffleOrder<T>(items: readonly T[], seed: string): T[] {
  const next = random(seed)
  const positions = items.map((_, i) => i)
  for (let i = positions.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[positions[i], positions[j]] = [positions[j] as number, positions[i] as number]
  }
  // Rotating by one moves every item, so an already-sorted draw becomes unsorted.
  if (positions.length > 1 && positions.every((p, i) => p === i)) positions.push(positions.shift() as number)
  return positions.map((p) => items[p] as T)
}

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to))
  if (from === target || from < 0 || from >= list.length) return [...list]
  const copy = [...list]
  copy.splice(target, 0, ...copy.splice(from, 1))
  return copy
}
