import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'

import type { RedisClientType } from '@redis/client'

import { sharedRedis } from '@/lib/redis/client'

/**
 * Where the counters live: in this process by default, in Redis when `REDIS_URL` is set, so that several
 * instances behind one load balancer count together (docs/adr/0017). Asynchronous because Redis is.
 */
export interface CounterStore {
  /** Adds one to the key's count in its current window (a new window starts after `windowMs`); the new count. */
  increment(key: string, windowMs: number, now: number): Promise<number>
  /** The key's count in its current window, 0 when none. */
  count(key: string, now: number): Promise<number>
  reset(key: string): Promise<void>
}

/** A fixed-window counter per key, kept in this process: enough for one Node server (the demo, one machine). */
export class MemoryCounterStore implements CounterStore {
  private hits = new Map<string, { count: number; resetAt: number }>()

  async increment(key: string, windowMs: number, now: number): Promise<number> {
    const entry = this.hits.get(key)
    if (!entry || entry.resetAt <= now) {
      if (this.hits.size > 10_000) this.prune(now)
      this.hits.set(key, { count: 1, resetAt: now + windowMs })
      return 1
    }
    entry.count += 1
    return entry.count
  }

  async count(key: string, now: number): Promise<number> {
    const entry = this.hits.get(key)
    return entry && entry.resetAt > now ? entry.count : 0
  }

  async reset(key: string): Promise<void> {
    this.hits.delete(key)
  }

  private prune(now: number): void {
    for (const [key, entry] of this.hits) if (entry.resetAt <= now) this.hits.delete(key)
  }
}

/**
 * Counters in Redis through rate-limiter-flexible (its increment-and-expire runs as one Lua script, so two
 * instances never lose a count). Fixed windows of whole seconds, on Redis's clock: `now` is not used. While Redis
 * is unreachable each instance counts in its own memory (the library's insurance limiter) rather than failing
 * every sign-in.
 */
export class RedisCounterStore implements CounterStore {
  private readonly limiter: RateLimiterAbstract

  constructor(name: string, storeClient: RedisClientType, windowMs: number) {
    const duration = Math.max(1, Math.ceil(windowMs / 1000))
    // points: the counters only count; RateLimiter compares them with its own limit.
    const options = { keyPrefix: `rl:${name}`, points: Number.MAX_SAFE_INTEGER, duration }
    const insuranceLimiter = new RateLimiterMemory(options)
    this.limiter = new RateLimiterRedis({ ...options, storeClient, useRedisPackage: true, insuranceLimiter })
  }

  async increment(key: string): Promise<number> {
    return (await this.limiter.penalty(key, 1)).consumedPoints
  }

  async count(key: string): Promise<number> {
    return (await this.limiter.get(key))?.consumedPoints ?? 0
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key)
  }
}

/**
 * This process's counters, one store per limiter name, on globalThis: the production build loads this module once
 * per bundle (the next-auth route, Payload's hooks, the server actions), and a failure counted by one must lock
 * the others.
 */
function processStore(name: string): MemoryCounterStore {
  const stores = ((globalThis as { __digitCounterStores?: Map<string, MemoryCounterStore> }).__digitCounterStores ??=
    new Map())
  let store = stores.get(name)
  if (!store) stores.set(name, (store = new MemoryCounterStore()))
  return store
}

/**
 * The store for a limiter named `name`: Redis when REDIS_URL is set, else this process's memory. Chosen on first
 * use, so that importing the limiters (every script loads the collections) opens no connection.
 */
export function counterStore(name: string, windowMs: number): CounterStore {
  let store: CounterStore | null = null
  const get = () => {
    if (!store) {
      const client = sharedRedis()
      store = client ? new RedisCounterStore(name, client, windowMs) : processStore(name)
    }
    return store
  }
  return {
    increment: (key, window, now) => get().increment(key, window, now),
    count: (key, now) => get().count(key, now),
    reset: (key) => get().reset(key),
  }
}

/** At most `limit` counted events per key and window. */
export class RateLimiter {
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly store: CounterStore = new MemoryCounterStore(),
  ) {}

  /** Counts one attempt for the key; false when the key has used up its window. */
  async take(key: string, now = Date.now()): Promise<boolean> {
    return (await this.store.increment(key, this.windowMs, now)) <= this.limit
  }

  /** True when the key has used up its window, without counting an attempt (to count failures only). */
  async exhausted(key: string, now = Date.now()): Promise<boolean> {
    return (await this.store.count(key, now)) >= this.limit
  }

  reset(key: string): Promise<void> {
    return this.store.reset(key)
  }
}

const fifteenMinutes = 15 * 60 * 1000

/** A limiter whose counters live in the shared store when there is one (REDIS_URL), named for its Redis keys. */
export const sharedLimiter = (name: string, limit: number, windowMs: number) =>
  new RateLimiter(limit, windowMs, counterStore(name, windowMs))

/**
 * Sign-in failures, counted on every login route (site, /api/members/login, /api/users/login): per address
 * (many accounts tried from one place), and per account *and* address, so that ten wrong passwords lock the
 * account for that address only and nobody can lock someone else out from elsewhere. Ten, not five: people
 * sharing one address (a public computer room, a probe from the same host) should not be locked out by
 * someone else's handful of guesses, and thirty failures from one address stop guessing anyway. Only failures count: a
 * room of learners signing in from one address is never blocked.
 */
export const signInFailuresByIp = sharedLimiter('sign-in-ip', 30, fifteenMinutes)
export const signInFailuresByAccountAndIp = sharedLimiter('sign-in-account-ip', 10, fifteenMinutes)
/** Password reset requests: they send e-mails, so fewer (Payload also waits 15 s between two per account). */
export const resetByIp = sharedLimiter('reset-ip', 10, fifteenMinutes)
export const resetByAccountAndIp = sharedLimiter('reset-account-ip', 3, fifteenMinutes)
/** Sign-ups refused because the e-mail or username is taken: bounds probing which accounts exist. */
export const takenSignUpsByIp = sharedLimiter('taken-sign-ups-ip', 10, fifteenMinutes)
/** Workshop codes: only wrong codes count, so a whole room joining from one address is never blocked. */
export const wrongCodesByIp = sharedLimiter('wrong-codes-ip', 15, fifteenMinutes)
