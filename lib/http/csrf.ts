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

/**
 * Payload's session cookie marked `Secure` whenever the public origin is https, also when
 * `NEXT_PUBLIC_SERVER_URL` is unset and only the request (through a trusted proxy) tells us so. With the
 * variable set, the collections' `auth.cookies.secure` already does it (payload.config.ts).
 */
export function withSecureSessionCookie(request: Pick<Request, 'headers' | 'url'>, response: Response): Response {
  if (!publicOrigin(request).startsWith('https:')) return response
  const cookies = response.headers.getSetCookie()
  if (!cookies.some((cookie) => cookie.startsWith('payload-token=') && !/;\s*secure/i.test(cookie))) return response
  const headers = new Headers(response.headers)
  headers.delete('set-cookie')
  for (const cookie of cookies)
    headers.append(
      'set-cookie',
      cookie.startsWith('payload-token=') && !/;\s*secure/i.test(cookie) ? `${cookie}; Secure` : cookie,
    )
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

type Handler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * Payload's REST handlers behind the same-origin rule above (403 for a cross-origin cookie write) and the
 * Secure session cookie. Used by app/(payload)/api/[...slug]/route.ts.
 */
export function sameOriginOnly<Context>(handler: Handler<Context>): Handler<Context> {
  return async (request, context) => {
    if (isCrossOriginCookieWrite(request))
      return Response.json({ errors: [{ message: 'Cross-origin request refused.' }] }, { status: 403 })
    return withSecureSessionCookie(request, await handler(request, context))
  }
}
