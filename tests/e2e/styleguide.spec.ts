import { expect, test, visit } from './support/test'

test.describe('styleguide', () => {
  test('shows every UI primitive in French and Dutch, accessible and kept out of search engines', async ({ page }) => {
    await visit(page, '/fr/styleguide')
    await expect(page.getByRole('heading', { level: 1, name: 'Guide de style' })).toBeVisible()
    for (const name of ['Boutons', 'Liens en forme de bouton', 'Cartes', 'Messages', 'Badges', 'Titres et textes'])
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
    for (const name of ['Enregistrer', 'Annuler', 'Lire à voix haute', 'Supprimer'])
      await expect(page.getByRole('button', { name })).toBeEnabled()
    await expect(page.getByRole('button', { name: 'Envoi en cours…' })).toBeDisabled()
    await expect(page.getByRole('link', { name: 'Voir le catalogue' })).toHaveAttribute('href', '/fr/catalogue')
    await expect(page.getByLabel('Adresse e-mail')).toHaveAccessibleDescription(/adresse e-mail valide/)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)

    // Every button is at least 44 px high (WCAG 2.5.8, with room for unsteady fingers).
    for (const button of await page.locator('main button, main a[class*="min-h-"]').all())
      expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(44)

    await page.getByRole('link', { name: 'Nederlands' }).click()
    await expect(page).toHaveURL(/\/nl\/styleguide$/)
    await visit(page, '/nl/styleguide')
    await expect(page.getByRole('heading', { level: 1, name: 'Stijlgids' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Opslaan' })).toBeVisible()
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  })

  test('is not listed in the sitemap', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text()
    expect(xml).toContain('<urlset')
    expect(xml).not.toContain('styleguide')
  })
})
