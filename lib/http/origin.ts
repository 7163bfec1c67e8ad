/**
 * The public origin of the site (scheme://host[:port]), for every absolute URL and redirect.
 *
 * 1. `NEXT_PUBLIC_SERVER_URL` when set: the production answer, independent of what the request says.
 * 2. Else, when `TRUSTED_PROXIES` (a number of proxy hops > 0) is set, the host and scheme our own proxy
 *    wrote in `X-Forwarded-Host` / `X-Forwarded-Proto` (the entry that hop appended, not a client-sent one).
 * 3. Else the request's `Host` header and scheme.
 *
 * Never the `localhost:PORT` Next puts in `request.url` behind a proxy. Pure apart from reading the env.
 */
import { trustedProxies } from './clientIpRule'

/** A host name (or [IPv6]) with an optional port: nothing that could smuggle a path or a second URL. */
const hostPattern = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i

/** NEXT_PUBLIC_SERVER_URL's origin, or null when it is unset (or not a URL). */
export function siteOrigin(): string | null {
  const configured = process.env.NEXT_PUBLIC_SERVER_URL?.trim()
  if (!configured) return null
  try {
    return new URL(configured).origin
  } catch {
    return null
  }
}

/** The value the outermost trusted proxy appended to a comma-separated X-Forwarded-* list. */
function forwarded(headers: Headers, name: string, hops: number): string | null {
  const entries = (headers.get(name) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return null
  return entries[Math.max(0, entries.length - hops)]!
}

const scheme = (value: string | null | undefined): 'http' | 'https' | null =>
  value === 'http' || value === 'https' ? value : null

export function publicOrigin(request: Pick<Request, 'headers' | 'url'>): string {
  const configured = siteOrigin()
  if (configured) return configured
  const { headers } = request
  let ownScheme: 'http' | 'https' = 'http'
  let fallbackHost = 'localhost'
  try {
    const url = new URL(request.url)
    ownScheme = url.protocol === 'https:' ? 'https' : 'http'
    fallbackHost = url.host
  } catch {
    // A relative or malformed request.url: keep the defaults.
  }
  const hops = trustedProxies()
  if (hops > 0) {
    const host = forwarded(headers, 'x-forwarded-host', hops)
    const proto = scheme(forwarded(headers, 'x-forwarded-proto', hops)?.toLowerCase())
    const hostHeader = headers.get('host')
    const chosenHost =
      host && hostPattern.test(host) ? host : hostHeader && hostPattern.test(hostHeader) ? hostHeader : fallbackHost
    return `${proto ?? ownScheme}://${chosenHost.toLowerCase()}`
  }
  const host = headers.get('host')
  return `${ownScheme}://${(host && hostPattern.test(host) ? host : fallbackHost).toLowerCase()}`
}

/** An absolute URL on the public origin for a path (and query) of ours. */
export function publicUrl(request: Pick<Request, 'headers' | 'url'>, path: string): URL {
  return new URL(path, publicOrigin(request))
}
