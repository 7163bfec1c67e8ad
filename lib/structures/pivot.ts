/**
 * The official identifier the open-data schema calls "pivot": a SIRET (14 digits) or RNA number (W + 9
 * digits) in France, a BCE/KBO enterprise number (10 digits, often written 0123.456.789) in Belgium.
 * People type them with dots and spaces; we store the bare characters.
 */
export function normalizePivot(value: unknown): string | null | undefined {
  if (typeof value !== 'string') return value as null | undefined
  const bare = value.replace(/[\s.\-/]/g, '').toUpperCase()
  return bare || null
}

export const pivotPattern = /^[A-Z0-9]{9,14}$/

export function validatePivot(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'string' && pivotPattern.test(value) ? true : 'SIRET, RNA, BCE/KBO: 9–14 chiffres ou lettres'
}
