// The production server: what `next start` does, plus what it cannot.
// 1. The socket's peer address, written into `x-digit-peer` over anything a client sent: Next gives route
//    handlers no socket, and keeps whatever `X-Forwarded-For` a client writes, so without this every per-IP
//    limit could be dodged (lib/http/clientIpRule.ts reads it together with TRUSTED_PROXIES).
// 2. A request id and one JSON access-log line per request (scripts/request-log.mjs); every line Payload logs
//    while handling the request carries the same `reqId` (lib/logging/).
// 3. A graceful shutdown: on SIGTERM/SIGINT stop accepting connections and let in-flight requests finish.
// 4. `public` on what Next caches (`s-maxage=…`): shared caches (our nginx, a CDN) may then store it even
//    when a request carried credentials; member pages keep Next's `private, no-store`.
// 5. A warm-up before saying ready: the first request loads Payload and the page modules (~3 s of a blocked
//    event loop, measured), which the first visitors or a load balancer's first probe would otherwise wait for.
import { createServer } from 'node:http'

import next from 'next'
import { pino } from 'pino'

import { requestContext, withRequestLog } from './request-log.mjs'

const port = Number(process.env.PORT || 3000)
// The proxy reads the catalogue bounds from this server itself (lib/catalogue/boundsClient.ts).
process.env.PORT = String(port)
// Created before Next loads, so the bundle finds this very store (lib/logging/requestContext.ts).
const context = requestContext()
const logger = pino({
  name: 'server',
  level: process.env.LOG_LEVEL || 'info',
  mixin: () => {
    const store = context.getStore()
    return store ? { reqId: store.reqId } : {}
  },
})
const app = next({ dev: false, port })
const handle = app.getRequestHandler()
await app.prepare()

/** Adds `public` to Next's shared-cache header of cached pages (`s-maxage=N, stale-while-revalidate=M`). */
function markPublic(res) {
  const setHeader = res.setHeader.bind(res)
  res.setHeader = (name, value) =>
    setHeader(
      name,
      typeof value === 'string' && name.toLowerCase() === 'cache-control' && value.startsWith('s-maxage=')
        ? `public, ${value}`
        : value,
    )
}

// After prepare(): Next has loaded .env by then.
if (!process.env.NEXT_PUBLIC_SERVER_URL?.trim())
  logger.warn(
    'NEXT_PUBLIC_SERVER_URL is not set: pages served from cache will have no absolute URLs (Open Graph, share ' +
      'links), and every other link takes its host from the request (the Host header, or X-Forwarded-Host ' +
      'when TRUSTED_PROXIES is set). Set it to the public address of the site, e.g. https://123digit.be.',
  )

const server = createServer(
  withRequestLog((req, res) => {
    // IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d.
    req.headers['x-digit-peer'] = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '')
    markPublic(res)
    return handle(req, res)
  }, logger),
)
await new Promise((resolve) => server.listen(port, resolve))
for (const path of ['/fr', '/api/health']) {
  await fetch(`http://127.0.0.1:${port}${path}`, { redirect: 'manual' }).catch(() => undefined)
}
logger.info({ port }, '123Digit ready')

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down: finishing requests in flight')
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    // Requests still running after 10 s are cut: a load balancer has moved on by then.
    setTimeout(() => process.exit(0), 10_000).unref()
  })
}
