/**
 * Tolerant matching of typed answers, shared by the player (browser) and the tests. Learners type on phones,
 * often without accents or capitals: what counts is the word, not its spelling details.
 */

/** Lower case, without accents, punctuation or spaces: "  Élise-Marie ! " → "elisemarie". */
export function normalizeAnswer(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** How many typos an answer of this (normalized) length forgives: none for short words, where one letter matters. */
export function allowedTypos(length: number): number {
  if (length >= 12) return 2
  if (length >= 5) return 1
  return 0
}

/** Levenshtein distance, stopping early once it is certainly above `max` (answers are short, but keystrokes many). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      // Both rows hold b.length + 1 numbers: every index read here exists.
      const cell = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      current[j] = cell
      rowMin = Math.min(rowMin, cell)
    }
    if (rowMin > max) return max + 1
    previous = current
  }
  return previous[b.length] as number
}

/** Whether something was typed at all (spaces and punctuation alone do not count). */
export function hasTypedAnswer(typed: string): boolean {
  return normalizeAnswer(typed).length > 0
}

/** Right when the typed text matches one accepted answer, forgiving case, accents, punctuation, spaces and typos. */
export function isTextCorrect(accepted: readonly string[], typed: string): boolean {
  const answer = normalizeAnswer(typed)
  if (!answer) return false
  return accepted.some((candidate) => {
    const expected = normalizeAnswer(candidate)
    if (!expected) return false
    const max = allowedTypos(expected.length)
    return editDistance(answer, expected, max) <= max
  })
}
