// The request id and the access log of the production server (scripts/server.mjs). Plain JavaScript: the
// server runs outside Next's bundle. Unit-tested in tests/unit/request-log.test.ts.
//
// Each request runs inside an AsyncLocalStorage holding its id. The store lives on globalThis under a
// registered symbol, because the server and the Next bundle are separate module graphs: lib/logging/
// requestContext.ts finds the same store there, and Payload's logger (pino) adds `reqId` to every line logged
// while the request is handled.
import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

export const requestContextKey = Symbol.for('123digit.requestContext')

/** @returns {AsyncLocalStorage<{ reqId: string }>} */
export function requestContext() {
  return (globalThis[requestContextKey] ??= new AsyncLocalStorage())
}

// Ids from upstream are kept only when they cannot carry anything else (no spaces, quotes, newlines, or a
// length that would bloat every log line).
const safeRequestId = /^[A-Za-z0-9._-]{8,64}$/

/** `TRUSTED_PROXIES` as a number of hops, as lib/http/clientIpRule.ts reads it. */
export function trustedProxies(value = process.env.TRUSTED_PROXIES) {
  const hops = Number(value?.trim() || 0)
  return Number.isInteger(hops) && hops > 0 && hops < 100 ? hops : 0
}

/**
 * The proxy's `X-Request-Id` when a proxy is trusted and the value looks like an id; else a new one. Without a
 * trusted proxy any client could choose the id its requests are logged under.
 */
export function requestIdFor(incoming, hops = trustedProxies()) {
  const value = Array.isArray(incoming) ? incoming[0] : incoming
  return hops > 0 && typeof value === 'string' && safeRequestId.test(value) ? value : randomUUID()
}

// Path segments that are secrets: an invitation token, a diagnostic result's code, an admin reset token.
const secretAfter = new Set(['invitation', 'uitnodiging', 'resultat', 'resultaat', 'reset'])

/** The path of a request URL for the log: no query string (tokens, e-mails, searches), no secret segment. */
export function loggedPath(url = '/') {
  const path = url.split(/[?#]/, 1)[0] || '/'
  const segments = path.split('/')
  for (let i = 1; i < segments.length; i++) if (secretAfter.has(segments[i - 1])) segments[i] = ':secret'
  return segments.join('/').slice(0, 300)
}

/**
 * Wraps a Node request handler: sets the request id on the request (`x-request-id`, for code that reads
 * headers) and on the response, runs the handler inside the request's context, and logs one line when the
 * response is done: method, path, status, duration. Never the address, cookies, query or body.
 */
export function withRequestLog(handler, logger, hops = trustedProxies()) {
  const context = requestContext()
  return (req, res) => {
    const reqId = requestIdFor(req.headers['x-request-id'], hops)
    req.headers['x-request-id'] = reqId
    res.setHeader('X-Request-Id', reqId)
    const started = process.hrtime.bigint()
    let logged = false
    const log = () => {
      if (logged) return
      logged = true
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const line = {
        reqId,
        method: req.method,
        path: loggedPath(req.url),
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        ...(res.writableFinished ? {} : { aborted: true }),
      }
      if (res.statusCode >= 500) logger.warn(line, 'request')
      else logger.info(line, 'request')
    }
    res.once('finish', log)
    res.once('close', log)
    return context.run({ reqId }, () => handler(req, res))
  }
}
