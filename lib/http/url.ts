/**
 * A web address a visitor may safely be sent to: http or https, a host name with a dot, and no whitespace or
 * control characters anywhere (browsers strip those, which is how `java\tscript:` slips through). Pure:
 * unit-tested; shared by the collections' validation, the site forms and the exports.
 */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2000 || /[\s\u0000-\u001f\u007f-\u009f]/.test(value)) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') && /^https?:\/\//i.test(value) && url.hostname.includes('.')
  )
}

/** The value when it is a web address, else '' (exports never emit a `javascript:` address stored earlier). */
export function httpUrlOrEmpty(value: string | null | undefined): string {
  return isHttpUrl(value) ? value : ''
}
