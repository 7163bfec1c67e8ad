import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The handler Next loads at run time (next.config.mjs), used here as Next uses it: set, revalidateTag, get.
import CacheHandler from '@/lib/cache/nextCacheHandler.mjs'

type Handler = {
  get: (key: string, ctx: object) => Promise<{ value: unknown } | null>
  set: (key: string, data: object, ctx: object) => Promise<void>
  revalidateTag: (tags: string[], durations?: { expire?: number }) => Promise<void>
}
type HandlerClass = (new (ctx: object) => Handler) & { settleMs: number }
const Handler = CacheHandler as unknown as HandlerClass

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let n = 0
/** A query result as unstable_cache stores it, under a key of its own per test. */
function dataEntry(tag: string, body: string) {
  const key = `query-${++n}`
  return {
    key,
    data: { kind: 'FETCH', data: { headers: {}, body, status: 200, url: '' }, revalidate: 3600, tags: [tag] },
    setCtx: { fetchCache: true, tags: [tag] },
    getCtx: { kind: 'FETCH', tags: [tag], softTags: [] },
  }
}

/** A page as the full-route cache stores it: its tags travel in a header. */
function pageEntry(tag: string, html: string) {
  const key = `/fr/page-${++n}`
  return {
    key,
    data: {
      kind: 'APP_PAGE',
      html,
      rscData: undefined,
      headers: { 'x-next-cache-tags': `${tag},_N_T_${key}` },
      status: 200,
    },
    setCtx: { cacheControl: { revalidate: 300, expire: 86_400 } },
    getCtx: { kind: 'APP_PAGE' },
  }
}

const bodyOf = (entry: { value: unknown } | null) => {
  const value = entry?.value as { data?: { body?: string }; html?: string } | undefined
  return value?.data?.body ?? value?.html ?? null
}

describe('the cache handler: a render that overlapped a write is not kept', () => {
  let handler: Handler
  const defaultSettle = Handler.settleMs

  beforeAll(() => {
    handler = new Handler({
      flushToDisk: false,
      serverDistDir: '/nonexistent',
      revalidatedTags: [],
      maxMemoryCacheSize: 1e6,
    })
  })
  afterAll(() => {
    Handler.settleMs = defaultSettle
  })

  it('settles for seconds, long enough for a render of a loaded server', () => {
    expect(defaultSettle).toBeGreaterThanOrEqual(5_000)
  })

  for (const [kind, make] of [
    ['a query result', dataEntry],
    ['a page', pageEntry],
  ] as const) {
    it(`${kind} read before a change was committed, stored just after its tag expired, is a miss`, async () => {
      Handler.settleMs = 300
      const tag = `tag-${kind.length}-${n}`
      const fresh = make(tag, 'before')
      await handler.set(fresh.key, fresh.data, fresh.setCtx)
      expect(bodyOf(await handler.get(fresh.key, fresh.getCtx))).toBe('before')

      // A visitor's render read "before"; meanwhile a registration committed and expired the tag; then the
      // render stores what it read. Next's own rule keeps it (stored after the expiry) until the next change.
      await pause(5)
      await handler.revalidateTag([tag], { expire: 0 })
      await pause(5)
      const overlapped = { ...make(tag, 'before'), key: fresh.key }
      await handler.set(overlapped.key, overlapped.data, overlapped.setCtx)
      expect(await handler.get(fresh.key, fresh.getCtx)).toBeNull()

      // Once the window has passed, what is rendered is kept again.
      await pause(Handler.settleMs + 20)
      const after = { ...make(tag, 'after'), key: fresh.key }
      await handler.set(after.key, after.data, after.setCtx)
      expect(bodyOf(await handler.get(fresh.key, fresh.getCtx))).toBe('after')
    })
  }

  it('a tag nobody expired keeps its entries', async () => {
    const entry = dataEntry('untouched', 'kept')
    await handler.revalidateTag(['another'], { expire: 0 })
    await handler.set(entry.key, entry.data, entry.setCtx)
    expect(bodyOf(await handler.get(entry.key, entry.getCtx))).toBe('kept')
  })
})

describe('the cache handler: front cache purges', () => {
  let server: Server
  const purged: { path: string; at: number }[] = []
  const saved = process.env.CACHE_PURGE_URL

  beforeAll(async () => {
    server = createServer((req, res) => {
      purged.push({ path: req.url ?? '', at: Date.now() })
      res.statusCode = 200
      res.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    process.env.CACHE_PURGE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/purge`
  })
  afterAll(async () => {
    process.env.CACHE_PURGE_URL = saved
    await new Promise((resolve) => server.close(resolve))
  })

  it('purges a page at once, and again when renders that overlapped the change have finished', async () => {
    Handler.settleMs = 200
    const handler = new Handler({ flushToDisk: false, serverDistDir: '/nonexistent', revalidatedTags: [] })
    const start = Date.now()
    await handler.revalidateTag(['events', 'purge:/fr/evenements/atelier'], { expire: 0 })
    expect(purged.map((p) => p.path)).toEqual(['/purge/fr/evenements/atelier'])
    await expect.poll(() => purged.length, { timeout: 2_000 }).toBe(2)
    expect(purged[1]!.path).toBe('/purge/fr/evenements/atelier')
    expect(purged[1]!.at - start).toBeGreaterThanOrEqual(200)
  })
})
