import { publicOrigin } from './origin'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * True for a state-changing request that carries Payload's session cookie and comes from another origin:
 * the browser sent the cookie on a third party's behalf (CSRF).
 *
 * Payload's own check (extractJWT) compares `Origin` with `config.csrf`, but an empty list (no
 * `NEXT_PUBLIC_SERVER_URL`) lets every Origin through, and the config is static, so it cannot hold a host
 * learned from the request. This check compares `Origin` with the request's own public origin instead
 * (lib/http/origin.ts): a browser always sends `Origin` on cross-origin writes and cannot forge the `Host`
 * it sends. `Sec-Fetch-Site: cross-site` is refused too (older engines that send it without `Origin`).
 * Requests without the cookie (Bearer/JWT tokens, sign-in) are not CSRF-able and pass.
 */
export function isCrossOriginCookieWrite(request: Pick<Request, 'headers' | 'method' | 'url'>): boolean {
  if (safeMethods.has(request.method.toUpperCase())) return false
  const cookies = request.headers.get('cookie') ?? ''
  if (!/(?:^|;\s*)payload-token=/.test(cookies)) return false
  const origin = request.headers.get('origin')
  if (origin) return origin !== publicOrigin(request)
  return request.headers.get('sec-fetch-site') === 'cross-site'
}
