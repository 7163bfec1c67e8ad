/** Where the counters live. In memory today; a shared store (Redis) can take its place for several instances. */
export interface CounterStore {
  /** Adds one to the key's count in its current window (a new window starts after `windowMs`); the new count. */
  increment(key: string, windowMs: number, now: number): number
  /** The key's count in its current window, 0 when none. */
  count(key: string, now: number): number
  reset(key: string): void
}

/** A fixed-window counter per key, kept in this process: enough for one Node server (the demo, one machine). */
export class MemoryCounterStore implements CounterStore {
  private hits = new Map<string, { count: number; resetAt: number }>()

  increment(key: string, windowMs: number, now: number): number {
    const entry = this.hits.get(key)
    if (!entry || entry.resetAt <= now) {
      if (this.hits.size > 10_000) this.prune(now)
      this.hits.set(key, { count: 1, resetAt: now + windowMs })
      return 1
    }
    entry.count += 1
    return entry.count
  }

  count(key: string, now: number): number {
    const entry = this.hits.get(key)
    return entry && entry.resetAt > now ? entry.count : 0
  }

  reset(key: string): void {
    this.hits.delete(key)
  }

  private prune(now: number): void {
    for (const [key, entry] of this.hits) if (entry.resetAt <= now) this.hits.delete(key)
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
  take(key: string, now = Date.now()): boolean {
    return this.store.increment(key, this.windowMs, now) <= this.limit
  }

  /** True when the key has used up its window, without counting an attempt (to count failures only). */
  exhausted(key: string, now = Date.now()): boolean {
    return this.store.count(key, now) >= this.limit
  }

  reset(key: string): void {
    this.store.reset(key)
  }
}

const fifteenMinutes = 15 * 60 * 1000

/**
 * Sign-in failures, counted on every login route (site, /api/members/login, /api/users/login): per address
 * (many accounts tried from one place), and per account *and* address, so that ten wrong passwords lock the
 * account for that address only and nobody can lock someone else out from elsewhere. Ten, not five: people
 * sharing one address (a public computer room, a probe from the same host) should not be locked out by
 * someone else's handful of guesses, and thirty failures from one address stop guessing anyway. Only failures count: a
 * room of learners signing in from one address is never blocked.
 */
export const signInFailuresByIp = new RateLimiter(30, fifteenMinutes)
export const signInFailuresByAccountAndIp = new RateLimiter(10, fifteenMinutes)
/** Password reset requests: they send e-mails, so fewer (Payload also waits 15 s between two per account). */
export const resetByIp = new RateLimiter(10, fifteenMinutes)
export const resetByAccountAndIp = new RateLimiter(3, fifteenMinutes)
/** Sign-ups refused because the e-mail or username is taken: bounds probing which accounts exist. */
export const takenSignUpsByIp = new RateLimiter(10, fifteenMinutes)
/** Workshop codes: only wrong codes count, so a whole room joining from one address is never blocked. */
export const wrongCodesByIp = new RateLimiter(15, fifteenMinutes)
