/**
 * Where a stored origin is not known (pure callers), relative values are resolved against this placeholder:
 * any value that keeps this origin is a path on our own site, whatever our real host is.
 */
const placeholderOrigin = 'http://return-path.invalid'

/**
 * Raw control characters (C0, DEL, C1) and backslashes, also percent-encoded: browsers strip tabs and newlines
 * and read `\` as `/`, so `/\t/evil.example` or `/\evil` would lead off-site once followed.
 */
const unsafe = /[\u0000-\u001f\u007f-\u009f\\]|%(?:[01][0-9a-f]|7f|5c|c2%[89][0-9a-f])/i

/**
 * The one rule for every return path (sign-in `retour`, exit-preview's Referer…): the value is resolved
 * against the site origin with the URL parser browsers use, and kept only when the origin is unchanged and
 * the raw value has no control characters. Returns path + search + hash, or null. Pure: unit-tested.
 */
export function safeReturnPath(value: unknown, origin: string = placeholderOrigin): string | null {
  if (typeof value !== 'string' || value === '' || value.length > 2000 || unsafe.test(value)) return null
  let base: URL
  let url: URL
  try {
    base = new URL(origin)
    url = new URL(value, base)
  } catch {
    return null
  }
  if (url.origin !== base.origin) return null
  return url.pathname + url.search + url.hash
}
