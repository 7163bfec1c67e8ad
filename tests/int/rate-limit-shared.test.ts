import { createClient, type RedisClientType } from '@redis/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RateLimiter, RedisCounterStore } from '@/lib/auth/rateLimit'
import { startRedis, type TestRedis } from '@/tests/support/redis'

/**
 * Two instances behind a load balancer each have their own limiter objects and their own Redis connection;
 * with REDIS_URL they must count together, or every limit is multiplied by the number of instances.
 */
describe('rate limits shared through Redis', () => {
  let redis: TestRedis
  const clients: RedisClientType[] = []

  /** One "process": its own connection and its own limiter, as an instance builds them from REDIS_URL. */
  async function instance(name: string, limit: number): Promise<RateLimiter> {
    const client: RedisClientType = createClient({ url: redis.url })
    await client.connect()
    clients.push(client)
    return new RateLimiter(limit, 60_000, new RedisCounterStore(name, client, 60_000))
  }

  beforeAll(async () => {
    redis = await startRedis()
  })

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await redis?.stop()
  })

  it('counts attempts made on two instances together, per key', async () => {
    const [a, b] = [await instance('sign-in', 4), await instance('sign-in', 4)]
    const taken = []
    for (let i = 0; i < 6; i++) taken.push(await (i % 2 ? b : a).take('198.51.100.7'))
    // The same answers one instance alone would give: four allowed, then refused on either.
    expect(taken).toEqual([true, true, true, true, false, false])
    expect(await a.exhausted('198.51.100.7')).toBe(true)
    expect(await b.exhausted('198.51.100.7')).toBe(true)
    expect(await b.exhausted('198.51.100.8')).toBe(false)
  })

  it('sees failures counted elsewhere before counting any itself, and a reset on one clears both', async () => {
    const [a, b] = [await instance('failures', 3), await instance('failures', 3)]
    for (let i = 0; i < 3; i++) await a.take('account@203.0.113.5')
    expect(await b.exhausted('account@203.0.113.5')).toBe(true)
    await b.reset('account@203.0.113.5')
    expect(await a.exhausted('account@203.0.113.5')).toBe(false)
  })

  it('keeps limiters of different names apart', async () => {
    const [codes, forms] = [await instance('codes', 1), await instance('forms', 1)]
    expect(await codes.take('192.0.2.1')).toBe(true)
    expect(await forms.take('192.0.2.1')).toBe(true)
    expect(await codes.take('192.0.2.1')).toBe(false)
  })
})
