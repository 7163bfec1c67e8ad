import { expect, test } from '@playwright/test'

test.describe('operations', () => {
  test('/api/health tells a load balancer the instance can serve, and is never cached', async ({ request }) => {
    const response = await request.get('/api/health')
    expect(response.status()).toBe(200)
    expect(response.headers()['cache-control']).toContain('no-store')
    expect(await response.json()).toMatchObject({
      status: 'ok',
      database: 'reachable',
      migrations: 'applied',
      pendingMigrations: [],
    })
  })
})
