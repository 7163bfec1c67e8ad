/**
 * A path whose percent-encoding does not decode (`/fr/parcours/%`, `/fr/structures/%ff%fe`). Next's router
 * answers those with a bare 500 (it fails to render its own error page for them): the proxy refuses them
 * first with a 400. Pure: unit-tested.
 */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}
