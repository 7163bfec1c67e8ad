/** The id of a relationship value, whether it was read at depth 0 (an id) or populated (a document). */
export function idOf(value: number | { id: number } | null | undefined): number | null {
  if (value === null || value === undefined) return null
  return typeof value === 'number' ? value : value.id
}
