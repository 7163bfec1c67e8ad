import { describe, expect, it, vi } from 'vitest'

/**
 * In the production build, the next-auth route and Payload's hooks are separate bundles, each with its own copy
 * of lib/auth/rateLimit.ts: a failure counted by one must be seen by the other, or the site's sign-in form never
 * locks (an attacker's probe tried 40 passwords there). Two fresh imports of the module stand for two bundles.
 */
describe('sign-in counters without Redis', () => {
  it('are shared by every copy of the module in the process', async () => {
    delete process.env.REDIS_URL
    const routeBundle = await import('@/lib/auth/rateLimit')
    vi.resetModules()
    const hookBundle = await import('@/lib/auth/rateLimit')
    expect(hookBundle).not.toBe(routeBundle)

    const counted = routeBundle.sharedLimiter('test-two-bundles', 2, 60_000)
    const checked = hookBundle.sharedLimiter('test-two-bundles', 2, 60_000)
    await counted.take('account|address')
    await counted.take('account|address')
    expect(await checked.exhausted('account|address')).toBe(true)
    await checked.reset('account|address')
    expect(await counted.exhausted('account|address')).toBe(false)
  })

  it('keep limiters of different names apart', async () => {
    const { sharedLimiter } = await import('@/lib/auth/rateLimit')
    await sharedLimiter('test-one', 1, 60_000).take('k')
    expect(await sharedLimiter('test-other', 1, 60_000).exhausted('k')).toBe(false)
  })
})
