/** A document id from a query string: a positive integer written plainly ("12"), else null (never NaN). */
export function queryId(value: string | null): number | null {
  return value !== null && /^[1-9]\d{0,14}$/.test(value) ? Number(value) : null
}

/**
 * A document id as either database gives it: a SQLite integer, or a MongoDB ObjectId (24 hex digits, kept as
 * a string). Anything else is null, so a tampered id finds nothing instead of failing in the query.
 */
export function documentId(value: string | null): number | string | null {
  if (value !== null && /^[0-9a-f]{24}$/i.test(value)) return value
  return queryId(value)
}
