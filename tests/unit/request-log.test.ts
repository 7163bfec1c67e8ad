import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'

import { loggableError } from '@/lib/email/loggableError'
import { requestContext as bundleContext, requestLogFields } from '@/lib/logging/requestContext'
import { loggedPath, requestContext, requestIdFor, withRequestLog } from '@/scripts/request-log.mjs'

/** A pino logger writing JSON lines into an array, as the production server and Payload's logger do. */
function memoryLogger(mixin?: () => object) {
  const lines: Record<string, unknown>[] = []
  const logger = pino(
    { level: 'info', ...(mixin ? { mixin } : {}) },
    { write: (s: string) => lines.push(JSON.parse(s)) },
  )
  return { logger, lines }
}

const servers: ReturnType<typeof createServer>[] = []
afterEach(() => {
  for (const server of servers.splice(0)) server.close()
})

/** The production server's wrapper around a handler that logs through "Payload's" logger (the bundle's mixin). */
async function serve(hops: number) {
  const access = memoryLogger()
  const app = memoryLogger(requestLogFields)
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    // Work that goes async before logging, as a page or a route handler does.
    await new Promise((r) => setTimeout(r, 5))
    app.logger.info({ header: req.headers['x-request-id'] }, 'inside the handler')
    res.statusCode = 204
    res.end()
  }
  const server = createServer(withRequestLog(handler, access.logger, hops))
  servers.push(server)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { base, access: access.lines, app: app.lines }
}

describe('the request id', () => {
  it('keeps a safe X-Request-Id only from a trusted proxy, else makes a new one', () => {
    expect(requestIdFor('abc-123_DEF.456', 1)).toBe('abc-123_DEF.456')
    expect(requestIdFor('abc-123_DEF.456', 0)).not.toBe('abc-123_DEF.456')
    for (const unsafe of ['short', 'has space inside', 'new\nline-1234', 'x'.repeat(65), 'a@example.com'])
      expect(requestIdFor(unsafe, 1)).toMatch(/^[0-9a-f-]{36}$/)
    expect(requestIdFor(undefined, 1)).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('shares one store between the server and the bundle, through globalThis', () => {
    expect(requestContext()).toBe(bundleContext())
    expect(requestLogFields()).toEqual({})
    expect(requestContext().run({ reqId: 'id-12345678' }, requestLogFields)).toEqual({ reqId: 'id-12345678' })
  })
})

describe('the logged path', () => {
  it('drops the query string and the secret segments', () => {
    expect(loggedPath('/api/newsletter/confirm?id=1&token=abc&email=a%40b.c')).toBe('/api/newsletter/confirm')
    expect(loggedPath('/fr/invitation/Zx9-token?x=1')).toBe('/fr/invitation/:secret')
    expect(loggedPath('/nl/uitnodiging/Zx9-token')).toBe('/nl/uitnodiging/:secret')
    expect(loggedPath('/fr/diagnostic/resultat/ABCD2345')).toBe('/fr/diagnostic/resultat/:secret')
    expect(loggedPath('/admin/reset/0123456789abcdef')).toBe('/admin/reset/:secret')
    expect(loggedPath('/fr/catalogue#top')).toBe('/fr/catalogue')
  })
})

describe('a request through the production server wrapper', () => {
  it('answers with X-Request-Id; the access line and the handler’s lines carry it; no query, no e-mail', async () => {
    const { base, access, app } = await serve(0)
    const response = await fetch(`${base}/fr/newsletter?email=someone%40example.com`, {
      headers: { 'x-request-id': 'client-chosen-id' },
    })
    expect(response.status).toBe(204)
    const reqId = response.headers.get('x-request-id')!
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/)
    await new Promise((r) => setTimeout(r, 20))
    expect(app).toEqual([expect.objectContaining({ reqId, header: reqId, msg: 'inside the handler' })])
    expect(access).toEqual([
      expect.objectContaining({ reqId, msg: 'request', method: 'GET', path: '/fr/newsletter', status: 204 }),
    ])
    expect(typeof access[0]!.ms).toBe('number')
    const all = JSON.stringify([...access, ...app])
    expect(all).not.toContain('example.com')
    expect(all).not.toContain('127.0.0.1')
  })

  it('behind a trusted proxy, keeps the proxy’s request id', async () => {
    const { base, access, app } = await serve(1)
    const response = await fetch(`${base}/fr`, { headers: { 'x-request-id': 'nginx-0123456789abcdef' } })
    expect(response.headers.get('x-request-id')).toBe('nginx-0123456789abcdef')
    await new Promise((r) => setTimeout(r, 20))
    expect(access[0]).toMatchObject({ reqId: 'nginx-0123456789abcdef', path: '/fr' })
    expect(app[0]).toMatchObject({ reqId: 'nginx-0123456789abcdef' })
  })
})

describe('a failed sending in the log', () => {
  it('keeps an SMTP refusal’s codes, not its text quoting the address; other errors whole', () => {
    const refusal = Object.assign(new Error('<someone@example.com>: Recipient address rejected'), {
      code: 'EENVELOPE',
      command: 'RCPT TO',
      responseCode: 550,
    })
    expect(JSON.stringify(loggableError(refusal))).not.toContain('example.com')
    expect(loggableError(refusal)).toEqual({ type: 'Error', code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550 })
    const fault = new Error('database is locked')
    expect(loggableError(fault)).toBe(fault)
  })
})
