import { expect, test, visit } from './support/test'

test.describe('languages', () => {
  test('/ sends French browsers to /fr and Dutch browsers to /nl', async ({ browser }) => {
    for (const [locale, expected] of [
      ['fr-BE', '/fr'],
      ['nl-BE', '/nl'],
      ['de-DE', '/fr'],
    ]) {
      const context = await browser.newContext({ locale })
      const page = await context.newPage()
      await page.goto('/')
      expect(new URL(page.url()).pathname).toBe(expected)
      await context.close()
    }
  })

  test('pages declare their language and their alternates', async ({ page }) => {
    await visit(page, '/nl/catalogus')
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', /\/fr\/catalogue$/)
    await expect(page.locator('link[rel="alternate"][hreflang="nl"]')).toHaveAttribute('href', /\/nl\/catalogus$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Catalogus van de modules')
  })

  test('the language switcher keeps the current page and its filters', async ({ page }) => {
    await visit(page, '/fr/catalogue?level=1')
    await page.getByRole('link', { name: 'Nederlands' }).click()
    await expect(page).toHaveURL(/\/nl\/catalogus\?level=1$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl')

    const moduleLink = page.locator('main article h3 a').first()
    const moduleName = await moduleLink.textContent()
    await moduleLink.click()
    await expect(page).toHaveURL(/\/nl\/modules\/[a-z0-9-]+$/)
    const slug = new URL(page.url()).pathname.split('/').pop()
    await page.getByRole('link', { name: 'Français' }).click()
    await expect(page).toHaveURL(new RegExp(`/fr/modules/${slug}$`))
    expect(moduleName).toBeTruthy()
  })

  test('unknown pages and slugs get a localized 404', async ({ page }) => {
    await visit(page, '/fr/modules/module-qui-n-existe-pas', 404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable')
    await visit(page, '/nl/leertrajecten/bestaat-niet', 404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden')
    await visit(page, '/nl/iets/anders', 404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl')
    const response = await page.goto('/de/katalog')
    expect(response?.status()).toBe(404)
  })

  test('the error page gets its words in the page language', async ({ page }) => {
    // Nothing throws on purpose in production code: the rendering of the error page is a unit test
    // (tests/unit/error-pages.test.ts); here, that every page hands it the words of its own language.
    await visit(page, '/nl')
    expect(await page.content()).toContain('Er ging iets mis')
    expect(await page.content()).not.toContain('Une erreur est survenue')
    await visit(page, '/fr/catalogue')
    expect(await page.content()).toContain('Une erreur est survenue')
    expect(await page.content()).not.toContain('Er ging iets mis')
  })
})
