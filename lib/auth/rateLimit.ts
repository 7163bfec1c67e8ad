/**
 * A fixed-window counter kept in memory: enough for one Node process (the demo, a single server). Several
 * instances would each count on their own; Payload's per-account lockout still holds across them.
 */
export class RateLimiter {
  private hits = new Map<string, { count: number; resetAt: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt for the key; false when the key has used up its window. */
  take(key: string, now = Date.now()): boolean {
    const entry = this.hits.get(key)
    if (!entry || entry.resetAt <= now) {
      if (this.hits.size > 10_000) this.prune(now)
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs })
      return true
    }
    entry.count += 1
    return entry.count <= this.limit
  }

  /** True when the key has used up its window, without counting an attempt (to count failures only). */
  exhausted(key: string, now = Date.now()): boolean {
    const entry = this.hits.get(key)
    return Boolean(entry && entry.resetAt > now && entry.count >= this.limit)
  }

  reset(key: string): void {
    this.hits.delete(key)
  }

  private prune(now: number): void {
    for (const [key, entry] of this.hits) if (entry.resetAt <= now) this.hits.delete(key)
  }
}

const fifteenMinutes = 15 * 60 * 1000

/** Sign-in: per IP address (many accounts tried from one place) and per account (one account from many). */
export const signInByIp = new RateLimiter(30, fifteenMinutes)
export const signInByAccount = new RateLimiter(10, fifteenMinutes)
/** Password reset requests: they send e-mails, so fewer. */
export const resetByIp = new RateLimiter(10, fifteenMinutes)
export const resetByAccount = new RateLimiter(3, fifteenMinutes)
/** Workshop codes: only wrong codes count, so a whole room joining from one address is never blocked. */
export const wrongCodesByIp = new RateLimiter(15, fifteenMinutes)
