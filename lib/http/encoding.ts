/**
 * A path whose percent-encoding does not decode (`/fr/parcours/%`, `/fr/structures/%ff%fe`), or decodes to
 * control characters (`%00`). Next's router answers the first with a bare 500 (it fails to render its own
 * error page for them) and passes the second to pages as a slug: the proxy refuses both with a 400.
 * Pure: unit-tested.
 */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname))
  } catch {
    return true
  }
}
