/**
 * Document ids from outside (URLs, query strings, forms, action arguments), read strictly: Payload and
 * `Number()` would read `6abc`, `6.0` or `6e0` as 6 and `abc` as NaN. Pure: unit-tested.
 */
const digits = /^[1-9]\d{0,15}$/
export const objectIdPattern = /^[0-9a-f]{24}$/i

/** A positive integer id (SQLite), as a number or written plainly ("12"); anything else is null. */
export function integerId(value: unknown): number | null {
  const id = typeof value === 'string' && digits.test(value) ? Number(value) : value
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null
}

/** An id as either database gives it: a SQLite integer, or a MongoDB ObjectId (kept as a string). */
export function documentId(value: unknown): number | string | null {
  return typeof value === 'string' && objectIdPattern.test(value) ? value : integerId(value)
}
