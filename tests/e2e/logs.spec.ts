import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from '@playwright/test'

// The production server's output, kept by scripts/e2e-server.sh.
const logFile = path.join(process.cwd(), 'data/e2e-server.log')

/** The JSON log lines of one request, waiting a moment for the access line (written when the response ends). */
async function linesOf(reqId: string): Promise<Record<string, unknown>[]> {
  let lines: Record<string, unknown>[] = []
  await expect
    .poll(() => {
      lines = readFileSync(logFile, 'utf8')
        .split('\n')
        .filter((line) => line.includes(reqId))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
      return lines.some((line) => line.msg === 'request')
    })
    .toBe(true)
  return lines
}

test.describe('logs', () => {
  test('each request gets an id; its log lines are JSON, carry it, and hold no query string or address', async ({
    request,
  }) => {
    // A document that does not exist: Payload logs the refusal (info) while handling the request.
    const response = await request.get('/api/articles/987654?where[email][equals]=someone%40example.com', {
      headers: { 'x-request-id': 'chosen-by-the-client' },
    })
    expect(response.status()).toBe(404)
    const reqId = response.headers()['x-request-id']!
    // No trusted proxy in this setup: a client does not choose its id.
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/)
    const lines = await linesOf(reqId)
    expect(lines).toContainEqual(
      expect.objectContaining({ reqId, msg: 'request', method: 'GET', path: '/api/articles/987654', status: 404 }),
    )
    // A line from Payload's logger, inside Next's bundle, with the id the server gave the request.
    expect(lines).toContainEqual(expect.objectContaining({ reqId, name: 'payload' }))
    const text = JSON.stringify(lines)
    expect(text).not.toContain('example.com')
    expect(text).not.toContain('where')
    expect(text).not.toContain('127.0.0.1')
  })
})
