// The production server: what `next start` does, plus two things it cannot.
// 1. The socket's peer address, written into `x-digit-peer` over anything a client sent: Next gives route
//    handlers no socket, and keeps whatever `X-Forwarded-For` a client writes, so without this every per-IP
//    limit could be dodged (lib/http/clientIpRule.ts reads it together with TRUSTED_PROXIES).
// 2. A graceful shutdown: on SIGTERM/SIGINT stop accepting connections and let in-flight requests finish.
import { createServer } from 'node:http'

import next from 'next'

const port = Number(process.env.PORT || 3000)
// The proxy reads the catalogue bounds from this server itself (lib/catalogue/boundsClient.ts).
process.env.PORT = String(port)
const app = next({ dev: false, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  // IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d.
  req.headers['x-digit-peer'] = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '')
  void handle(req, res)
})
server.listen(port, () => console.log(`> 123Digit ready on port ${port}`))

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    // Requests still running after 10 s are cut: a load balancer has moved on by then.
    setTimeout(() => process.exit(0), 10_000).unref()
  })
}
