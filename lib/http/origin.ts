/**
 * The public origin of the site (scheme://host[:port]), for every absolute URL and redirect.
 *
 * 1. `NEXT_PUBLIC_SERVER_URL` when set: the production answer, independent of what the request says.
 * 2. Else, when `TRUSTED_PROXIES` (a number of proxy hops > 0) is set, the host and scheme our own proxy
 *    wrote in `X-Forwarded-Host` / `X-Forwarded-Proto` (the entry that hop appended, not a client-sent one).
 * 3. Else the request's `Host` header and scheme.
 *
 * Never the `localhost:PORT` Next puts in `request.url` behind a proxy. Pure apart from reading the env.
 * Use cases never read headers: their caller resolves the origin here and hands it over as input.
 */
import { trustedProxies } from './clientIpRule'

/** A host name (or [IPv6]) with an optional port: nothing that could smuggle a path or a second URL. */
const hostPattern = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i

// Read with Reflect.get: Next inlines `process.env.NEXT_PUBLIC_*` into the server bundle at build time, and
// Turbopack folds `process.env[constant]` back into that form; one build must serve any host it is started for.
const serverUrlVariable = 'NEXT_PUBLIC_SERVER_URL'

/** NEXT_PUBLIC_SERVER_URL's origin, or null when it is unset (or not a URL). */
export function siteOrigin(): string | null {
  const configured = (Reflect.get(process.env, serverUrlVariable) as string | undefined)?.trim()
  if (!configured) return null
  try {
    return new URL(configured).origin
  } catch {
    return null
  }
}

/**
 * The origin when no request is at hand (cached pages, background work started without one): the configured
 * one, else `http://localhost:PORT`, which is right only in development and tests. Production sets
 * NEXT_PUBLIC_SERVER_URL (scripts/server.mjs warns at start when it is missing).
 */
export function configuredOrigin(): string {
  return siteOrigin() ?? `http://localhost:${process.env.PORT || 3000}`
}

/** The value the outermost trusted proxy appended to a comma-separated X-Forwarded-* list. */
function forwarded(headers: Pick<Headers, 'get'>, name: string, hops: number): string | null {
  const entries = (headers.get(name) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return null
  return entries[Math.max(0, entries.length - hops)]!
}

const scheme = (value: string | null | undefined): 'http' | 'https' | null =>
  value === 'http' || value === 'https' ? value : null

/**
 * What a request says of itself: its headers, and its URL when there is one (route handlers, Payload
 * requests); server actions have only `headers()`, and then the scheme is http unless a trusted proxy says.
 */
export type RequestLike = { headers: Pick<Headers, 'get'>; url?: string | null }

export function publicOrigin(request: RequestLike): string {
  const configured = siteOrigin()
  if (configured) return configured
  const { headers } = request
  let ownScheme: 'http' | 'https' = 'http'
  let fallbackHost = 'localhost'
  try {
    const url = new URL(request.url ?? '')
    ownScheme = url.protocol === 'https:' ? 'https' : 'http'
    fallbackHost = url.host
  } catch {
    // No URL (a server action) or a relative one: keep the defaults.
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
export function publicUrl(request: RequestLike, path: string): URL {
  return new URL(path, publicOrigin(request))
}

/**
 * Where a caller of Payload's Local API leaves the origin for hooks and e-mail templates that run inside the
 * operation (`context: { [originContextKey]: origin }`): the reset-password e-mail, for instance.
 */
export const originContextKey = 'publicOrigin'

type PayloadRequestLike = { context?: Record<string, unknown> | null; headers?: Pick<Headers, 'get'>; url?: string }

/**
 * The origin inside a Payload operation: the one its caller put in the context, else the request's own when
 * it came over HTTP (REST endpoints pass their headers and URL on), else the configured one.
 */
export function payloadRequestOrigin(req: PayloadRequestLike | undefined): string {
  const fromCaller = req?.context?.[originContextKey]
  if (typeof fromCaller === 'string' && fromCaller) return fromCaller
  // A Local API request has a made-up URL and no headers: only one that came over HTTP names a host.
  const cameOverHttp = req?.headers?.get('host') || req?.headers?.get('x-forwarded-host')
  if (cameOverHttp && req?.url) return publicOrigin({ headers: req.headers!, url: req.url })
  return configuredOrigin()
}
